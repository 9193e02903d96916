d = dict([('b', 2), ('a', 1)])
print(sorted(d.items()), sorted(d))
