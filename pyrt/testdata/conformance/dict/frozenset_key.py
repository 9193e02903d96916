d = dict()
d[frozenset([1])] = 1
print(d[frozenset([1])])
