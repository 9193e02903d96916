def keep(*a): return a
x = keep(1, 2)
y = keep(3, 4)
print(x, y)
def keep2(first, *rest): return rest
p = keep2(0, "a", "b")
q = keep2(0, "c", "d")
print(p, q)
class K:
    def m(self, *a): return a
k = K()
r = k.m(5, 6)
s = k.m(7, 8)
print(r, s)
def gen(*a):
    yield a
g1 = gen(1, 2)
g2 = gen(3, 4)
print(next(g1), next(g2))
lst = [keep(i, i) for i in range(3)]
print(lst)
def outer(*a):
    return lambda: a
f1 = outer(1)
f2 = outer(2)
print(f1(), f2())
t = keep(*[9, 10])
u = keep(*[11, 12])
print(t, u)
