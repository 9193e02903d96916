# Comparisons, hashing, rounding and limit_denominator.
import math
from fractions import Fraction as F

print(F(1, 2) == F(2, 4), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(1, 2) != F(1, 2))
print(F(1, 2) < 0.6, F(1, 3) > F(1, 4), F(1, 3) <= 1, F(1, 2) >= F(1, 2), F(1, 2) < float("inf"))
print(sorted([F(1, 2), 0.3, F(1, 5), 1]), max(F(1, 3), F(2, 7)), min(F(1, 3), 0.3))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)))
d = {F(1, 2): "half"}
print(d[0.5], F(1, 2) in {0.5})
print(bool(F(0)), bool(F(1, 9)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(7, 3), 2), round(F(12345, 1), -2))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)))
print(F(22, 7).limit_denominator(5), F(3.141592653589793).limit_denominator(1000))
print(F(0.1).limit_denominator(), F(1, 3).limit_denominator(2), F(5, 7).limit_denominator(100))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)
