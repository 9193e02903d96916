def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    yield [(yield), (yield)]
it = g()
print(next(it))
print(it.send("a"))
print(it.send(10))
print(it.send(1))
print(it.send(2))
