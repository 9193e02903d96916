# sys.modules: the dict import follows.
import sys

print(type(sys.modules).__name__, isinstance(sys.modules, dict))
print(all(m in sys.modules for m in ['sys', 'builtins', '__main__']))
print(sys.modules['sys'] is sys, sys.modules['__main__'].__name__, sys.modules[__name__] is sys.modules['__main__'])
print('json' in sys.modules or 'json not yet')
import json
print('json' in sys.modules, sys.modules['json'] is json, sys.modules.get('json') is json)
import collections.abc
print('collections' in sys.modules, 'collections.abc' in sys.modules, sys.modules['collections.abc'] is collections.abc)
from collections import abc
print(sys.modules['collections'].abc is abc)

# A value put in sys.modules is what import gives, whatever it is.
class Settings:
    debug = True
    level = 3
sys.modules['settings'] = Settings
import settings
from settings import level
print(settings is Settings, settings.debug, level)
sys.modules['answer'] = 42
import answer
print(answer)

# A deleted module is imported again, as a new module object.
old = sys.modules.pop('json')
import json as json2
print(json2 is old, json2.dumps([1, 'a']), sys.modules['json'] is json2)
del sys.modules['json']
print('json' in sys.modules)
def load():
    import json
    return json
print(load() is json2, 'json' in sys.modules)

# None in sys.modules halts the import.
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# Missing modules are not entered.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print('no_such_module_here' in sys.modules)

# It is a plain dict: its methods work.
print(sys.modules.get('nope', 'absent'), len(sys.modules) > 5)
print(sorted(k for k in sys.modules if k in ('json', 'settings', 'answer', 'blocked')))
print([k for k, v in sys.modules.items() if v is Settings])
mods = dict(sys.modules)
print(mods['sys'] is sys)

# The running module through sys.modules, a common idiom.
def func():
    return 'called'
this = sys.modules[__name__]
print(getattr(this, 'func')())
setattr(this, 'planted', 5)
print(planted, this.__dict__ is globals(), vars(this) is globals(), type(this).__name__)
print(sys.modules['json'].__dict__['dumps'] is json2.dumps, hasattr(sys, '__dict__'))
