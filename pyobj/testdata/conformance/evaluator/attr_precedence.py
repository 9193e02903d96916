class D:
    def __get__(self, o, t): return "data desc"
    def __set__(self, o, v): print("desc set", v)
class N:
    def __get__(self, o, t): return "nondata desc"
class C:
    d = D()
    n = N()
    plain = "class"
c = C()
c.__dict__["d"] = "inst d"
c.__dict__["n"] = "inst n"
print(c.d, c.n, c.plain)
c.d = 5
C.plain = "changed"
print(c.plain, c.__dict__)
c.plain = "inst"
print(c.plain, C.plain)
del c.plain
print(c.plain)
