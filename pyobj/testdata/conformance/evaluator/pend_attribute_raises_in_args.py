class O:
    def m(self, x): return ("m", x)
class P: pass
o, p = O(), P()
def f(*a): return ("f", a)
try:
    o.m(p.missing)
except AttributeError:
    print(f(1))
try:
    o.m([1][5])
except IndexError:
    print(f(2))
try:
    o.m(-None)
except TypeError:
    print(f(3))
