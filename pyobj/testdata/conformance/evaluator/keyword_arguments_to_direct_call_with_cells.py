def f(a, b, *, c):
    def g():
        return a + b + c
    return g()
print(f(1, c=3, b=2), f(b=1, a=2, c=3))
