d = dict()
print(d.setdefault('a', []), d.setdefault('a', 5), d)
