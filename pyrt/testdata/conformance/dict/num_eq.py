d = dict()
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
