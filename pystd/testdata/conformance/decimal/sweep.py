# Every operation over a grid of operands, under three contexts.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING
import decimal

vals = ['0', '-0', '1', '-1', '0.1', '3', '7', '-7.5', '2.50', '1E+2', '123456789.987654321',
        '0.000123', '-0.0', '99999', '1.000', '5E-3', '1e10', '314.15926535897932384626']
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('cmp', lambda a, b: (a < b, a == b, a >= b)), ('max', lambda a, b: a.max(b)),
       ('min', lambda a, b: a.min(b)), ('q', lambda a, b: a.quantize(Decimal('0.01')) if b > 0 else a.quantize(b))]
for prec, rounding in [(28, decimal.ROUND_HALF_EVEN), (5, ROUND_HALF_UP), (3, ROUND_DOWN)]:
    with localcontext(prec=prec, rounding=rounding, traps=[]) as ctx:
        print('context', prec, rounding)
        for x in vals:
            a = Decimal(x)
            row = [str(+a), str(-a), str(abs(a)), str(a.normalize()), str(a.sqrt()),
                   str(a.to_integral_value()), str(a ** 2), str(a ** 3), str(a.adjusted())]
            print(x, ' '.join(row))
            for y in vals[::3]:
                b = Decimal(y)
                print(' ', x, y, ' '.join(str(f(a, b)) for n, f in ops))
        print(ctx)
for x in vals:
    for spec in ['.3f', '.2e', '.4g', ',.1f', '.0%', '']:
        print(x, spec, format(Decimal(x), spec))
for x, n in [('0.00', 2), ('0E+2', 2), ('-0.0', 3), ('0.0', 1), ('2.50', 2), ('1.0', 3), ('10', -2),
             ('2', -3), ('0.50', -1), ('3', -1), ('-2', -2), ('1.1', 10), ('7', 0)]:
    print(x, n, Decimal(x) ** n)
