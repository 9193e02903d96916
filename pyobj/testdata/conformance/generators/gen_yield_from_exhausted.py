def inner():
    yield 1
    return "r"
i = inner()
print(list(i))
def outer():
    r = yield from i
    yield ("got", r)
print(list(outer()))
