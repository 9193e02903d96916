class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P(1) == P(1), P(1) == P(2), P(1) != P(1), P(1) == 1)
