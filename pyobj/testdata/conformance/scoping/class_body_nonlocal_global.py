def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x + 1
    return x, C.y, hasattr(C, "x")
print(f())
g = "g0"
class D:
    global g
    g = "set in class"
print(g, hasattr(D, "g"))
class E:
    a = 1
    b = sorted(locals())
    print(__module__, __qualname__)
print(E.b)
