# The int/str digit limit in the modules: decimal (C in CPython) has none,
# json.loads has it, math and the rest compute with big ints freely.
import json, math, decimal, fractions, statistics, random
x = 10 ** 5000
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r if len(repr(r)) < 80 else type(r).__name__)
    except ValueError as e:
        print(name, 'ValueError', str(e)[:50])
t('dec', lambda: decimal.Decimal(x) > 0)
t('decstr', lambda: len(str(decimal.Decimal(x))))
t('frac', lambda: fractions.Fraction(x, 3) > 1)
t('fracstr', lambda: len(str(fractions.Fraction(x, 3))))
t('jsonloads', lambda: json.loads('1' * 5000) > 0)
t('isqrt', lambda: math.isqrt(x) > 0)
t('fact', lambda: math.factorial(2000).bit_length())
t('log10', lambda: math.log10(x))
t('float', lambda: float(10**300))
t('hash', lambda: hash(x) != 0)
t('bitlen', lambda: x.bit_length())
t('tobytes', lambda: len(x.to_bytes(3000, 'big')))
t('digits_sum', lambda: sum(int(d) for d in str(10**4000)))
t('mean', lambda: statistics.mean([x, x]) > 0)
t('rand', lambda: random.randrange(x) >= 0)
t('format_x', lambda: len(f'{x:x}'))
t('int_from_float', lambda: int(1e300) > 0)
t('round', lambda: round(x, -10) > 0)
t('divmod', lambda: divmod(x, 7)[1])
t('str_neg', lambda: len(str(-10**4299)))
t('decparse', lambda: len(str(decimal.Decimal('1' * 5000 + '.5'))))
t('decnan', lambda: len(repr(decimal.Decimal('NaN' + '1' * 5000))) > 5000)
t('decquant', lambda: str(decimal.Decimal(x).quantize(decimal.Decimal(1), context=decimal.Context(prec=6000)))[:5])
