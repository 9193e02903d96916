d = dict()
d[None] = 1
print(d[None], d)
