class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
print(P(3) > P(1), P(1) > P(3))
