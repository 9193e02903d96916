class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
def g():
    with CM():
        yield 1
        yield 2
it = g()
next(it)
it.close()
print("closed")
