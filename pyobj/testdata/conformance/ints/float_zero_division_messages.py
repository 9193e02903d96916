x, zero, fz = 1.5, 0, 0.0
for f in (lambda: x / zero, lambda: x // zero, lambda: x % zero, lambda: divmod(x, zero), lambda: 1 / fz, lambda: 1 // fz, lambda: 1 % fz, lambda: fz ** -1, lambda: zero ** -1, lambda: pow(zero, -2), lambda: 2.0 ** 10000):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
