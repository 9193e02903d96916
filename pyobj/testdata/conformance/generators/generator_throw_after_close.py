def g():
    yield 1
it = g()
next(it)
it.close()
try:
    it.throw(ValueError("after close"))
except ValueError as e:
    print("raised", e)
