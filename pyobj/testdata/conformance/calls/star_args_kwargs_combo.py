def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=5))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
print(f(1, *(2, 3), *[4], c=1, **{"d": 5}, **{"y": 6}))
