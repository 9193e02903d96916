class A:
    items = []
a, b = A(), A()
a.items.append(1)
print(b.items)
