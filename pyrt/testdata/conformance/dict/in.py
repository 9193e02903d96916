d = dict([(1, 2)])
print(1 in d, 2 in d, 1.0 in d)
