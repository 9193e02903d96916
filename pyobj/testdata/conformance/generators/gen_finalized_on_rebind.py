def g(tag):
    try:
        yield 1
    finally:
        print("cleanup", tag)
it = g("first")
next(it)
it = g("second")
next(it)
print("rebound")
del it
print("deleted")
