d = dict()
d[1] = d
print(d)
