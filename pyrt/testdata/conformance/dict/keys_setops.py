a = dict([(1, 0), (2, 0), (3, 0)])
b = dict([(2, 0), (4, 0)])
print(a.keys() & b.keys(), a.keys() - b.keys(), a.keys() | b.keys(), a.keys() ^ b.keys())
