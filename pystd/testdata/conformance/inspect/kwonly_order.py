import inspect


def f(a, *, c, d=4, e, f=6):
    pass


print(inspect.signature(f))
print(list(inspect.signature(f).parameters))
