d = dict()
d[0.5] = 'h'
print(d[0.5], 0.5 in d)
