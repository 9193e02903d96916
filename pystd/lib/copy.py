"""Shallow and deep copy operations (nbcheck's copy)."""

import builtins as _builtins
import _nbcopy

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(_f), type(len), type(Ellipsis), type(_builtins),
           type(NotImplemented), frozenset if False else type(None))
_atomic_types = set([type(None), int, float, bool, complex, str, bytes, type,
                     range, type(_f), type(len), type(Ellipsis), type(_builtins),
                     property, slice])


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic_types:
        return True
    if isinstance(x, type):
        return True
    return False


def _user_method(cls, name):
    """The method name as a class (not object or a builtin type) defines it."""
    for base in getattr(cls, '__mro__', (cls,)):
        if base is object or getattr(base, '__module__', None) == 'builtins':
            continue
        try:
            d = base.__dict__
        except AttributeError:
            continue
        if name in d:
            return d[name]
    return None


def _builtin_base(cls):
    for base in getattr(cls, '__mro__', (cls,)):
        if base in (list, dict, set, frozenset, tuple, bytearray, str, bytes, int, float):
            return base
    return None


def _uncopyable(x):
    return TypeError(f"cannot pickle '{type(x).__name__}' object")


def _get_state(x):
    state = None
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if d:
        state = dict(d)
    slots = []
    for base in getattr(type(x), '__mro__', ()):
        try:
            s = base.__dict__.get('__slots__')
        except AttributeError:
            s = None
        if s is None:
            continue
        if isinstance(s, str):
            s = (s,)
        for name in s:
            if name in ('__dict__', '__weakref__'):
                continue
            slots.append(name)
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        if slotstate:
            return (state, slotstate)
    return state


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _user_method(type(y), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state and isinstance(y, BaseException):
        # An exception's __dict__ is a copy (pyobj/excreduce.go).
        for k, v in state.items():
            setattr(y, k, v)
    elif state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 deep=False):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reduce(x):
    """The reduce tuple of x from a user __reduce_ex__/__reduce__, or None."""
    cls = type(x)
    reductor = _user_method(cls, '__reduce_ex__')
    if reductor is not None or isinstance(x, BaseException):
        # Exceptions reduce as CPython's (class, args, __dict__).
        rv = x.__reduce_ex__(4)
    else:
        reductor = _user_method(cls, '__reduce__')
        if reductor is None:
            return None
        rv = x.__reduce__()
    if isinstance(rv, str):
        return x
    rv = tuple(rv)
    while len(rv) < 5:
        rv = tuple(list(rv) + [None])
    return rv


def _new_like(x):
    """A new, empty instance of x's class (no __init__), with its builtin
    base's items for list/dict/set subclasses filled by the caller."""
    cls = type(x)
    if _user_method(cls, '__getnewargs__') is not None:
        return cls.__new__(cls, *x.__getnewargs__())
    base = _builtin_base(cls)
    if base in (tuple, str, bytes, int, float, frozenset):
        return cls.__new__(cls, x)
    return cls.__new__(cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = _user_method(cls, '__copy__')
    if copier is not None:
        return x.__copy__()
    rv = _reduce(x)
    if rv is x:
        return x
    if rv is not None:
        return _reconstruct(x, None, *rv)
    if not hasattr(x, '__dict__') and _builtin_base(cls) is None and \
            not hasattr(cls, '__slots__'):
        if cls.__module__ == 'builtins':
            raise _uncopyable(x)
    y = _new_like(x)
    base = _builtin_base(cls)
    if base is list:
        y.extend(x)
    elif base is dict:
        for k in dict.keys(x) if False else list(x.keys()):
            y[k] = x[k]
    elif base is set:
        y.update(x)
    _set_state(y, _get_state(x))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list or cls is tuple or cls is dict:
        return _copy_builtin(x, memo)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied by one of its items' copies.
        try:
            return memo[d]
        except KeyError:
            pass
        same = True
        for k, j in zip(x, items):
            if id(k) != id(j):
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = _user_method(cls, '__deepcopy__')
        if copier is not None:
            y = x.__deepcopy__(memo)
        else:
            rv = _reduce(x)
            if rv is x:
                y = x
            elif rv is not None:
                y = _reconstruct(x, memo, *rv, deep=True)
            else:
                base = _builtin_base(cls)
                if base is None and cls.__module__ == 'builtins':
                    raise _uncopyable(x)
                if _user_method(cls, '__getnewargs__') is not None:
                    y = cls.__new__(cls, *deepcopy(x.__getnewargs__(), memo))
                    memo[d] = y
                elif base in (tuple, frozenset):
                    y = cls.__new__(cls, [deepcopy(a, memo) for a in x])
                    memo[d] = y
                else:
                    y = _new_like(x)
                    memo[d] = y
                    if base is list:
                        for a in x:
                            y.append(deepcopy(a, memo))
                    elif base is dict:
                        for k in list(x.keys()):
                            y[deepcopy(k, memo)] = deepcopy(x[k], memo)
                    elif base is set:
                        for a in x:
                            y.add(deepcopy(a, memo))
                state = _get_state(x)
                if state is not None:
                    _set_state(y, deepcopy(state, memo))
    # Keep x alive while the memo is (CPython's _keep_alive).
    if id(y) != id(x):
        memo[d] = y
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


# deepcopy of an exact list, tuple or dict, in Go (pystd/deepcopy.go): the
# same result, memo and sharing as the branches above.
_copy_builtin = _nbcopy.builtin_copier(tuple(_atomic_types), deepcopy)
