"""Names for built-in types (nbcheck's types): SimpleNamespace,
MappingProxyType, FunctionType and the other type objects.

SimpleNamespace(**kwargs) lists keyword arguments sorted by name: gpython
passes keywords in an unordered map, so their call order is lost.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _g():
    yield 1


GeneratorType = type(_g())
GenericAlias = type(list[int])
from _nbpystd import UnionType  # int | str
del _f, _C, _g


class SimpleNamespace:
    """A simple attribute-based namespace: namespace(a=1, b=2)."""

    def __init__(self, **kwargs):
        for k in sorted(kwargs):
            setattr(self, k, kwargs[k])

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'namespace(...)'
        _repr_running.append(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.remove(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None


SimpleNamespace.__module__ = 'types'
_repr_running = []


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        d = dict(self._mapping)
        d.update(other)
        return d

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = 'mappingproxy'
MappingProxyType.__qualname__ = 'mappingproxy'


class DynamicClassAttribute(property):
    pass


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and 'metaclass' in kwds:
        meta = kwds['metaclass']
    return meta(name, tuple(bases), ns)


def resolve_bases(bases):
    return tuple(bases)


def coroutine(func):
    return func
