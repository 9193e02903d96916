class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
def g():
    with CM():
        yield 1
    yield "after with"
it = g()
next(it)
print(it.throw(ValueError))
