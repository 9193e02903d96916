d = dict()
d[3] = 'c'
d[1] = 'a'
d[2] = 'b'
print(d, d[1])
