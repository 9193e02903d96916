class D(dict): pass
d = D()
d['a'] = 1
print(d['a'], len(d), 'a' in d, isinstance(d, dict))
