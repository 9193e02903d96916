class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.n == 1
with CM(1) as a, CM(2) as b:
    print("body", a, b)
    raise ValueError
print("done")
