# Argument-binding errors name functions by their qualified name, as CPython 3.11.
class C:
    def m(self, a): pass
    def __init__(self, x): pass
def f(a): pass
for t in ['C(1).m()', 'C(1).m(1,2)', 'f()', 'f(1,2)', 'f(b=1)', 'f(1,a=2)', 'C.m(C(1), x=1)', 'C()']:
    try: eval(t)
    except TypeError as e: print(e)
def outer():
    def inner(x): pass
    return inner
try: outer()()
except TypeError as e: print(e)
try: list(map(f, [1], [2]))
except TypeError as e: print(e)
