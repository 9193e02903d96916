class C:
    def m(self): return self
c = C()
print(c.m() is c, C.m(c) is c)
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m)
