show(set([3, 1, 2]))
show(set(['b', 'c', 'a']))
show(frozenset(['y', 'x']))
