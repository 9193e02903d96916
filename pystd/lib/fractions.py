"""Fraction, rational numbers (nbcheck's fractions)."""

import _nbcmath
import math

__all__ = ['Fraction']

_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_DIGITS = '0123456789'


def _parse_decimal(s):
    """Returns (numerator, denominator) of a decimal literal, or None."""
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    exp = 0
    for e in ('e', 'E'):
        if e in s:
            s, _, es = s.partition(e)
            es2 = es[1:] if es[:1] in ('+', '-') else es
            if not es2 or not all(c in _DIGITS for c in es2):
                return None
            exp = int(es)
            break
    whole, dot, frac = s.partition('.')
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and not _digits_ok(part):
            return None
    digits = (whole + frac).replace('_', '')
    n = int(digits) if digits else 0
    d = 10 ** len(frac.replace('_', ''))
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _digits_ok(s):
    if s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return all(c in _DIGITS or c == '_' for c in s)


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, bool) or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return
            if isinstance(numerator, str):
                s = numerator.strip()
                num, slash, den = s.partition('/')
                if slash:
                    if (not num or not den or den[:1] in ('+', '-')
                            or not _digits_ok(num.lstrip('+-')) or not _digits_ok(den)
                            or num[:1] in ('+', '-') and num[1:2] in ('+', '-')):
                        raise ValueError('Invalid literal for Fraction: %r' % numerator)
                    n = int(num)
                    d = int(den)
                else:
                    parsed = _parse_decimal(s) if s else None
                    if parsed is None:
                        raise ValueError('Invalid literal for Fraction: %r' % numerator)
                    n, d = parsed
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                n = numerator.numerator
                d = numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            n = numerator
            d = denominator
            for x in (n, d):
                if not (isinstance(x, int) or isinstance(x, Fraction)):
                    raise TypeError("both arguments should be Rational instances")
            if isinstance(n, Fraction) or isinstance(d, Fraction):
                a = Fraction(n)
                b = Fraction(d)
                n = a._numerator * b._denominator
                d = a._denominator * b._numerator
            else:
                n = int(n)
                d = int(d)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _nbcmath.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def _new(cls, n, d):
        f = object.__new__(cls)
        f._numerator = n
        f._denominator = d
        return f

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(f)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with ints and Fractions exact, with floats in float.

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._new(int(other), 1)
        return None

    def _binop(self, other, op, name, reflected):
        b = self._coerce(other)
        if b is not None:
            return op(b, self) if reflected else op(self, b)
        if isinstance(other, float):
            return float_op(other, float(self), name) if reflected else float_op(float(self), other, name)
        if isinstance(other, complex):
            return float_op(other, complex(float(self)), name) if reflected else float_op(complex(float(self)), other, name)
        return NotImplemented

    def __add__(self, other):
        return self._binop(other, _add, '+', False)

    def __radd__(self, other):
        return self._binop(other, _add, '+', True)

    def __sub__(self, other):
        return self._binop(other, _sub, '-', False)

    def __rsub__(self, other):
        return self._binop(other, _sub, '-', True)

    def __mul__(self, other):
        return self._binop(other, _mul, '*', False)

    def __rmul__(self, other):
        return self._binop(other, _mul, '*', True)

    def __truediv__(self, other):
        return self._binop(other, _div, '/', False)

    def __rtruediv__(self, other):
        return self._binop(other, _div, '/', True)

    def __floordiv__(self, other):
        return self._binop(other, _floordiv, '//', False)

    def __rfloordiv__(self, other):
        return self._binop(other, _floordiv, '//', True)

    def __mod__(self, other):
        return self._binop(other, _mod, '%', False)

    def __rmod__(self, other):
        return self._binop(other, _mod, '%', True)

    def __divmod__(self, other):
        return self._binop(other, _divmod, 'divmod', False)

    def __rdivmod__(self, other):
        return self._binop(other, _divmod, 'divmod', True)

    def __pow__(self, b):
        if isinstance(b, int) or isinstance(b, Fraction) and b._denominator == 1:
            power = int(b) if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction._new(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction._new(self._denominator ** -power, self._numerator ** -power)
            return Fraction._new((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(b, (float, Fraction)):
            return float(self) ** float(b)
        return NotImplemented

    def __rpow__(self, a):
        if self._denominator == 1 and self._numerator >= 0:
            return a ** self._numerator
        if isinstance(a, int):
            return Fraction(a) ** self
        if self._denominator == 1:
            return a ** self._numerator
        return a ** float(self)

    def __pos__(self):
        return Fraction._new(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._new(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._new(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor + floor % 2
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return _nbcmath.ratio_float(self._numerator, self._denominator)

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
        if dinv == 0:
            h = _PyHASH_INF
        else:
            h = (abs(self._numerator) % _PyHASH_MODULUS) * dinv % _PyHASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, b):
        if isinstance(b, Fraction):
            return self._numerator == b._numerator and self._denominator == b._denominator
        if isinstance(b, int):
            return self._denominator == 1 and self._numerator == b
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return 0.0 == b
            return self == Fraction(b)
        return NotImplemented

    def __ne__(self, b):
        r = self.__eq__(b)
        if r is NotImplemented:
            return r
        return not r

    def _richcmp(self, other, op):
        if isinstance(other, int) or isinstance(other, Fraction):
            o = self._coerce(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return self._richcmp(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def float_op(a, b, name):
    if name == '+':
        return a + b
    if name == '-':
        return a - b
    if name == '*':
        return a * b
    if name == '/':
        return a / b
    if name == '//':
        return a // b
    if name == '%':
        return a % b
    return divmod(a, b)


def _add(a, b):
    na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
    return Fraction(na * db + nb * da, da * db)


def _sub(a, b):
    na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
    return Fraction(na * db - nb * da, da * db)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _zero_check(b, msg='integer division or modulo by zero'):
    # gpython's int // 0 says only "division by zero".
    if b._numerator == 0:
        raise ZeroDivisionError(msg)


def _floordiv(a, b):
    _zero_check(b)
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    _zero_check(b, 'integer modulo by zero')
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


def _divmod(a, b):
    _zero_check(b)
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


import numbers as _numbers
_numbers.Rational.register(Fraction)
