def g():
    return "done"
    yield
try:
    next(g())
except StopIteration as e:
    print(repr(e.value), e.args)
