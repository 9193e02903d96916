from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, ROUND_HALF_EVEN
import decimal

for s in ['0', '1.50', '-0', '123.456', '1e3', '1E-7', '0.000001', '0.0000001', '12345678901234567890.123',
          '-1.23e+5', '  42  ', '1_000.5', 'Infinity', '-inf', 'NaN', 'snan', 'nan123', '0e-10', '100e-2',
          '.5', '5.', '+7']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())
for v in [0, -5, 10**30, 0.1, 1.5, -2.75, 1e20, float('inf')]:
    print(repr(Decimal(v)))
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal((1, (), 'F')), Decimal(Decimal('3.3')))
a, b = Decimal('1.1'), Decimal('2.2')
print(a + b, a - b, a * b, a / b, b / a, a // b, b // a, a % b, b % a, divmod(b, a))
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(10) / Decimal(4), Decimal(1) / 8)
print(Decimal('7') // Decimal('-2'), Decimal('-7') % Decimal('2'), Decimal('-7') // 2, -7 % Decimal(2))
print(a + 1, 1 + a, 3 * a, a - 5, 10 / Decimal(4), 2 ** Decimal(3), Decimal('1.5') ** 2, Decimal(2) ** -2)
print(-a, +a, abs(Decimal('-3.30')), -Decimal('0'), Decimal('0.1') + Decimal('0.2'))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), a < b, a == 1.1, Decimal('1.0') == 1, Decimal(2) > 1)
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('0.1')))
print(sorted([Decimal('3'), Decimal('-1.5'), Decimal('2.25')]), max(a, b), sum([a, b, Decimal('0.7')]))
print(float(Decimal('1.1')), int(Decimal('-7.9')), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.675'), 2))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, ROUND_HALF_EVEN]:
    print(r, [str(Decimal(x).quantize(Decimal('1'), rounding=r)) for x in ['2.5', '-2.5', '1.49', '-1.51', '3.5', '0.5', '10.1']])
print(Decimal('1.2300').normalize(), Decimal('100').normalize(), Decimal('0.00').normalize(), Decimal('7.5').to_integral_value())
print(Decimal('123.456').adjusted(), Decimal('0.001').adjusted(), Decimal(2).sqrt(), Decimal('16').sqrt(), Decimal('0.25').sqrt())
print(Decimal('1.30').is_zero(), Decimal('-0').is_signed(), Decimal('NaN').is_nan(), Decimal('-Infinity').is_infinite())
print(Decimal('1.25').as_integer_ratio(), Decimal(-3).copy_abs(), Decimal(3).copy_negate(), Decimal('1.5').compare(2))
print(bool(Decimal(0)), bool(Decimal('0.01')), Decimal('100').to_eng_string(), Decimal('1E+5').to_eng_string())
