a = [1]
print(id(a) == id(a), id(a) == id([1]))
