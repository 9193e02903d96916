print('a', sep=1)
