d = dict()
d[dict()] = 1
