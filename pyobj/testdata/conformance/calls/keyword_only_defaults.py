def f(*, a=1, b):
    return a, b
print(f(b=2), f(a=3, b=4), f(b=5, a=6))
def g(x, *rest, sep="-"):
    return sep.join(map(str, (x,) + rest))
print(g(1, 2, 3), g(1, sep="+"), g(1, 2, sep="."))
