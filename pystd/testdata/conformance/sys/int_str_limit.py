# The limit on int <-> decimal string conversions (sys.set_int_max_str_digits):
# which conversions it stops, with CPython's messages.
import sys
big = 10**4300
ok = 10**4299
print(len(str(ok)), len(repr(-ok)), len(f'{ok:,}') > 0)
for f in [lambda: str(big), lambda: repr(-big), lambda: f'{big}', lambda: format(big, 'd'), lambda: '%d' % big, lambda: '%s' % big,
          lambda: print([big]), lambda: int('1' * 4301), lambda: int('-' + '1' * 4301), lambda: int('1_' * 4300 + '1'), lambda: int('1' * 4301, 7),
          lambda: format(big, ','), lambda: format(big, 'n'), lambda: '%i' % big, lambda: '%u' % big, lambda: str(True + big)]:
    try:
        f()
        print('no error')
    except ValueError as e:
        print('ValueError', e)
print(len(hex(big)), len(bin(big)), len(format(big, 'x')), int('1' * 5000, 16) > 0, int('1' * 5000, 2) > 0, len('%x' % big), len(oct(big)))
print(int('1' * 4300) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)), int('1' * 10000) > 0)
sys.set_int_max_str_digits(1000)
try:
    str(10**1000)
except ValueError as e:
    print('ValueError', e)
print(len(str(10**999)))
try:
    int('2' * 1001)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(4300)
try:
    int('  ' + '1' * 4301 + '  ')
except ValueError as e:
    print('ValueError', e)
try:
    int('x' * 5000)
except ValueError as e:
    print('ValueError', str(e)[:60])
try:
    int('1' * 4301 + 'x')
except ValueError as e:
    print('ValueError', str(e)[:60])
import json
try:
    json.dumps(big)
except ValueError as e:
    print('ValueError', e)

# Inside containers and other conversions.
x = 10 ** 5000
for name, f in [
                ('pct_r', lambda: '%r' % x), ('fmt_r', lambda: '{!r}'.format(x)), 
                ('ascii', lambda: ascii(x)), ('list_str', lambda: str([x])), ('tuple_repr', lambda: repr((x,))), ('dict', lambda: str({1: x})),
                ('small_big', lambda: str(len(str(2**100)))), ('neg_small', lambda: str(-2**70))]:
    try:
        r = f()
        print(name, 'ok', r if len(r) < 50 else len(r))
    except ValueError as e:
        print(name, 'ValueError', str(e)[:40])
