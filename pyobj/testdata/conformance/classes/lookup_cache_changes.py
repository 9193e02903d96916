# Attribute reads after the class or its bases change: a class's lookup
# cache (and its front keyed by the name's bytes) must see every change.
class Base:
    def m(self):
        return "Base.m"

class C(Base):
    def __init__(self):
        self.x = "inst"

c = C()
for _ in range(3):
    print(c.x, c.m())

C.x = property(lambda self: "prop")  # a data descriptor wins over __dict__
print(c.x)
del C.x
print(c.x)

Base.m = lambda self: "Base.m2"
print(c.m())
C.m = lambda self: "C.m"
print(c.m())
del C.m
print(c.m())

name = "".join(["m"])  # equal name, other bytes
print(getattr(c, name)())
print(getattr(c, "x" + ""), getattr(c, "".join("x")))

class D(Base):
    pass

d = D()
print(d.m())
Base.extra = 5
print(d.extra, getattr(d, "ex" + "tra"))
Base.__getattr__ = lambda self, n: "fallback " + n
print(d.missing, c.missing)
