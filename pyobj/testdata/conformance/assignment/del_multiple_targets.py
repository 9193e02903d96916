a, b, c = 1, 2, 3
del a, b
print("a" in globals(), "c" in globals())
lst = list(range(10))
del lst[::2]
print(lst)
