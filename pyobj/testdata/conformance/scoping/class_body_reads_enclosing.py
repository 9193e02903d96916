def f():
    x = "enclosing"
    class C:
        y = x
        def m(self):
            return x
    return C
C = f()
print(C.y, C().m())
