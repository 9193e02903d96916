a = [3, 1, 2]
a.sort()
print(a)
a.sort(key=lambda x: -x)
print(a)
