print(set([1, 2]) == set([2, 1]), set([1]) == frozenset([1]), set() == set([1]))
