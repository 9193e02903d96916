print(1, 2, 3, sep='-')
print('a', 'b', sep='')
