from decimal import Decimal, localcontext, Inexact

# x ** 0.5 keeps the context's precision in full (sqrt does not) and is
# always Inexact and Rounded, except for a zero.
for x in ['4', '2.25', '100', '0.01', '1', '16E+4', '2', '1E+100', '0', '0.00', '0E+5', '123456789']:
    for prec in (28, 5):
        with localcontext() as c:
            c.prec = prec
            c.clear_flags()
            r = Decimal(x) ** Decimal('0.5')
            print(x, prec, r, Decimal(x).sqrt(), [k.__name__ for k, v in c.flags.items() if v])
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal(4) ** Decimal('0.5')
    except Inexact as e:
        print('trapped', type(e).__name__, e)
