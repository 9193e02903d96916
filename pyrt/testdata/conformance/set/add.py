s = set()
for x in [5, 3, 9, 1]:
    s.add(x)
print(s)
