d = dict()
print(d.pop('x', None))
