def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def middle():
    try:
        yield from inner()
    except ValueError as e:
        print("middle caught", e)
        return "middle-ret"
def outer():
    r = yield from middle()
    yield ("outer got", r)
g = outer()
next(g)
print(g.throw(ValueError("v")))
