class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        print("add")
        return V(self.x + o)
    def __iadd__(self, o):
        print("iadd")
        self.x += o
        return self
class W:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        print("add only")
        return W(self.x + o)
v = V(1); v += 2; print(v.x)
w = W(1); w += 2; print(w.x)
