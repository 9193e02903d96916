from decimal import Decimal

vals = [Decimal('1234.5678'), Decimal('-0.5'), Decimal('0'), Decimal('1E+3'), Decimal('0.000012345'),
        Decimal('100'), Decimal('2.675'), Decimal('-1234567.891'), Decimal('1.5E-10')]
for spec in ['', '.2f', '.0f', 'f', ',.2f', '>12.3f', '<10', '^11.1f', '+.1f', '.3e', 'e', '.2E', 'g',
             '.3g', '.10g', '.1%', '%', '010.2f', ' .2f', '012,.1f']:
    print(repr(spec), [format(v, spec) for v in vals])
price = Decimal('19.99')
qty = 3
total = price * qty
print(f'Total: ${total:.2f}', f'{total:>10}', f'{Decimal("0.075") * 100:.1f}%')
print(f"{Decimal('inf'):.2f} {Decimal('-inf')} {Decimal('nan'):>5}")
for spec in ['_.2f', '.2x', '.f']:
    try:
        format(Decimal('1.5'), spec)
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
