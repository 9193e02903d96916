s = set([1])
s.update([3, 2], (9,))
print(s)
