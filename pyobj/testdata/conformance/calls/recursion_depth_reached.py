# How deep a recursion gets before RecursionError, relative to where it
# starts (the absolute count depends on the frames below the module).
import sys
n = 0
def f():
    global n
    n += 1
    f()
def probe(start):
    global n
    n = 0
    try:
        start()
    except RecursionError as e:
        msg = str(e)
    return n, msg
base, msg = probe(f)
print(msg)
def nest(k):
    return probe(f)[0] if k == 0 else nest(k - 1)
print(base - nest(5))
class C:
    def m(self):
        global n
        n += 1
        self.m()
print(base - probe(C().m)[0])
def g():
    global n
    n += 1
    return [g() for _ in range(1)]
print(abs(base - 2 * probe(g)[0]) <= 2)
print(base > 900, sys.getrecursionlimit())
