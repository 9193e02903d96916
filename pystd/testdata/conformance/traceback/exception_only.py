import traceback
import json


class AppError(Exception):
    pass


for exc in [ValueError('bad value'), KeyError('k'), RuntimeError(), AppError('custom'), ZeroDivisionError('division by zero')]:
    print(traceback.format_exception_only(exc), end=' ')
    print(traceback.format_exception_only(type(exc), exc))
try:
    json.loads('{bad')
except ValueError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e)[-1].strip())
print(traceback.format_list([('f.py', 3, 'main', 'x = 1')]))
print(traceback.format_exception_only(None))
