s = set([1, 2, 3])
s.discard(2)
s.discard(9)
print(s)
