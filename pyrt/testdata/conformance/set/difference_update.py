s = set([1, 2, 3])
s.difference_update([2])
print(s)
