"""Abstract base classes (nbcheck's abc).

ABCMeta derives from collections.abc's metaclass, so that a class can
mix abc.ABC and the container ABCs: abstract methods block instantiation
with CPython 3.11's message, register() adds virtual subclasses,
__subclasshook__ (when a class has one) drives isinstance and issubclass.
"""

import collections.abc as _cabc
from collections.abc import abstractmethod


def _no_hook(C):
    return NotImplemented


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, '__isabstractmethod__', False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(getattr(value, '__func__', None), '__isabstractmethod__', False)
    return False


class ABCMeta(_cabc.ABCMeta):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # Abstract properties, class methods and static methods too.
        abstracts = set()
        for n, v in namespace.items():
            if _is_abstract(v):
                abstracts.add(n)
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(_lookup(cls, n)):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', _no_hook)
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for r in cls.__dict__.get('_abc_registry', ()):
            if r is subclass or issubclass(subclass, r):
                return True
        for s in cls.__dict__.get('_abc_subclasses', ()):
            if s is not cls and issubclass(subclass, s):
                return True
        return False

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


ABCMeta.__module__ = 'abc'


def _lookup(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of naming the metaclass."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _is_abstract(_lookup(cls, name)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
