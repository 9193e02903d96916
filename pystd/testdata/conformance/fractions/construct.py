# Constructing fractions: ints, pairs, floats, strings, other fractions.
from fractions import Fraction

print(Fraction(), Fraction(3), Fraction(6, 4), Fraction(-6, 4), Fraction(6, -4))
print(repr(Fraction(3, 4)), repr(Fraction(10, 5)), repr(Fraction(0, 7)))
print(Fraction(0.5), Fraction(3.75), Fraction(0.1), Fraction(-0.0))
print(Fraction("3/4"), Fraction(" -3/4 "), Fraction("+7/8"), Fraction("1.25"), Fraction("-.5"))
print(Fraction("3."), Fraction("1e-2"), Fraction("1.5e3"), Fraction("1_000"), Fraction(" 5 "))
print(Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(Fraction(5, 3)), Fraction(True))
print(Fraction.from_float(0.25), Fraction(2**70, 3))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio())
for args in [("abc",), ("-3/-4",), ("3 /4",), ("1/-2",), ("",), (1, 0), ("1/0",),
             (1.5, 2), ([1],), (float("inf"),), (float("nan"),)]:
    try:
        print(repr(Fraction(*args)))
    except Exception as e:
        print(type(e).__name__, e)
