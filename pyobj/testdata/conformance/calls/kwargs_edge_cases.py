def h(self, x=0): return x
def f(*args, **kwargs): return args, kwargs
def g(a, **kw): return a, kw
tests = [
    lambda: h(1, self=1),
    lambda: f(**{1: 2}),
    lambda: g(1, **{"a": 2}),
    lambda: g(**{"a": 1, "b": 2}),
    lambda: f(args=1, kwargs=2),
    lambda: g(1, kw=3),
    lambda: f(*(), **{}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
