def inner():
    return 42
    yield
def outer():
    v = yield from inner()
    print("got", v)
    yield v + 1
print(list(outer()))
