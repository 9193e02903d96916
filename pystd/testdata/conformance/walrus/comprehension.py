data = [3, 1, 4, 1, 5]
total = 0
sums = [total := total + v for v in data]
print(sums, total)
print(any((big := v) > 3 for v in data), big)
print({(y := k): k for k in "ab"}, y)

def f(xs):
    out = [last := x * 2 for x in xs]
    return out, last

print(f([1, 2, 3]))

def g(xs):
    count = 0
    def inner():
        return count
    res = [(count := count + 1) for x in xs if x]
    return res, count, inner()

print(g([1, 0, 2]))

def h(n):
    def k():
        return [[m := i * j for j in range(n)] for i in range(n)], m
    return k()
print(h(3))

def outer():
    global gv
    [gv := i for i in range(4)]
outer()
print(gv)

def nl():
    z = 0
    def inner():
        nonlocal z
        [z := i for i in range(5)]
    inner()
    return z
print(nl())

lam = lambda xs, w=0: ([w := x for x in xs], w)
print(lam([7, 8]))

def arg(p):
    fs = [lambda: p for _ in range(1)]
    [p := p + 1 for _ in range(3)]
    return p, fs[0]()
print(arg(10))

class C:
    def m(self, xs):
        return [__priv := x for x in xs], __priv
print(C().m([1, 2]))
import re
lines = ["a", "b1", "c"]
if any((mm := re.search(r"\d", s)) for s in lines):
    print(mm.group())

# A generator expression binds when it runs.
gen = ((late := v) for v in data)
print('late' in globals())
print(list(gen), late)

# Nested comprehensions, dict comprehension, conditions.
pairs = [(a, b) for a in range(3) if (b := a * a) > 0]
print(pairs, b)
print({k: (seen := k) for k in "xyz"}, seen)

def running(xs):
    acc = 0
    return [acc := acc + x for x in xs], acc
print(running(range(5)))

def closure_reads():
    found = None
    check = lambda: found
    [found := x for x in range(3) if x == 1]
    return check()
print(closure_reads())
