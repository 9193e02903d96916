d = dict()
d[[1]] = 1
