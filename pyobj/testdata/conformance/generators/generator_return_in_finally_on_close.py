def g():
    try:
        yield 1
    finally:
        return "swallowed"
it = g()
next(it)
print(it.close())
