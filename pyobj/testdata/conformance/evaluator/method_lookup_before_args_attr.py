class C:
    def m(self, x): return ("old", x)
class P:
    @property
    def v(self):
        c.m = lambda x: ("instance attr", x)
        return 5
c = C()
p = P()
print(c.m(p.v))
print(c.m(6))
