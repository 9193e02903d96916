d = dict()
d[(0, 0)] = 'o'
d[(1, 2)] = 'x'
print(d[(1, 2)], d)
