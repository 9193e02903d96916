def f(*, c=2):
    return c
f.__kwdefaults__ = {"c": 20}
print(f())
