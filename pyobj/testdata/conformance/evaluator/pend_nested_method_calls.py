class O:
    def __init__(self, n): self.n = n
    def m(self, *a, **k): return (self.n, a, sorted(k.items()))
a, b, c = O("a"), O("b"), O("c")
print(a.m(b.m(1), c.m(2)))
print(a.m(b.n, c.m(b.m(c.n))))
args = (1, 2)
kw = {"z": 3}
print(a.m(*args), a.m(**kw), a.m(x=b.m()), a.m(*args, **kw))
print(a.m(lambda: 1)[1][0](), a.m([b.m(i) for i in range(2)]))
print(a.m(b.n if c.n else 0), a.m(-b.m(0)[1].__len__()))
print(a.m(b.m(1)[0] + c.m(2)[0]))
