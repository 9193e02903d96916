class CM:
    def __init__(self, r): self.r = r
    def __enter__(self): return self
    def __exit__(self, *a): return self.r
for r in (1, "yes", [], 0, "", [0]):
    try:
        with CM(r):
            raise ValueError
        print(repr(r), "suppressed")
    except ValueError:
        print(repr(r), "raised")
