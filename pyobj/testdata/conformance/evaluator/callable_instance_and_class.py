class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
add = Adder(3)
print(add(4), add(4, scale=2), list(map(add, [1, 2])))
