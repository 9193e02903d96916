# An inner operand of a chained comparison that the first pair's __lt__ can
# rebind (a global, a cell, a class-body name) is read once, as CPython;
# only a plain local is read again.
log = []
class Rebind:
    def __init__(self, name): self.name = name
    def __lt__(self, o):
        log.append("lt")
        globals()[self.name] = (9,)
        return True
mid = (1,)
def in_func():
    return Rebind("mid") < mid < (2,)
print("global in function", in_func())
mid = (1,)
def local_param(m):
    return Rebind("m") < m < (2,)
print("param", local_param((1,)))
def cell():
    c = (1,)
    class R:
        def __lt__(self, o):
            nonlocal c
            c = (9,)
            return True
    return R() < c < (2,)
print("cell", cell())
holder = {}
class K:
    kmid = (1,)
    class R2:
        def __lt__(self, o):
            holder["ns"]["kmid"] = (9,)
            return True
    holder["ns"] = locals()
    r = R2() < kmid < (2,)
print("class body", K.r)
mid = (1,)
print("comprehension", [Rebind("mid") < mid < (2,) for _ in range(1)])
print("lambda", (lambda: Rebind("mid") < mid < (2,))())
mid = (1,)
print("lambda param", (lambda m: Rebind("m") < m < (2,))((1,)))
def gen():
    g = (1,)
    yield Rebind("g") < g < (2,)
print("generator local", list(gen()))
