f = frozenset([3, 1])
print(f, f | set([2]), hash(f) == hash(frozenset([1, 3])))
