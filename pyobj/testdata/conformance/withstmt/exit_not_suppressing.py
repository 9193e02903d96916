class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, v)
        return None
try:
    with CM():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
