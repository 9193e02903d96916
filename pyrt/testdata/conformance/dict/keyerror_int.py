d = dict()
d[5]
