def f():
    x = "enclosing"
    class C:
        x = "class"
        def m(self):
            return x
        y = x
    return C().m(), C.y
print(f())
def g():
    v = 1
    class K:
        w = v
        v2 = [v for _ in range(2)]
    v = 2
    return K.w, K.v2
print(g())
