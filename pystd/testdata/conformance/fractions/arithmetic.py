# Arithmetic with fractions, ints and floats.
from fractions import Fraction as F

a, b = F(1, 3), F(1, 2)
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2)
print(a + 0.5, 0.5 + a, a * 1.5)
print(F(-7, 3) // 2, F(-7, 3) % 2, F(5, 3) % F(1, 2), divmod(F(7, 3), F(1, 2)), 7 // F(2))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-1, 3) ** 3, F(1, 3) ** -3, F(4) ** F(1, 2), F(1, 2) ** F(1, 2))
print(2 ** F(1, 2), 2 ** F(3), 2 ** F(-1))
print(-a, +a, abs(F(-2, 3)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)))
print(sum([F(1, 3)] * 3), sum(F(1, n) for n in range(1, 6)))
print(float(F(10**400, 3 * 10**399)), F(10**20, 3) + 1)
for f in [lambda: F(1, 3) / F(0), lambda: F(0) ** -1, lambda: F(7, 3) // 0,
          lambda: F(7, 3) % 0, lambda: F(1, 2) + "a"]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
