# sys.get_int_max_str_digits / set_int_max_str_digits: the value and its
# checks.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
print(sys.set_int_max_str_digits(10000), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(641)
print(sys.get_int_max_str_digits())
for bad in [5, -1, 640]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print('ValueError', e)
for args, kw in [((), {}), (('a',), {}), ((1, 2), {}), ((), {'digits': 5000}), ((1.5,), {})]:
    try:
        sys.set_int_max_str_digits(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(sys.get_int_max_str_digits())
print(sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(4300)
try:
    sys.unraisablehook(None)
except TypeError as e:
    print('TypeError', e)
print(sys.unraisablehook is sys.__unraisablehook__)
