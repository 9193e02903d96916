class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o)
v = V(1)
w = v
v += 5
print(v.x, w.x, v is w)
