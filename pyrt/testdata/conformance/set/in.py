s = set([1, (2, 3)])
print(1 in s, (2, 3) in s, 5 in s)
