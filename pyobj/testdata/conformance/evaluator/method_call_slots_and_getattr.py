class C:
    __slots__ = ("v",)
    def __init__(self): self.v = 1
    def m(self, x): return self.v + x
print(C().m(2))
class G:
    def __getattr__(self, name):
        return lambda *a: (name, a)
    def real(self, x): return ("real", x)
g = G()
print(g.real(1), g.fake(2))
