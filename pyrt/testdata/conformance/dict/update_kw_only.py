d = dict()
d.update(a=1)
print(d)
