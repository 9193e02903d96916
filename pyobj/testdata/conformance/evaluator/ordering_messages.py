# Orderings' errors and order of calls: complex numbers (gpython's message
# named neither operator nor types), max asking item > best (__gt__ first)
# and min item < best, with their messages.
def t(x): return x
for f in [lambda: 1j < 2j, lambda: 1j >= 1, lambda: 1 < 1j, lambda: 2.0 > 1j, lambda: t((1j,)) < t((2j,)), lambda: sorted([1j, 2j]), lambda: 1j < "a", lambda: max(1j, 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: max(1, "a"), lambda: min(1, "a"), lambda: max("a", 1), lambda: min([1, "a"]), lambda: sorted([1, "a"])]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
log = []
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        log.append("gt%d,%d" % (self.v, o.v)); return self.v > o.v
    def __lt__(self, o):
        log.append("lt%d,%d" % (self.v, o.v)); return self.v < o.v
    def __repr__(self): return "G%d" % self.v
print(max(G(1), G(3), G(2)), log)
del log[:]
print(min(G(1), G(3), G(0)), log)
del log[:]
print(max([G(1), G(3)], key=lambda g: g), log)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "O%d" % self.v
print(max(OnlyGt(1), OnlyGt(5)))
print(max([(1, 'a'), (2, 'b'), (2, 'a')]), max("abc", "abd"), max(1, 2.5, True))
