# getattr: a default stands in for AttributeError only; other errors
# propagate. Wrong argument counts and names get CPython's messages.
class P:
    @property
    def bad(self):
        raise ValueError('from the property')
    @property
    def missing(self):
        raise AttributeError('inner')
p = P()
print(getattr(p, 'missing', 'default'), getattr(p, 'nothing', 0))
try:
    getattr(p, 'bad', 'default')
except ValueError as e:
    print('ValueError', e)
for args in [(p,), (p, 'a', 1, 2), (p, 1)]:
    try:
        getattr(*args)
    except TypeError as e:
        print('TypeError', e)
import math
try:
    getattr(math, 'nope')
except AttributeError as e:
    print('AttributeError', e)
print(getattr(math, 'nope', None))
