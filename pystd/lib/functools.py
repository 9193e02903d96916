"""Higher-order functions and operations on callables (nbcheck's
functools)."""

import builtins as _builtins
from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property']

_kw = getattr(_builtins, '__nbc_' + 'kw')

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            src = getattr(wrapped, attr)
            dst = getattr(wrapper, attr)
        except AttributeError:
            continue
        try:
            for k in list(src):
                dst[k] = src[k]
        except Exception:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class _Wraps:
    __slots__ = ('wrapped', 'assigned', 'updated')

    def __init__(self, wrapped, assigned, updated):
        self.wrapped = wrapped
        self.assigned = assigned
        self.updated = updated

    def __call__(self, wrapper):
        return update_wrapper(wrapper, self.wrapped, self.assigned, self.updated)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return _Wraps(wrapped, assigned, updated)


################################################################################
# reduce
################################################################################

def reduce(function, iterable, *initial):
    """reduce(function, iterable[, initial]) -> value"""
    if len(initial) > 1:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(initial) + 2}')
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial
################################################################################

class partial:
    """New function with partial application of the given arguments and
    keywords."""

    __module__ = 'functools'

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        keywords = dict(keywords)
        if isinstance(func, partial) and type(func) is partial:
            allargs = list(func.args)
            allargs.extend(args)
            args = tuple(allargs)
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        allargs = list(self.args)
        allargs.extend(args)
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*allargs, **_kw(kw))

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        return f"{name}({', '.join(args)})"

    def __get__(self, obj, objtype=None):
        return self

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
                                          self.keywords or None, None)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords."""

    __module__ = 'functools'

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.args = args
        self.keywords = dict(keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(args)})"

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        allargs = [obj]
        allargs.extend(self.args)
        return partial(self.func, *allargs, **_kw(self.keywords))


################################################################################
# total_ordering
################################################################################

def _make_op(root, kind):
    # kind names the formula; root is the defined comparison.
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if kind == 'not_and_ne':
            return not r and self != other
        if kind == 'or_eq':
            return r or self == other
        if kind == 'not':
            return not r
        if kind == 'not_or_eq':
            return not r or self == other
        return r and self != other
    return op


_convert = {
    '__lt__': [('__gt__', 'not_and_ne'), ('__le__', 'or_eq'), ('__ge__', 'not')],
    '__le__': [('__ge__', 'not_or_eq'), ('__lt__', 'and_ne'), ('__gt__', 'not')],
    '__gt__': [('__lt__', 'not_and_ne'), ('__ge__', 'or_eq'), ('__le__', 'not')],
    '__ge__': [('__le__', 'not_or_eq'), ('__gt__', 'and_ne'), ('__lt__', 'not')],
}


def _defines(cls, name):
    for base in cls.__mro__:
        if base is object:
            return False
        try:
            d = base.__dict__
        except AttributeError:
            continue
        if name in d:
            return d[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in _convert if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, kind in _convert[root]:
        if opname not in roots:
            opfunc = _make_op(root, kind)
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
# cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    K.__name__ = 'functools.KeyWrapper'
    return K


################################################################################
# lru_cache
################################################################################

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo.__module__ = 'functools'

_kwd_mark = object()


def _make_key(args, kwds, typed):
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = list(args)
    if kwds:
        key.append(_kwd_mark)
        for k, v in kwds.items():
            key.append(k)
            key.append(v)
    if typed:
        for v in args:
            key.append(type(v))
        if kwds:
            for v in kwds.values():
                key.append(type(v))
    return tuple(key)


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, func)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in cache:
            # A recursive call filled it in the meantime.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCache(self, obj)

    def __repr__(self):
        return f'<functools._lru_cache_wrapper object at {hex(id(self))}>'

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _BoundCache:
    __slots__ = ('_w', '_obj')

    def __init__(self, w, obj):
        self._w = w
        self._obj = obj

    def __call__(self, /, *args, **kwds):
        allargs = [self._obj]
        allargs.extend(args)
        return self._w(*allargs, **kwds)

    def __getattr__(self, name):
        return getattr(self._w, name)


class _LruDecorator:
    __slots__ = ('maxsize', 'typed')

    def __init__(self, maxsize, typed):
        self.maxsize = maxsize
        self.typed = typed

    def __call__(self, user_function):
        return _lru_cache_wrapper(user_function, self.maxsize, self.typed)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return _LruDecorator(maxsize, typed)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _lru_cache_wrapper(user_function, None, False)


################################################################################
# cached_property
################################################################################

class cached_property:
    __module__ = 'functools'

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.func.__name__
        try:
            d = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {name!r} property.")
            raise TypeError(msg) from None
        val = d.get(name, _missing)
        if val is _missing:
            val = self.func(instance)
            d[name] = val
        return val


################################################################################
# singledispatch
################################################################################

class _SingleDispatch:
    def __init__(self, func):
        self.registry = {object: func}
        self._func = func
        self._cache = {}
        update_wrapper(self, func)

    def dispatch(self, cls):
        try:
            return self._cache[cls]
        except KeyError:
            pass
        impl = None
        for base in getattr(cls, '__mro__', (cls,)):
            if base is not object and base in self.registry:
                impl = self.registry[base]
                break
        if impl is None:
            for typ, f in self.registry.items():
                if typ is not object and issubclass(cls, typ):
                    impl = f
                    break
        if impl is None:
            impl = self.registry[object]
        self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return _Register(self, cls)
            raise TypeError(
                f"Invalid first argument to `register()`: {cls!r}. "
                "Use either `@register(some_class)` or plain `@register` "
                "on an annotated function.")
        self.registry[cls] = func
        self._cache.clear()
        return func

    def __call__(self, /, *args, **kw):
        if not args:
            raise TypeError(f'{getattr(self._func, "__name__", "singledispatch function")} '
                            'requires at least 1 positional argument')
        return self.dispatch(type(args[0]))(*args, **kw)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCache(self, obj)


class _Register:
    __slots__ = ('_sd', '_cls')

    def __init__(self, sd, cls):
        self._sd = sd
        self._cls = cls

    def __call__(self, func):
        return self._sd.register(self._cls, func)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    return _SingleDispatch(func)
