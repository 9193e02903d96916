# importlib.import_module, reload and invalidate_caches over sys.modules.
import importlib, sys

print(importlib.import_module('collections.abc').__name__, importlib.import_module('.abc', 'collections').__name__)
json = importlib.import_module('json')
print(json is sys.modules['json'], json.dumps([1]), importlib.invalidate_caches())
print('textwrap' in sys.modules, importlib.import_module('textwrap').__name__, 'textwrap' in sys.modules)
sys.modules['fake_settings'] = 'a string'
print(importlib.import_module('fake_settings'))
for f in [lambda: importlib.import_module('.x'), lambda: importlib.import_module('..x', 'a'), lambda: importlib.reload(5),
          lambda: importlib.import_module('nope_mod'), lambda: importlib.import_module('json.nope'),
          lambda: importlib.import_module(5), lambda: importlib.import_module('')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# reload runs the module's code again in the same module object.
json.planted = 1
json.dumps = None
j = importlib.reload(json)
print(j is json, json.dumps({'a': 1}), json.planted)
import math
print(importlib.reload(math) is math)
del sys.modules['json']
try:
    importlib.reload(json)
except ImportError as e:
    print('ImportError', e, e.name)
