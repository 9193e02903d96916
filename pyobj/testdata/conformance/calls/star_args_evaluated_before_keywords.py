def t(v):
    print("eval", v)
    return v
def f(*a, **k): return a, k
f(t(1), k=t(2), *[t(3)])
