# types.ModuleType makes a module no import made, which sys.modules serves.
import sys, types
m = types.ModuleType('fakemod', 'doc here')
m.VALUE = 3
sys.modules['fakemod'] = m
import fakemod
from fakemod import VALUE
print(fakemod is m, VALUE, fakemod.__name__, fakemod.__doc__, repr(fakemod)[:25])
m2 = type(sys)('other')
print(m2.__name__, m2.__doc__)
import types
for a in [(), (5,), ('a', 'b', 'c')]:
    try:
        types.ModuleType(*a)
    except Exception as e:
        print(type(e).__name__, e)
m = types.ModuleType('x')
print(sorted(vars(m).items()), repr(m), isinstance(m, types.ModuleType))
print(types.ModuleType(name='z', doc='d').__name__)
m.f = lambda: 'f called'
sys.modules['x'] = m
from x import f
print(f())
import importlib
print(importlib.import_module('x') is m)
