s = set([1, 2, 3])
s.intersection_update([2, 3, 4])
print(s)
