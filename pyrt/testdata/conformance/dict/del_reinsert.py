d = dict([('a', 1), ('b', 2)])
del d['a']
d['a'] = 3
print(d)
