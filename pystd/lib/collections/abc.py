"""Abstract base classes for containers (nbcheck's collections.abc).

isinstance and issubclass work for user classes (by their methods, as
CPython's __subclasshook__ does, or by inheritance or register()) and for
the builtin types (from a table: gpython's builtin types do not list their
dunder methods, so the methods cannot be looked up on them). Subclassing
an ABC gives its mixin methods (Mapping.get/keys/items, MutableMapping.pop/
update/setdefault, Sequence.index/count/__reversed__, Set operators, ...)
and CPython's "Can't instantiate abstract class" error.

Limits: ABCMeta lives here (there is no separate abc module of ours);
a builtin type is known only through the table at the end of this file
(for example, the type of an object made by a Go module is not an
Iterator unless registered); ByteString and the *View classes are
registered, not checked; there is no Buffer (3.12).
"""

import sys as _sys

_GenericAlias = type(list[int])
from _nbpystd import CallableGenericAlias as _CallableGenericAlias

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
           "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
           "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]

__name__ = "collections.abc"


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


_builtin_types = set()
_unhashable = (list, dict, set, bytearray)


def _is_builtin(C):
    return C in _builtin_types or getattr(C, '__module__', None) == 'builtins'


def _mro(C):
    try:
        return C.__mro__
    except AttributeError:
        return (C,)


def _check_methods(C, *methods):
    mro = _mro(C)
    for method in methods:
        for B in mro:
            if _is_builtin(B):
                continue
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class ABCMeta(type):
    """nbcheck's ABCMeta: abstract methods, register() and subclass hooks."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for n, v in namespace.items():
            if getattr(v, '__isabstractmethod__', False):
                abstracts.add(n)
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                v = getattr(cls, n, None)
                if getattr(v, '__isabstractmethod__', False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.append(subclass)
        return subclass

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with "
                f"abstract method{s} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in _mro(subclass):
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for r in cls.__dict__.get('_abc_registry', ()):
            if r is subclass or issubclass(subclass, r):
                return True
        for s in cls.__dict__.get('_abc_subclasses', ()):
            if s is not cls and issubclass(subclass, s):
                return True
        return False


class _Base(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def _hook(abc_name, *methods):
    def __subclasshook__(cls, C):
        if cls.__name__ == abc_name and cls.__module__ == 'collections.abc':
            if _is_builtin(C):
                return NotImplemented
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


class Hashable(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        for B in _mro(C):
            if B in _unhashable:
                return False
            if _is_builtin(B):
                if B is object:
                    return True
                continue
            d = B.__dict__
            if '__hash__' in d:
                return d['__hash__'] is not None
        return NotImplemented


class Awaitable(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _hook('Awaitable', '__await__')


class Coroutine(Awaitable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    __subclasshook__ = _hook('Coroutine', '__await__', 'send', 'throw', 'close')


class AsyncIterable(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _hook('AsyncIterable', '__aiter__')


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _hook('AsyncIterator', '__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        raise typ

    __subclasshook__ = _hook('AsyncGenerator', '__aiter__', '__anext__',
                             'asend', 'athrow', 'aclose')


class Iterable(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _hook('Iterable', '__iter__')


class Iterator(Iterable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _hook('Iterator', '__iter__', '__next__')


class Reversible(Iterable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _hook('Reversible', '__reversed__', '__iter__')


class Generator(Iterator):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _hook('Generator', '__iter__', '__next__', 'send',
                             'throw', 'close')


class Sized(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _hook('Sized', '__len__')


class Container(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _hook('Container', '__contains__')


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __module__ = 'collections.abc'

    __subclasshook__ = _hook('Collection', '__len__', '__iter__', '__contains__')


class Callable(_Base):
    __slots__ = ()
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _hook('Callable', '__call__')


class Set(Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return hash(frozenset(self))


class MutableSet(Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in list(self):
            if value not in it:
                self.discard(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


_marker = object()


class Mapping(Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None


class MutableMapping(Mapping):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for k in self._mapping:
            yield k


class ItemsView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()
    __module__ = 'collections.abc'


class MutableSequence(Sequence):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The builtin types, registered by what CPython says they are.
def _gen():
    yield


async def _coro():
    pass


_generator = type(_gen())
_function = type(_gen)
_builtin_function = type(len)
_iterators = []
for _x in ([], (), '', b'', {}, set(), frozenset(), range(0), {}.keys(),
           {}.values(), {}.items(), bytearray()):
    try:
        _iterators.append(type(iter(_x)))
    except Exception:
        pass
for _x in (zip(), map(len, []), filter(None, []), enumerate([]), reversed([]),
           reversed(range(0))):
    _iterators.append(type(_x))
try:
    _coroutine = type(_coro())
except Exception:
    _coroutine = None

_builtin_types.update([int, float, complex, bool, str, bytes, bytearray, tuple,
                       list, dict, set, frozenset, range, type, object,
                       type(None), _generator, _function, _builtin_function,
                       type({}.keys()), type({}.values()), type({}.items())])
_builtin_types.update(_iterators)
if _coroutine is not None:
    _builtin_types.add(_coroutine)

for _t in (int, float, complex, bool, str, bytes, tuple, frozenset, range,
           type, type(None), _generator, _function, _builtin_function):
    Hashable.register(_t)
for _t in _iterators:
    Iterator.register(_t)
Generator.register(_generator)
if _coroutine is not None:
    Coroutine.register(_coroutine)
for _t in (_function, _builtin_function, type):
    Callable.register(_t)
for _t in (tuple, str, range):
    Sequence.register(_t)
for _t in (bytes, bytearray):
    ByteString.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
del _x, _t
