class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, int):
            return self.v == o
        return self.v == o.v
print(W(3) == 3, 3 == W(3), W(3) == W(3))
