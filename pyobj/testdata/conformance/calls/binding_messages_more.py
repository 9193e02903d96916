def f1(a, b, c, d): pass
def f2(*, a, b, c): pass
def f3(a, *, k): pass
def f4(a, b=1, *, k=2): pass
def f5(a, b=1): pass
def f6(**kw): pass
def f7(*a): pass
tests = [
    lambda: f1(),
    lambda: f1(1),
    lambda: f1(d=1),
    lambda: f2(),
    lambda: f2(b=1),
    lambda: f3(1, 2, k=3),
    lambda: f3(1, 2),
    lambda: f4(1, 2, 3),
    lambda: f4(1, 2, 3, k=1),
    lambda: f5(),
    lambda: f5(1, 2, 3, 4),
    lambda: f5(b=2),
    lambda: f6(1),
    lambda: f7(a=1),
    lambda: f5(1, **{"b": 2, "c": 3}),
    lambda: f1(1, 2, *[3, 4, 5]),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
