"""Weak references (nbcheck's weakref): ref, proxy, WeakMethod,
WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize, over Go weak
pointers (module _weakref).

CPython frees an object as soon as its last reference goes; nbcheck's
objects are freed by Go's collector. Reading a weak reference forces a
collection first, so an object nothing refers to any more reads as dead,
as in CPython. What differs: callbacks and finalizers run when a
collection finds their object dead (at the next read of a weak reference,
operation on a weak container, finalize.alive or gc.collect()), not at
the `del` that dropped the last reference; an object can stay alive a
little longer while a value the interpreter no longer uses still points
to it; reference cycles are freed without gc.collect(); ref(obj) makes a
new reference each time (CPython reuses one without callback), and
getweakrefcount/getweakrefs raise NotImplementedError('unsupported: ...').
"""

import _weakref
from _nbunsupported import function as _unsupported

__all__ = ['ref', 'proxy', 'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet',
           'WeakMethod', 'finalize']

_unweakable_bases = ('int', 'bool', 'float', 'complex', 'str', 'bytes', 'tuple',
                     'list', 'dict', 'NoneType')


def _handle(ob):
    """A weak handle to ob, or CPython's TypeError when ob cannot be
    weakly referenced (builtin values, classes whose every level has
    __slots__ without '__weakref__')."""
    h = _weakref.handle(ob)
    t = type(ob)
    mro = getattr(t, '__mro__', ())
    if t.__module__ != 'builtins' and len(mro) > 1:
        ok = False
        builtin_ok = True
        for c in mro:
            if c is object:
                continue
            if c.__module__ == 'builtins':
                if c.__name__ in _unweakable_bases:
                    builtin_ok = False
                continue
            slots = c.__dict__.get('__slots__', None)
            if slots is None:
                ok = True
                break
            if isinstance(slots, str):
                slots = (slots,)
            if '__weakref__' in slots:
                ok = True
                break
        if not ok and (not builtin_ok or all(
                c is object or c.__module__ != 'builtins' for c in mro)):
            raise TypeError("cannot create weak reference to '%s' object" % t.__name__)
    return h


def _addr(o):
    return '0x%x' % id(o)


class ReferenceType:
    """ref(object[, callback]) -> a weak reference to object."""

    def __init__(self, ob, callback=None):
        self._h = _handle(ob)
        self._cb = callback
        self._hash = None
        if callback is not None:
            me = _weakref.handle(self)

            def dead():
                r = me.peek()
                if r is not None:
                    callback(r)
            self._h.on_death(dead)

    def __call__(self):
        return self._h.get()

    @property
    def __callback__(self):
        return self._cb

    def __repr__(self):
        o = self._h.get()
        if o is None:
            return '<weakref at %s; dead>' % _addr(self)
        name = getattr(o, '__name__', None)
        s = "<weakref at %s; to '%s' at %s" % (_addr(self), type(o).__name__, _addr(o))
        if isinstance(name, str):
            s += ' (%s)' % name
        return s + '>'

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self._h.get(), other._h.get()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        if self._hash is None:
            o = self._h.get()
            if o is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(o)
        return self._hash


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method that does not keep its object
    alive (a plain ref to a bound method dies at once)."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        ReferenceType.__init__(self, obj, callback)
        self._func = _handle(func)
        self._alive = True

    def __call__(self):
        obj = self._h.get()
        func = self._func.get()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self._h.get() is other._h.get() and self._func.get() == other._func.get()
        return NotImplemented

    def __hash__(self):
        return ReferenceType.__hash__(self)


