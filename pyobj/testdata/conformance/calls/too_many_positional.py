def f(a, b=1): pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g(): pass
try:
    g(1)
except TypeError as e:
    print(e)
def h(a): pass
try:
    h(1, 2)
except TypeError as e:
    print(e)
def k(a, *, b): pass
try:
    k(1, 2, b=3)
except TypeError as e:
    print(e)
