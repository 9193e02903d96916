d = dict([('a', 1), ('b', 2)])
k = d.keys()
d['c'] = 3
print(k, len(k), 'a' in k)
