a = dict([(1, 2)])
b = dict(a)
b[3] = 4
print(a, b)
