import decimal
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, DivisionByZero

print(getcontext())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, Decimal('1.23456789') * 1)
print(getcontext())
getcontext().rounding = decimal.ROUND_DOWN
print(Decimal(2) / 3, Decimal('9.9999999') + 0)
getcontext().prec = 28
getcontext().rounding = decimal.ROUND_HALF_EVEN
getcontext().clear_flags()
print(getcontext().flags[decimal.Inexact], getcontext())
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / 7, ctx.prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=5, rounding=decimal.ROUND_UP) as c:
    print(Decimal(1) / 3, c)
ctx = Context(prec=4)
print(ctx.divide(Decimal(1), Decimal(3)), ctx.add(1, 2), ctx.create_decimal('3.14159'), ctx.sqrt(Decimal(2)))
print(decimal.BasicContext, decimal.ExtendedContext)
for expr in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal('abc')", "Decimal(5) // 0", "Decimal(5) % 0",
             "Decimal(0) % 0", "Decimal('inf') - Decimal('inf')", "Decimal('NaN') < 1", "Decimal('1.5') + 1.5",
             "Decimal('123.456').quantize(Decimal('1e-30'))", "Decimal(-4).sqrt()"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e, [c.__name__ for c in type(e).__mro__[:3]])
getcontext().clear_flags()
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, getcontext().flags[DivisionByZero])
getcontext().traps[InvalidOperation] = False
print(Decimal('xyz'), Decimal(0) / 0, Decimal('NaN') == Decimal('NaN'), Decimal('NaN') < 1)
print(getcontext())
getcontext().clear_flags()
Decimal(1) / 3
Decimal(0.5)
Decimal('inf') - Decimal('inf')
print(getcontext())
getcontext().clear_flags()
Decimal('?')
Decimal(2) / 3
print(getcontext())
for expr in ["1.5 * Decimal(2)", "Decimal(2) ** 'x'", "[] + Decimal(1)", "divmod(Decimal(1), 2.0)"]:
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError),
      issubclass(decimal.FloatOperation, TypeError))
getcontext().traps[InvalidOperation] = True
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print('TypeError:', e)
