class N:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return N(self.v - o.v)
    def __mul__(self, k):
        return N(self.v * k)
    def __rmul__(self, k):
        return N(self.v * k * 10)
print((N(5) - N(2)).v, (N(3) * 4).v, (4 * N(3)).v)
