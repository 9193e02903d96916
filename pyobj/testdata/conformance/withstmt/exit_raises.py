class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with CM():
        raise ValueError("from body")
except KeyError as e:
    print("caught", repr(e))
