# A function without annotations has an empty __annotations__ dict,
# made on first read and kept (gpython's was a nil map: assigning into
# it crashed); it can be replaced by a dict, deleted, or set to None.
def f():
    pass
print(f.__annotations__)
f.__annotations__['x'] = 1
f.__annotations__['a'] = int
print(f.__annotations__, f.__annotations__ is f.__annotations__)
print(sorted(vars(f)), len(f.__annotations__))
def g(x, y="a"):
    return True
d = {'q': 2}
g.__annotations__ = d
print(g.__annotations__, g.__annotations__ is d)
del g.__annotations__
print(g.__annotations__)
g.__annotations__['r'] = 3
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)
lam = lambda: 0
lam.__annotations__['z'] = 3
print(lam.__annotations__)
