a = dict([(1, [1])])
b = a.copy()
b[2] = 2
print(a, b, a[1] is b[1])
