d = dict([('x', 1), ('y', 2)])
for k, v in d.items():
    print(k, v)
