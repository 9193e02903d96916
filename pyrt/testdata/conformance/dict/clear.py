d = dict([(1, 1)])
d.clear()
print(d, len(d))
