def f(a, b=1):
    return a, b
f.__defaults__ = (10,)
print(f(0))
def g(x):
    return g.calls
g.calls = 3
print(g(0))
