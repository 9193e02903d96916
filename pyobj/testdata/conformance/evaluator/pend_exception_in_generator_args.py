class O:
    def m(self, x): return ("m", x)
def f(*a): return ("f", a)
def g():
    o = O()
    try:
        o.m(1 // 0)
    except ZeroDivisionError:
        yield f(1)
    yield f(2)
print(list(g()))
