s = set([1, 2])
s.remove(1)
print(s)
