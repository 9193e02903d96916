class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return False
def f():
    with CM(1):
        with CM(2):
            try:
                return g()
            finally:
                print("finally")
def g():
    raise ValueError
try:
    f()
except ValueError:
    print("propagated")
