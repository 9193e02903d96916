def f(*a, **k): return (a, sorted(k.items()))
def g(x): return x + 1
print(f(g(1), f(g(2), k=g(3)), *[g(4)], z=f(**{"q": g(5)})))
