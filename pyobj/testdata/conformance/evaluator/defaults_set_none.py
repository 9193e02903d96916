def f(a, b=1):
    return a, b
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
