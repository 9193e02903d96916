d = dict()
d[(1, 2)]
