d = dict()
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d)
