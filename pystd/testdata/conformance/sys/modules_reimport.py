# A package deleted from sys.modules is imported again as a new module; its
# submodules stay in sys.modules, and its code's 'import pkg.sub as x' finds
# them (collections imports collections.abc so).
import sys
import collections
old = collections
del sys.modules['collections']
import collections
print(collections is old, hasattr(collections, 'deque'), 'collections.abc' in sys.modules)
print(collections.Counter('abca').most_common(1))
import collections.abc as cabc
print(cabc is sys.modules['collections.abc'])
