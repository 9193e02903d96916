# Square roots under several precisions (correctly rounded, ideal exponents when exact).
from decimal import Decimal, localcontext
vals = ['2', '3', '10', '0.5', '1e-7', '123456789', '0.0001', '4', '1.44', '1E+3', '1E+4', '0.09', '8', '99.99', '1.0000', '100', '2.25', '5E-9', '7777777777777777']
for p in [1, 2, 3, 5, 9, 28, 40]:
    with localcontext(prec=p) as c:
        print(p, [str(Decimal(v).sqrt()) for v in vals], c.flags[__import__('decimal').Inexact])
