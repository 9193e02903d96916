class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v * 10
    @v.setter
    def v(self, n): self._v = n
    def __getattr__(self, name): return "dyn:" + name
p = P()
print(p.v, p.missing)
p.v = 5
print(p.v)
