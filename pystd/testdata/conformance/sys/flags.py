# sys.flags and the switches beside it, as `python3 case.py` has them with no
# options and no PYTHON* variables (gen.sh runs sys/ in a clean environment).
import sys

print(sys.flags)
print(len(sys.flags), type(sys.flags).__match_args__[:4])
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.utf8_mode, sys.flags.int_max_str_digits, sys.flags[0])
print(sys.flags.debug == 0 and not sys.flags.isolated)
if not sys.flags.optimize:
    print('asserts run')
print(sys.dont_write_bytecode, sys.warnoptions, sys.float_repr_style, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.is_finalizing())
