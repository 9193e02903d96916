class Base:
    def __init__(self, a, *, b=0, **extra):
        self.a, self.b, self.extra = a, b, extra
class Child(Base):
    def __init__(self, *args, **kw):
        kw.setdefault("b", 9)
        super().__init__(*args, **kw)
c = Child(1, z=3)
print(c.a, c.b, c.extra)
