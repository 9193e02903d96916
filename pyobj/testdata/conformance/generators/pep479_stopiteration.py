def g():
    yield 1
    raise StopIteration("inside")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e)
    print(repr(e.__cause__))
