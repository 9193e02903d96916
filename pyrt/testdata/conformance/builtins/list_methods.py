a = [1, 2, 3, 2]
print(a.index(2), a.count(2))
a.insert(0, 0)
a.remove(2)
print(a, a.pop(), a.pop(0), a)
