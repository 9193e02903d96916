class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__)
        raise KeyError("exit failed")
def g():
    with CM():
        yield 1
it = g()
next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", repr(e))
