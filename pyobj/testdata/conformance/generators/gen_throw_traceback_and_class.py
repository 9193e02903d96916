def g():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
for args in ((ValueError,), (ValueError, "msg"), (ValueError("inst"),), (KeyError, ("k",))):
    it = g()
    next(it)
    print(it.throw(*args))
it = g()
next(it)
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError", e)
