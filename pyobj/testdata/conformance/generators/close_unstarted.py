def g():
    try:
        print("started")
        yield 1
    finally:
        print("finally")
it = g()
it.close()
print(next(it, "exhausted"))
