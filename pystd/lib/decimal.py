"""Decimal fixed- and floating-point arithmetic (nbcheck's decimal): the
common subset of CPython 3.11's decimal, with its results, reprs, context
flags and exception messages: Decimal from str, int, float and tuples;
+ - * / // % divmod ** (integer powers) and three-argument pow(),
comparisons, hashing equal to
int and float, quantize, rounding modes, normalize, to_integral_value,
sqrt, adjusted, as_tuple, format() with the f, e, g, % and n types,
getcontext/setcontext/localcontext and Context(prec=..., rounding=...).

Not provided: exp, ln, log10, logical and 'fma'-style operations, and
exponents near the context's Emax/Emin (no overflow, underflow or
subnormal handling)."""

import math as _math
from collections import namedtuple as _namedtuple
import _nbpystd

# Coefficients are ints of any length: CPython's C decimal converts them
# without the limit on int/str conversions.
_istr = _nbpystd.int_str

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# The order in which the C implementation (libmpdec's status bits) lists
# flags and traps: each condition, with the signal it is shown as.
_BIT_ORDER = [(Clamped, Clamped), (ConversionSyntax, InvalidOperation),
              (DivisionByZero, DivisionByZero), (DivisionImpossible, InvalidOperation),
              (DivisionUndefined, InvalidOperation), (Inexact, Inexact),
              (InvalidContext, InvalidOperation), (InvalidOperation, InvalidOperation),
              (FloatOperation, FloatOperation), (Overflow, Overflow), (Rounded, Rounded),
              (Subnormal, Subnormal), (Underflow, Underflow)]
# The signal a condition raises and flags.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

_INVALID_CONDS = {ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
                  InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v) for k, v in self.items()) + '}'


