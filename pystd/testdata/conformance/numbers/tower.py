import keyword
import numbers
from decimal import Decimal
from fractions import Fraction

for v in [3, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                               numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), numbers.Integral.__mro__[1].__name__)


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])
print(keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      len(keyword.kwlist), keyword.softkwlist)
