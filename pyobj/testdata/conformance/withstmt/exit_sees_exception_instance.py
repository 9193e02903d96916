class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t is type(v), isinstance(v, ValueError), v.args)
        return True
with CM():
    raise ValueError(1, 2)
