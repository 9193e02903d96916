def g():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
it = g()
next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", repr(e))
