# sys.implementation: a SimpleNamespace with CPython's fields.
import sys

impl = sys.implementation
print(impl)
print(type(impl))
print(impl.name, impl.cache_tag, impl.version, impl.hexversion, impl._multiarch)
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl.name == 'cpython' and impl.version[:2] >= (3, 11))
print(hasattr(impl, 'name'), hasattr(impl, 'nope'), getattr(impl, 'nope', 'default'))
try:
    impl.nope
except AttributeError as e:
    print('AttributeError', e)
print(impl == impl, impl != impl)
impl.extra = 1
print(impl.extra)
del impl.extra
print(hasattr(impl, 'extra'))
print(repr(impl) == str(impl))