class ProxyType:
    """proxy(object[, callback]) -> a proxy to object that does not keep it alive."""

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_nbc_ref', ReferenceType(ob, callback))

    def _nbc_get(self):
        o = object.__getattribute__(self, '_nbc_ref')()
        if o is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return o

    def __getattr__(self, name):
        return getattr(self._nbc_get(), name)

    def __setattr__(self, name, value):
        setattr(self._nbc_get(), name, value)

    def __delattr__(self, name):
        delattr(self._nbc_get(), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_nbc_ref')()
        if o is None:
            return '<weakproxy at %s; dead>' % _addr(self)
        return "<weakproxy at %s; to '%s' at %s>" % (_addr(self), type(o).__name__, _addr(o))

    def __str__(self):
        return str(self._nbc_get())

    def __bool__(self):
        return bool(self._nbc_get())

    def __len__(self):
        return len(self._nbc_get())

    def __iter__(self):
        return iter(self._nbc_get())

    def __contains__(self, item):
        return item in self._nbc_get()

    def __getitem__(self, key):
        return self._nbc_get()[key]

    def __setitem__(self, key, value):
        self._nbc_get()[key] = value

    def __eq__(self, other):
        return self._nbc_get() == other

    def __ne__(self, other):
        return self._nbc_get() != other

    def __lt__(self, other):
        return self._nbc_get() < other

    def __call__(self, *args, **kwargs):
        return self._nbc_get()(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """proxy(object[, callback]) -- create a proxy object that weakly references 'object'."""
    return ProxyType(ob, callback)


class WeakValueDictionary:
    """Mapping class that references values weakly: an entry goes when
    nothing else refers to its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _sweep(self):
        _weakref.collect()
        dead = [k for k, r in self.data.items() if r._h.peek() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ReferenceType(value)

    def __delitem__(self, key):
        self._sweep()
        del self.data[key]

    def __len__(self):
        self._sweep()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, _addr(self))

    def __iter__(self):
        self._sweep()
        return iter(list(self.data))

    def keys(self):
        self._sweep()
        return list(self.data).__iter__()

    def values(self):
        self._sweep()
        return iter([o for o in (r._h.peek() for r in list(self.data.values())) if o is not None])

    def items(self):
        self._sweep()
        out = []
        for k, r in list(self.data.items()):
            o = r._h.peek()
            if o is not None:
                out.append((k, o))
        return iter(out)

    def valuerefs(self):
        self._sweep()
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            r = self.data[key]
        except KeyError:
            return default
        o = r()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = ReferenceType(default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    itervaluerefs = valuerefs


class WeakKeyDictionary:
    """Mapping class that references keys weakly: an entry goes when
    nothing else refers to its key."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _sweep(self):
        _weakref.collect()
        dead = [r for r in self.data if r._h.peek() is None]
        for r in dead:
            del self.data[r]

    def __getitem__(self, key):
        return self.data[ReferenceType(key)]

    def __setitem__(self, key, value):
        self.data[ReferenceType(key)] = value

    def __delitem__(self, key):
        del self.data[ReferenceType(key)]

    def __len__(self):
        self._sweep()
        return len(self.data)

    def __contains__(self, key):
        try:
            r = ReferenceType(key)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, _addr(self))

    def _live(self):
        self._sweep()
        out = []
        for r, v in list(self.data.items()):
            o = r._h.peek()
            if o is not None:
                out.append((o, v))
        return out

    def __iter__(self):
        return iter([k for k, v in self._live()])

    def keys(self):
        return iter([k for k, v in self._live()])

    def values(self):
        return iter([v for k, v in self._live()])

    def items(self):
        return iter(self._live())

    def keyrefs(self):
        self._sweep()
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ReferenceType(key), default)

    def pop(self, key, *args):
        return self.data.pop(ReferenceType(key), *args)

    def popitem(self):
        while True:
            r, value = self.data.popitem()
            o = r._h.peek()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ReferenceType(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self._live():
            new[k] = v
        return new

    __copy__ = copy


class WeakSet:
    """A set of objects held weakly: an object leaves the set when nothing
    else refers to it."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _sweep(self):
        _weakref.collect()
        dead = [r for r in self.data if r._h.peek() is None]
        for r in dead:
            self.data.discard(r)

    def __iter__(self):
        self._sweep()
        return iter([o for o in (r._h.peek() for r in list(self.data)) if o is not None])

    def __len__(self):
        self._sweep()
        return len(self.data)

    def __contains__(self, item):
        try:
            r = ReferenceType(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        self._sweep()
        return repr(self.data)

    def add(self, item):
        self.data.add(ReferenceType(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = r._h.peek()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ReferenceType(item))

    def discard(self, item):
        self.data.discard(ReferenceType(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        c = self.copy()
        c.update(other)
        return c

    __or__ = union

    def difference(self, other):
        c = self.copy()
        c.difference_update(other)
        return c

    __sub__ = difference

    def difference_update(self, other):
        for item in other:
            self.discard(item)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once obj is collected, unless called or detached before."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._h = _handle(obj)
        self._info = (func, args, kwargs or None)
        self.atexit = True
        self._h.on_death(self)

    def __call__(self, _=None):
        info = self._info
        if info is not None:
            self._info = None
            self._h.on_death(None)
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        obj = self._h.peek()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._info
            self._info = None
            self._h.on_death(None)
            return (obj, func, args, kwargs or {})

    def peek(self):
        obj = self._h.peek()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        if self._info is not None:
            _weakref.collect()
        return self._info is not None

    def __repr__(self):
        obj = self._h.get()
        if obj is None or self._info is None:
            return '<finalize object at %s; dead>' % _addr(self)
        return "<finalize object at %s; for '%s' at %s>" % (_addr(self), type(obj).__name__, _addr(obj))


getweakrefcount = _unsupported('weakref.getweakrefcount', 'nbcheck does not count weak references')
getweakrefs = _unsupported('weakref.getweakrefs', 'nbcheck does not count weak references')
