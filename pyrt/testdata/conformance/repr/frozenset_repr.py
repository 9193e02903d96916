print(frozenset(), frozenset([1, 2]))
