class S(set): pass
s = S([1, 2, 2])
s.add(3)
print(len(s), 2 in s, isinstance(s, set))
