s = set([1, 2])
c = s.copy()
s.clear()
print(s, c)
