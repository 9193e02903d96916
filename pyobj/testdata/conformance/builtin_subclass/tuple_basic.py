class T(tuple): pass
t = T([1, 2, 3])
print(len(t), t[0], 2 in t, list(t))
