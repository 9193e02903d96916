# True division, floor division, modulo and powers of ints and floats:
# CPython's rounding, complex results and zero-divisor messages.
from fractions import Fraction


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


zero = 0
show("7 // 0", lambda: 7 // 0)
show("7 // zero", lambda: 7 // zero)
show("7 % 0", lambda: 7 % 0)
show("divmod(7, 0)", lambda: divmod(7, 0))
show("7.0 // 0", lambda: 7.0 // 0)
show("7.0 % 0", lambda: 7.0 % 0)
show("7 % 0.0", lambda: 7 % 0.0)
show("7.0 / 0", lambda: 7.0 / 0)
show("7 / 0", lambda: 7 / 0)
show("7 / zero", lambda: 7 / zero)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -2", lambda: 0.0 ** -2)
show("divmod(7.0, 0)", lambda: divmod(7.0, 0))

show("(2**60+1)/(2**55+3)", lambda: (2**60 + 1) / (2**55 + 3))
show("10**400//3/10**399", lambda: 10**400 // 3 / 10**399)
show("10**400/1", lambda: 10**400 / 1)
show("1/10**400", lambda: 1 / 10**400)
show("-7 / 2", lambda: -7 / 2)
show("True / 2", lambda: True / 2)
show("2**53+1 / 3", lambda: (2**53 + 1) / 3)
show("10**400 / 2.0", lambda: 10**400 / 2.5)

show("1.1**10", lambda: 1.1**10)
show("pow(1.1, 10)", lambda: pow(1.1, 10))
show("(-8) ** 0.5", lambda: (-8) ** 0.5)
show("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3))
show("(-2.0) ** 3", lambda: (-2.0) ** 3)
show("2 ** -2", lambda: 2 ** -2)
show("2 ** 100", lambda: 2 ** 100)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("2 ** 0.5", lambda: 2 ** 0.5)
show("x ** 3", lambda: [1.1 ** 3, 0.1 ** 3, 3.7 ** 7])
show("inf ** -1", lambda: float("inf") ** -1)

show("1 / Fraction(3)", lambda: 1 / Fraction(3))
show("1.5 / Fraction(3)", lambda: 1.5 / Fraction(3))
show("Fraction(1, 3) / 2", lambda: Fraction(1, 3) / 2)


class R:
    def __rtruediv__(self, other):
        return ("rtruediv", other)


class F:
    def __float__(self):
        return 2.0


show("1 / R()", lambda: 1 / R())
show("2.5 / R()", lambda: 2.5 / R())
show("1 / F()", lambda: 1 / F())
show("1 / 'a'", lambda: 1 / "a")
show("1 / 2j", lambda: 1 / 2j)
show("1.5 / 0j", lambda: 1.5 / 0j)
show("7 // Fraction(2)", lambda: 7 // Fraction(2))
show("2 ** Fraction(1, 2)", lambda: 2 ** Fraction(1, 2))
show("True ** -1", lambda: True ** -1)
show("(-0.0) ** -1", lambda: (-0.0) ** -1)
show("(-2) ** 1025.0", lambda: (-2) ** 1025.0)
