class V:
    def __init__(self, x):
        self.x = x
    def __radd__(self, o):
        return V(self.x + o)
print((3 + V(4)).x)
