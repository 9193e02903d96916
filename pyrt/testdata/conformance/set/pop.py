s = set([3, 1, 2])
print(s.pop(), s.pop(), s)