class Context:
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if '_defaults_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = [s for s in _SIGNALS if dc and dc.traps[s]] if dc else \
                [InvalidOperation, DivisionByZero, Overflow]
        self.traps = traps
        self.flags = flags if flags is not None else []

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            if isinstance(value, dict):
                value = _SignalDict((s, bool(value.get(s, False))) for s in _SIGNALS)
            else:
                value = _SignalDict((s, s in value) for s in _SIGNALS)
            if name == 'flags':
                self.__dict__['_conds'] = set(value_s for value_s in _SIGNALS if value[value_s])
        elif name not in ('Emin', 'Emax', 'capitals', 'clamp'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def _listed(self, signals, conditions):
        if conditions is not None and signals[InvalidOperation] and not (conditions & _INVALID_CONDS):
            conditions = conditions | {InvalidOperation}
        names = []
        for cond, sig in _BIT_ORDER:
            if not signals[sig]:
                continue
            if conditions is not None and sig is InvalidOperation and cond not in conditions:
                continue
            if sig.__name__ not in names:
                names.append(sig.__name__)
        return ', '.join(names)

    def __repr__(self):
        flags = self._listed(self.flags, self.__dict__.get('_conds', set()))
        traps = self._listed(self.traps, None)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False
        self.__dict__['_conds'] = set()

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        self.__dict__.setdefault('_conds', set()).add(condition)
        if self.traps[signal]:
            raise signal([condition])

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, a):
        return _convert(a, True)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def plus(self, a):
        return _convert(a, True).__pos__(self)

    def minus(self, a):
        return _convert(a, True).__neg__(self)

    def abs(self, a):
        return _convert(a, True).__abs__(self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(self)


_context = None


def getcontext():
    """Returns this thread's context."""
    global _context
    if _context is None:
        _context = DefaultContext.copy()
    return _context


def setcontext(context):
    """Set this thread's context to context."""
    global _context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context (or the
    current one), with the attributes given as keywords changed."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


def _round_digits(coeff, drop, sign, rounding):
    """coeff with its last drop digits removed, rounded; and whether the
    removed digits were not all zero."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


def _ndigits(n):
    return len(_istr(n)) if n else 1


class Decimal:
    """Floating-point decimal number."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return cls.from_float(value)
        if isinstance(value, str):
            return self._parse(value, context)
        if isinstance(value, (list, tuple)):
            return self._from_tuple(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def _parse(self, value, context):
        s = value.strip().replace('_', '') if '__' not in value and not value.strip().startswith('_') \
            and not value.strip().endswith('_') else None
        ok = s is not None and s != ''
        sign = 0
        if ok and s[0] in '+-':
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower() if ok else ''
        self._sign = sign
        if ok and low in ('inf', 'infinity'):
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        for prefix, kind in (('snan', 'N'), ('nan', 'n')):
            if ok and low.startswith(prefix):
                payload = low[len(prefix):]
                if payload == '' or (payload.isdigit() and payload.isascii()):
                    self._int = _nbpystd.str_int(payload) if payload else 0
                    self._exp, self._special = 0, kind
                    return self
                ok = False
        if ok:
            mant, _, expo = low.partition('e')
            if _ == 'e':
                es = expo[1:] if expo[:1] in '+-' else expo
                if not (es.isdigit() and es.isascii()):
                    ok = False
            intpart, dot, frac = mant.partition('.')
            digits = intpart + frac
            if not digits or not (digits.isdigit() and digits.isascii()):
                ok = False
        if not ok:
            if context is None:
                context = getcontext()
            context._raise(ConversionSyntax)
            self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            return self
        self._int = _nbpystd.str_int(digits)
        self._exp = (int(expo) if _ == 'e' else 0) - len(frac)
        self._special = None
        return self

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if sign not in (0, 1):
            raise ValueError('sign must be an integer with the value 0 or 1')
        self._sign = sign
        if exp == 'F':
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        coeff = 0
        for d in digits:
            if not isinstance(d, int) or not 0 <= d <= 9:
                raise ValueError('coefficient must be a tuple of digits')
            coeff = coeff * 10 + d
        self._int = coeff
        if exp in ('n', 'N'):
            self._exp, self._special = 0, exp
            return self
        if not isinstance(exp, int):
            raise ValueError('exponent must be an integer')
        self._exp, self._special = exp, None
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if _math.isinf(f):
            return cls._make(sign, 0, 0, 'F')
        if _math.isnan(f):
            return cls._make(0, 0, 0, 'n')
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls._make(sign, n * 5 ** k, -k, None)

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
        return self

    # -- conversions and representation --

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special is not None:
            name = 'sNaN' if self._special == 'N' else 'NaN'
            return sign + name + (_istr(self._int) if self._int else '')
        digits = _istr(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            caps = (context or getcontext()).capitals
            exp = ['e', 'E'][caps] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __float__(self):
        if self._special is not None:
            if self._special == 'F':
                return float('-inf') if self._sign else float('inf')
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._special is not None:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __bool__(self):
        return self._special is not None or self._int != 0

    def as_tuple(self):
        digits = tuple(int(c) for c in _istr(self._int)) if (self._int or self._special is None) else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special is not None:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special is not None:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special is not None:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self._special is None and self._int != 0 and \
            self.adjusted() >= (context or getcontext()).Emin

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'N':
            return 'sNaN'
        if self._int == 0:
            return sign + 'Zero'
        return sign + 'Normal'

    def _nan_result(self, other, context):
        """The result of an operation on a NaN operand, or None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def _fix(self, context):
        """Round to the context's precision, setting Rounded and Inexact."""
        if self._special is not None:
            return self
        n = _ndigits(self._int)
        if n <= context.prec:
            return self
        drop = n - context.prec
        coeff, inexact = _round_digits(self._int, drop, self._sign, context.rounding)
        exp = self._exp + drop
        if _ndigits(coeff) > context.prec:
            coeff //= 10
            exp += 1
        context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, coeff, exp)

    # -- arithmetic --

    def __add__(self, other, context=None):
        other = _operand(other, '+', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _operand(other, '+', True)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _operand(other, '-', False)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate() if other._special not in ('n', 'N') else other, context)

    def __rsub__(self, other, context=None):
        other = _operand(other, '-', True)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(other, '*', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _operand(other, '*', True)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _operand(other, '/', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            context._raise(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 0, 'n')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** (-shift))
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal._make(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _operand(other, '/', True)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of two finite numbers, or None
        with the condition raised."""
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
            else:
                context._raise(DivisionByZero if False else InvalidOperation)
            return None
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            context._raise(DivisionImpossible)
            return None
        quotient = Decimal._make(sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _operand(other, '//', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            if self._special == 'F':
                return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
            return Decimal._make(self._sign ^ other._sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 0, 'n')
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
        res = self._divide(other, context)
        if res is None:
            return Decimal._make(0, 0, 0, 'n')
        return res[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, '//', True)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(other, '%', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if other._special == 'F':
            return self._fix(context)
        if other._int == 0:
            context._raise(DivisionUndefined if self._int == 0 else InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        res = self._divide(other, context)
        if res is None:
            return Decimal._make(0, 0, 0, 'n')
        return res[1]

    def __rmod__(self, other, context=None):
        other = _operand(other, '%', True)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other, 'divmod()', False)
        if other is NotImplemented:
            return other
        return (self.__floordiv__(other, context), self.__mod__(other, context))

    def __rdivmod__(self, other, context=None):
        other = _operand(other, 'divmod()', True)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        q, r = self._divide(other, context)
        twice = r.copy_abs() * 2
        if twice.compare(other.copy_abs()) == 1 or (twice == other.copy_abs() and q._int % 2 == 1):
            r = r - other if (self._sign == other._sign) else r + other
        return r

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _power_modulo(self, other, modulo, context)
        other = _operand(other, '** or pow()', False)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special is None and other == int(other) and self._special is None:
            n = int(other)
            if n == 0:
                if self._int == 0:
                    context._raise(InvalidOperation)
                    return Decimal._make(0, 0, 0, 'n')
                return Decimal._make(0, 1, 0)
            sign = self._sign if n % 2 else 0
            if n > 0 and self._int == 0:
                return Decimal._make(sign, 0, 0)
            if n > 0:
                return Decimal._make(sign, self._int ** n, self._exp * n)._fix(context)
            if self._int == 0:
                context._raise(DivisionByZero)
                return Decimal._make(sign, 0, 0, 'F')
            with localcontext(context) as c:
                c.prec = context.prec + 3
                base = Decimal._make(sign, self._int ** (-n), self._exp * (-n))
                inv = Decimal(1).__truediv__(base, c)
            flags = c.flags
            res = inv._fix(context)
            if flags[Inexact] or res != inv:
                context._raise(Rounded)
                context._raise(Inexact)
            return res
        if other._special is None and self._special is None and self._sign == 0:
            # x ** 0.5 and other fractional powers of positive numbers.
            # libmpdec's power is exp(y * ln(x)) rounded to the context's
            # precision: every digit is kept (4 ** 0.5 is 2.000...0, not
            # sqrt's 2) and the result is Inexact even when it is exact,
            # except 0 ** 0.5, which is 0.
            if other == Decimal('0.5'):
                if self._int == 0:
                    return Decimal._make(0, 0, 0)
                r = self.sqrt(context)
                if r._special is None:
                    k = context.prec - len(_istr(r._int))
                    if k > 0:
                        r = Decimal._make(r._sign, r._int * 10 ** k, r._exp - k)
                context._raise(Rounded)
                context._raise(Inexact)
                return r
        raise NotImplementedError('unsupported: Decimal ** non-integer')

    def _is_integral(self):
        """Whether self is finite and of integral value."""
        if self._special is not None:
            return False
        return self._exp >= 0 or self._int % 10 ** (-self._exp) == 0

    def _integral_parts(self):
        """(c, e) with self's integral absolute value c * 10 ** e."""
        if self._exp >= 0:
            return self._int, self._exp
        return self._int // 10 ** (-self._exp), 0

    def __rpow__(self, other, context=None):
        other = _operand(other, '** or pow()', True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, None, context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special is None and self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special is None and self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        return self.copy_abs()._fix(context)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F' and self._sign == 0:
            return self
        if self._special is None and self._int == 0:
            return Decimal._make(self._sign, 0, self._exp >> 1)
        if self._sign == 1:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        prec = context.prec + 1
        # Scale so that the exponent is even and the coefficient has at
        # least 2*prec digits, then take the integer square root.
        c, e = self._int, self._exp
        shift = max(0, 2 * prec - _ndigits(c) + 2)
        if (e - shift) % 2:
            shift += 1
        c *= 10 ** shift
        e -= shift
        root = _math.isqrt(c)
        exact = root * root == c
        if not exact:
            root = root * 10 + 1 if root % 5 == 0 else root * 10 + 0
            root = root if root % 10 else root + 1
            e -= 2
        res_exp = e // 2
        ideal = self._exp // 2
        if exact:
            while res_exp < ideal and root % 10 == 0:
                root //= 10
                res_exp += 1
        with localcontext(context) as c2:
            c2.rounding = ROUND_HALF_EVEN
            res = Decimal._make(0, root, res_exp)._fix(c2)
        if not exact:
            context._raise(Rounded)
            context._raise(Inexact)
        return res

    # -- rounding --

    def _rescale(self, exp, rounding):
        """self with exponent exp, the coefficient rounded (no context)."""
        if self._special is not None:
            return self, False
        if self._int == 0:
            return Decimal._make(self._sign, 0, exp), False
        coeff, inexact = _round_digits(self._int, exp - self._exp, self._sign, rounding)
        return Decimal._make(self._sign, coeff, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        exp = _convert(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return self
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        res, inexact = self._rescale(exp._exp, rounding)
        if _ndigits(res._int) > context.prec or res.adjusted() > context.Emax:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if res._exp > self._exp:
            if res._int != 0 or self._int != 0:
                context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
        return res

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special is not None or other._special is not None:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special is not None or self._exp >= 0:
            return self
        return self._rescale(0, rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special is not None or self._exp >= 0:
            return self
        res, inexact = self._rescale(0, rounding)
        if res != self:
            context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return res

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        res = self._fix(context)
        if res._special is not None:
            return res
        if res._int == 0:
            return Decimal._make(res._sign, 0, 0)
        coeff, exp = res._int, res._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(res._sign, coeff, exp)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special is not None:
            if self.is_nan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN)[0])

    def __floor__(self):
        if self._special is not None:
            raise (ValueError('cannot round a NaN') if self.is_nan() else OverflowError('cannot round an infinity'))
        return int(self._rescale(0, ROUND_FLOOR)[0])

    def __ceil__(self):
        if self._special is not None:
            raise (ValueError('cannot round a NaN') if self.is_nan() else OverflowError('cannot round an infinity'))
        return int(self._rescale(0, ROUND_CEILING)[0])

    # -- comparison --

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN numbers."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) if self._special == 'F' else 0
            b = (-1 if other._sign else 1) if other._special == 'F' else 0
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        if a == b:
            return 0
        r = -1 if a < b else 1
        return -r if self._sign else r

    def _compare_operand(self, other, equality):
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if not equality and ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        return _convert(other)

    def __eq__(self, other):
        other = self._compare_operand(other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        other = self._compare_operand(other, False)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return None
        return self._cmp(other)

    def __lt__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r < 0)

    def __le__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r <= 0)

    def __gt__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r > 0)

    def __ge__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r >= 0)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        c = self._cmp(other)
        if c == 0:
            c = (1 if self._sign < other._sign else -1 if self._sign > other._sign else
                 (1 if self._exp > other._exp else -1 if self._exp < other._exp else 0) * (-1 if self._sign else 1))
        return (other if c < 0 else self)._fix(context)

    def min(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        c = self._cmp(other)
        if c == 0:
            c = (1 if self._sign < other._sign else -1 if self._sign > other._sign else
                 (1 if self._exp > other._exp else -1 if self._exp < other._exp else 0) * (-1 if self._sign else 1))
        return (self if c < 0 else other)._fix(context)

    def __hash__(self):
        if self._special is not None:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = (1 << 61) - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(_TEN_INV, -self._exp, modulus)
        h = self._int * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __complex__(self):
        return complex(float(self))

    # -- formatting --

    def __format__(self, specifier, context=None):
        spec = _parse_spec(specifier)
        if context is None:
            context = getcontext()
        t = spec['type']
        if self._special is not None:
            body = 'Infinity' if self._special == 'F' else 'NaN'
            if t == '%':
                body += '%'
            return _pad(spec, self._sign, body, '')
        prec = spec['precision']
        rounding = context.rounding
        d = self
        if t is None:
            t = 'g' if prec is not None else None
            if prec is None:
                d_str = str(Decimal._make(0, d._int, d._exp)) if context.capitals else \
                    str(Decimal._make(0, d._int, d._exp)).lower()
                intpart, _, rest = d_str.partition('.')
                frac = ('.' + rest) if _ else ''
                if 'E' in intpart or 'e' in intpart:
                    return _pad(spec, self._sign, d_str, '')
                if 'E' in frac or 'e' in frac:
                    cut = max(frac.find('E'), frac.find('e'))
                    return _pad(spec, self._sign, intpart, frac[:cut], frac[cut:])
                return _pad(spec, self._sign, intpart, frac)
        if t == '%':
            d = Decimal._make(d._sign, d._int, d._exp + 2)
        if t in 'eE':
            if prec is None:
                prec = _ndigits(d._int) - 1
            if d._int == 0:
                exp = d._exp
                coeff = 0
            else:
                exp = d.adjusted() - prec
                r, _ = d._rescale(exp, rounding)
                if _ndigits(r._int) > prec + 1:
                    r, _ = d._rescale(exp + 1, rounding)
                coeff, exp = r._int, r._exp
            digits = _istr(coeff).rjust(prec + 1, '0')
            adj = exp + prec
            intpart = digits[0]
            frac = ('.' + digits[1:]) if prec > 0 or spec['alt'] else ''
            return _pad(spec, self._sign, intpart, frac, ('e' if t == 'e' else 'E') + '%+d' % adj)
        if t in 'fF%':
            if prec is None:
                r = d
                if r._exp > 0:
                    r = Decimal._make(r._sign, r._int * 10 ** r._exp, 0)
            else:
                r, _ = d._rescale(-prec, rounding)
            digits = _istr(r._int)
            nfrac = -r._exp
            if nfrac > 0:
                digits = digits.rjust(nfrac + 1, '0')
                intpart, frac = digits[:-nfrac], '.' + digits[-nfrac:]
            else:
                intpart, frac = digits, ('.' if spec['alt'] else '')
            return _pad(spec, self._sign, intpart, frac, '%' if t == '%' else '')
        if t in 'gGn':
            if prec is None:
                prec = _ndigits(d._int)
            if prec == 0:
                prec = 1
            if d._int != 0 and _ndigits(d._int) > prec:
                r, _ = d._rescale(d.adjusted() - prec + 1, rounding)
                if _ndigits(r._int) > prec:
                    r, _ = d._rescale(d.adjusted() - prec + 2, rounding)
                d = r
            leftdigits = d._exp + _ndigits(d._int)
            if d._exp <= 0 and leftdigits > -6:
                digits = _istr(d._int)
                nfrac = -d._exp
                if nfrac > 0:
                    digits = digits.rjust(nfrac + 1, '0')
                    intpart, frac = digits[:-nfrac], '.' + digits[-nfrac:]
                else:
                    intpart, frac = digits, ''
                return _pad(spec, self._sign, intpart, frac)
            digits = _istr(d._int)
            intpart, frac = digits[0], ('.' + digits[1:]) if len(digits) > 1 else ''
            e = 'E' if (t == 'G' or (t == 'n' and context.capitals and False)) else 'e'
            return _pad(spec, self._sign, intpart, frac, e + '%+d' % (leftdigits - 1))
        raise ValueError('invalid format string')


_TEN_INV = pow(10, (1 << 61) - 3, (1 << 61) - 1)


def _parse_spec(spec):
    out = {'fill': ' ', 'align': None, 'sign': '-', 'zero': False, 'alt': False,
           'width': 0, 'thousands': '', 'precision': None, 'type': None}
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        out['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        out['zero'] = True
        if out['align'] is None:
            out['fill'], out['align'] = '0', '='
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        out['width'] = int(spec[start:i])
    if i < n and spec[i] == ',':
        out['thousands'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        out['precision'] = int(spec[start:i])
    if i < n:
        if i != n - 1 or spec[i] not in 'eEfFgGn%':
            raise ValueError('invalid format string')
        out['type'] = spec[i]
    if out['align'] is None:
        out['align'] = '>'
    return out


def _group(intpart, sep, minwidth):
    if not sep:
        return intpart
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    s = sep.join(reversed(groups))
    while len(s) < minwidth:
        # zero padding goes into the digits and their separators
        s = ('0' + s) if (len(s) + 1) % 4 != 0 else (sep + s) if len(s) + 1 < minwidth else ('0' + s)
    return s


def _pad(spec, sign, intpart, frac, exp=''):
    sign_str = '-' if sign else ('' if spec['sign'] == '-' else spec['sign'])
    width = spec['width']
    if spec['zero'] and spec['fill'] == '0' and spec['align'] == '=' and spec['thousands']:
        intpart = _group(intpart, spec['thousands'],
                         max(0, width - len(sign_str) - len(frac) - len(exp)))
    else:
        intpart = _group(intpart, spec['thousands'], 0)
    body = intpart + frac + exp
    fill, align = spec['fill'], spec['align']
    pad = width - len(sign_str) - len(body)
    if pad <= 0:
        return sign_str + body
    if align == '<':
        return sign_str + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign_str + body + fill * (pad - left)
    if align == '=':
        return sign_str + fill * pad + body
    return fill * pad + sign_str + body


def _operand(other, op, reflected):
    """other as a Decimal; NotImplemented for a user type (which may
    implement the reflected operation); CPython's TypeError for builtins."""
    res = _convert(other)
    if res is NotImplemented and type(other).__module__ == 'builtins':
        a, b = 'decimal.Decimal', type(other).__name__
        if reflected:
            a, b = b, a
        raise TypeError(f"unsupported operand type(s) for {op}: '{a}' and '{b}'")
    return res


def _power_modulo(base, other, modulo, context):
    """pow(base, other, modulo) with a Decimal among them: libmpdec's
    powmod. Every operand must be integral, other not negative, modulo
    not zero and of at most the context's precision in digits; the
    result is (base ** other) % modulo with the sign of base ** other.
    As C's Decimal, it is reached from any of the three positions (pyrt's
    pow calls Decimal.__pow__(base, other, modulo) for an int base: see
    _nbpystd.pow_any_position)."""
    a, b, m = _convert(base), _convert(other), _convert(modulo)
    if a is NotImplemented or b is NotImplemented or m is NotImplemented:
        if any(isinstance(x, float) for x in (base, other, modulo)):
            raise TypeError('pow() 3rd argument not allowed unless all arguments are integers')
        raise TypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'"
                        % (_type_name(base), _type_name(other), _type_name(modulo)))
    if context is None:
        context = getcontext()
    ops = (a, b, m)
    for x in ops:
        if x._special == 'N':
            context._raise(InvalidOperation)
            return Decimal._make(x._sign, x._int, 0, 'n')
    for x in ops:
        if x._special == 'n':
            return x
    if (not all(x._is_integral() for x in ops) or b._sign or m._int == 0
            or m.adjusted() >= context.prec or (a._int == 0 and b._int == 0)):
        context._raise(InvalidOperation)
        return Decimal._make(0, 0, 0, 'n')
    base_int, base_exp = a._integral_parts()
    exp_int, exp_exp = b._integral_parts()
    mod = m._int * 10 ** m._exp if m._exp > 0 else m._int // 10 ** (-m._exp)
    r = (base_int % mod * pow(10, base_exp, mod)) % mod
    for _ in range(exp_exp):
        r = pow(r, 10, mod)
    r = pow(r, exp_int, mod)
    sign = a._sign if exp_int % 2 and exp_exp == 0 else 0
    return Decimal._make(sign, r, 0)


_nbpystd.pow_any_position(Decimal)


def _type_name(x):
    """The name of x's type in CPython's messages."""
    return 'decimal.Decimal' if isinstance(x, Decimal) else type(x).__name__


def _convert(other, raise_type=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation], flags=[],
                         Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[],
                          Emax=999999, Emin=-999999, capitals=1, clamp=0)
_defaults_ready = True

import numbers as _numbers
_numbers.Number.register(Decimal)
