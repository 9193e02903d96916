class A:
    def m(self, x, y=2, *a, **k):
        return (x, y, a, sorted(k))
    @staticmethod
    def s(x): return ("s", x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
class B(A): pass
b = B()
print(b.m(1), b.m(1, 3, 4, z=5), b.s(1), b.c(2), B.c(3), B.s(4))
m = b.m
print(m(7), A.m(b, 8))
