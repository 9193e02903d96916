# Chained comparisons lowered through __nbc_cmphold/__nbc_cmpheld (C-CMPSEQ):
# each operand evaluated once and in order, the truth of each pair's result
# asked once, short-circuit, exceptions in the middle, and ==, !=, in, is
# in a held pair as the same pair alone.
log = []
def t(tag, v):
    log.append(tag)
    return v
class R:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append("bool%s" % self.v)
        return self.v
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append("lt%d,%d" % (self.n, o.n))
        return R(self.n < o.n)
    def __gt__(self, o):
        log.append("gt%d,%d" % (self.n, o.n))
        return R(self.n > o.n)
def run(label, f):
    del log[:]
    try:
        r = f()
        r = r.v if isinstance(r, R) else r
        print(label, r, log)
    except Exception as e:
        print(label, type(e).__name__, e, log)
a, b = (1, 2), (3, 4)
run("each once", lambda: t("a", a) < t("m", (2, 0)) < t("b", b))
run("short", lambda: t("a", b) < t("m", (2, 0)) < t("b", b))
run("bool once", lambda: C(1) < t("m", C(2)) < C(3))
run("bool short", lambda: C(3) < t("m", C(2)) < C(5))
run("four", lambda: t("a", (0,)) < t("m1", (1,)) < t("m2", (2,)) <= t("m3", (2,)) < t("z", (9,)))
run("raise mid", lambda: t("a", (1,)) < t("m", (2,)) < t("x", 5))
run("raise first", lambda: t("a", (1,)) < t("m", 5) < t("x", (6,)))
def g(): raise KeyError("g")
run("operand raises", lambda: t("a", (1,)) < g() < t("x", (6,)))
def f1(): pass
def f2(): pass
run("eq funcs", lambda: (0,) < t("m", (1,)) == t("n", (1,)) != f1)
run("eq mid", lambda: (0,) < t("m", f1) == t("n", f1))
run("eq mid2", lambda: (0,) <= t("m", (0,)) == t("n", 2**53 + 1) == float(2**53))
run("in mid", lambda: (0,) < t("m", (1,)) in [f1, (1,)])
run("in mid funcs", lambda: (0,) < t("m", f2) in [f1, f2])
run("is mid", lambda: (0,) < t("m", a) is a)
run("not in", lambda: (0,) < t("m", (1,)) not in [f1, (2,)])
run("bytes in", lambda: (0,) < t("m", (1,)) < (2,) and 97 in b"abc")
run("nested", lambda: (0,) < t("m", (1,)) < ((0,) < t("n", (5,)) < (6,), 9))
run("result kept", lambda: (0,) < t("m", (1,)) < t("z", (0,)))
x = [(1,)]
run("mutating", lambda: (0,) < t("m", x.pop()) < (2,))
class Weird:
    def __eq__(self, o): return R(False)
run("weird eq", lambda: (0,) < t("m", Weird()) == 1 == 1)
run("eq hold funcs", lambda: (0,) < t("m", f1) == t("n", f1) == f1)
run("eq hold exact", lambda: t("a", 0) < t("m", 2**53 + 1) == t("n", float(2**53)) == 1)
run("in hold funcs", lambda: (0,) < t("m", f2) in t("l", [f1, f2]) == True)
run("in hold bytes", lambda: t("a", 0) < t("m", 97) in t("l", b"abc") < 2)
run("is hold", lambda: (0,) < t("m", a) is t("n", a) is a)
run("ne hold", lambda: (0,) < t("m", f1) != t("n", f2) != f1)
import sys, math
run("eq hold mods", lambda: (0,) < t("m", sys) == t("n", sys) == sys)
run("ne hold mods", lambda: (0,) < t("m", sys) != t("n", math) != sys)
run("in hold mods", lambda: (0,) < t("m", sys) in t("l", [math, sys]) == True)
run("in hold nan", lambda: (0,) < t("m", (1,)) in t("l", [(1,)]) == True)
run("eq hold big", lambda: (0,) < t("m", (1,)) and 2**53 + 1 == t("n", float(2**53)) == 1)
run("eq hold big2", lambda: t("a", 0) < t("m", 2**53 + 1) == t("n", float(2**53)) != 1)
run("is-ne mods", lambda: t("a", sys) is t("m", sys) != t("n", sys) < (1,))
run("is-eq mods", lambda: t("a", sys) is t("m", sys) == t("n", math) < (1,))
run("in-in funcs", lambda: t("a", f1) in t("m", [f2, f1]) not in t("n", [[f1]]) < (1,))
run("eq-ne exact", lambda: t("a", (1,)) != t("m", 2**53 + 1) == t("n", float(2**53)) < (1,))
run("in bytes held", lambda: t("a", 97) in t("m", b"abc") in t("n", [b"abc"]) < (1,))
class Rebind:
    def __lt__(self, o):
        global mid
        log.append("rebind")
        mid = (9,)
        return True
mid = (1,)
run("name rebound by __lt__", lambda: Rebind() < mid < (2,))
def unbinds():
    class U:
        def __lt__(self, o):
            global gone
            del gone
            return True
    return U()
gone = (1,)
run("name deleted by __lt__", lambda: unbinds() < gone < (2,))
