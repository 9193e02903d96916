def g():
    yield 1
    raise
try:
    try:
        raise KeyError("k")
    except KeyError:
        it = g()
        next(it)
        next(it)
except KeyError as e:
    print("KeyError", e)
except RuntimeError as e:
    print("RuntimeError", e)
