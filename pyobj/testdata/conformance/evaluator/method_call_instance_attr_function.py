class C:
    def m(self): return "method"
c = C()
c.m = lambda: "instance"
print(c.m())
del c.m
print(c.m())
C.m = staticmethod(lambda: "static")
print(c.m())
