def inner():
    yield 1
    yield 2
def outer():
    try:
        yield from inner()
    except ValueError as e:
        yield ("outer caught", str(e))
g = outer()
next(g)
print(g.throw(ValueError("x")))
