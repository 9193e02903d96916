class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __mul__(self, k):
        return V(self.x * k)
print(((V(1) + V(2)) * 3 + V(1)).x)
