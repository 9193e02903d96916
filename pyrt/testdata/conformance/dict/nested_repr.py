d = dict([('a', dict([('b', [1, 2])]))])
print(d)
