# `in` over a user iterable (__iter__ or __getitem__) and == of two
# instance __dict__s compare items as CPython: identity first, then ==
# (no Go panic on tuples, no TypeError for functions).
class It:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
def f(): pass
t = (1, 2)
print((1, 2) in It([t]), t in It([t]), (1, 3) in It([t]), f in It([f]), f in It([len]))
class G:
    def __getitem__(self, i):
        if i < 2: return (i, i)
        raise IndexError
print((1, 1) in G(), (2, 2) in G())
class P: pass
a, b = P(), P()
a.f = f; b.f = f
print(vars(a) == vars(b))
b.f = len
print(vars(a) == vars(b), vars(a) != vars(b))
