a = dict([(1, 1), (2, 2)])
b = dict([(2, 3), (4, 4)])
print(a | b)
a |= b
print(a)
