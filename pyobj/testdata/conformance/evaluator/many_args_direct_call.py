def f(a, b, c, d, e, f, g, h, i, j, k=11, *rest, **kw):
    return a + b + c + d + e + f + g + h + i + j + k + sum(rest) + sum(kw.values())
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, x=10000))
