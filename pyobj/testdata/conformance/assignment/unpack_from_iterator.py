def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
x, y = {"k": 1, "j": 2}
print(x, y)
first, *rest = iter(range(4))
print(first, rest)
