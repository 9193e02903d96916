class P:
    def __init__(self, x):
        self.x = x
    def __le__(self, o):
        return self.x <= o.x
    def __ge__(self, o):
        return self.x >= o.x
print(P(1) <= P(1), P(2) >= P(3))
