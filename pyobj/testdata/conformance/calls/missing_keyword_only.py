def f(a, *, b, c): pass
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, b=2)
except TypeError as e:
    print(e)
