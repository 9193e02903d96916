s = set([1, 2, 3, 4])
s.discard(1)
s.add(17)
print(s)
