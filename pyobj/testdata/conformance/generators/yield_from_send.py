def inner():
    a = yield "i1"
    print("inner got", a)
    b = yield "i2"
    print("inner got", b)
    return a + b
def outer():
    r = yield from inner()
    yield ("result", r)
g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
