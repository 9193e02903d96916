d = dict()
for k in ['z', 'y', 'x']:
    d[k] = len(d)
for k in d:
    print(k, d[k])
