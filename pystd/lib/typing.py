"""Type hints (nbcheck's typing).

Annotations are not enforced; these objects exist so that annotations
evaluate, subscripting works (List[int], Optional[str]) and reprs read
as CPython's (typing.List[int]).
"""

TYPE_CHECKING = False

_NoneType = type(None)
GenericAlias = type(list[int])  # types.GenericAlias (PEP 585): list[int]
from _nbpystd import UnionType as _UnionType  # types.UnionType (PEP 604): int | str


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, _Final) or isinstance(obj, TypeVar):
        return repr(obj)
    if isinstance(obj, str):
        return "ForwardRef(%r)" % obj
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _convert(arg):
    if arg is None:
        return _NoneType
    return arg


class _Final:
    """Base of typing's special objects."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, Union, Optional, ClassVar, Final, Literal, ..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], ..."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(_convert(a) if a is not ... else a for a in args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Substituting type variables: List[T][int].
        if not isinstance(params, tuple):
            params = (params,)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        subst = dict(zip(tvars, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if self._name:
            return _special_mro_entries(self, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = _index_of(bases, self)
            for b in bases[i + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) and b is not self:
                    return ()
        return (origin,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _index_of(seq, item):
    for i, x in enumerate(seq):
        if x is item:
            return i
    return -1


def _special_mro_entries(alias, bases):
    # List[int] as a base brings list and Generic, unless a later base
    # is generic already.
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = _index_of(bases, alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        res.append(Generic)
    return tuple(res)


class _UnionAlias(_GenericAlias):
    def __instancecheck__(self, obj):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__args__)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(_Final):
    """An unsubscripted generic: List, Dict, Callable, ..."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               repr(self), len(params), self._nparams))
        if self._name == 'Tuple' and params == ((),):
            params = ()
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return _special_mro_entries(self, bases)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash(self._name)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        return _CallableGenericAlias(self.__origin__, (args, result), 'Callable')


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            return 'typing.Callable[..., %s]' % _type_repr(result)
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args), _type_repr(result))

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        a, r = args
        if isinstance(a, list):
            a = tuple(_convert(x) for x in a)
        self.__args__ = (a, _convert(r))
        self._name = name
        self._inst = True

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


def _union_getitem(self, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _convert(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


def _optional_getitem(self, param):
    return Union[param, None]


def _simple_getitem(self, param):
    return _GenericAlias(self, param, self._name)


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(self, params, 'Literal')


class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = False

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__args__ = (origin,)
        self.__metadata__ = metadata
        self._name = None
        self._inst = True

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem)
Final = _SpecialForm('Final', _simple_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem)
Required = _SpecialForm('Required', _simple_getitem)
NotRequired = _SpecialForm('NotRequired', _simple_getitem)
Concatenate = _SpecialForm('Concatenate', _simple_getitem)
Unpack = _SpecialForm('Unpack', _simple_getitem)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = self
        self.kwargs = self

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if Protocol in cls.__bases__:
            cls._is_protocol = True
        elif '_is_protocol' not in cls.__dict__:
            cls._is_protocol = False


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def _origin(name):
    import collections.abc as abc
    return getattr(abc, name)


class _LazyAbc:
    """Placeholder origin for an ABC that collections.abc may not have."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__


def _abc(name):
    try:
        import collections.abc as abc
        return getattr(abc, name)
    except Exception:
        return _LazyAbc(name)


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Text = str
Callable = _CallableAlias(_abc('Callable'), 2, 'Callable')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
AsyncContextManager = _SpecialGenericAlias(_LazyAbc('AbstractAsyncContextManager'), 1, 'AsyncContextManager')
ContextManager = _SpecialGenericAlias(_LazyAbc('AbstractContextManager'), 1, 'ContextManager')


def _collections(name):
    try:
        import collections
        return getattr(collections, name)
    except Exception:
        return _LazyAbc(name)


DefaultDict = _SpecialGenericAlias(_collections('defaultdict'), 2, 'DefaultDict', inst=False)
OrderedDict = _SpecialGenericAlias(_collections('OrderedDict'), 2, 'OrderedDict', inst=False)
Counter = _SpecialGenericAlias(_collections('Counter'), 1, 'Counter', inst=False)
ChainMap = _SpecialGenericAlias(_collections('ChainMap'), 2, 'ChainMap', inst=False)
Deque = _SpecialGenericAlias(_collections('deque'), 1, 'Deque', inst=False)


def _re_type(name):
    try:
        import re
        return getattr(re, name)
    except Exception:
        return _LazyAbc(name)


Pattern = _SpecialGenericAlias(_re_type('Pattern'), 1, 'Pattern')
Match = _SpecialGenericAlias(_re_type('Match'), 1, 'Match')


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


def cast(typ, val):
    """Return val unchanged (the type is for the checker)."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write('Runtime type is %r\n' % type(obj).__name__)
    return obj


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %s' % repr(arg)[:100])


def overload(func):
    """Decorator for overloaded signatures; calling the stub raises."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @typing.overload-decorated.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda f: f


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args, result = tp.__args__
        if args is ...:
            return (..., result)
        return (list(args), result)
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        res = tp.__args__
        # collections.abc.Callable[[int], str]: args (int, str) read back
        # as ([int], str).
        if type(tp).__name__ == '_CallableGenericAlias' and not (
                len(res) == 2 and (res[0] is ... or type(res[0]).__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_annotation(value, globalns=None):
    """An annotation kept as source text, evaluated when it can be."""
    if not isinstance(value, str):
        return value
    try:
        if globalns:
            return eval(value, globalns)
        # typing's own namespace: builtins and typing's names.
        return eval(value)
    except Exception:
        return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for k, v in ann.items():
                hints[k] = _eval_annotation(v, globalns)
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    for k, v in ann.items():
        hints[k] = _eval_annotation(v, globalns)
    return hints


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


# NamedTuple

def _nt_new(cls, *args, **kwargs):
    fields = cls._fields
    name = cls.__name__
    nfields = len(fields)
    defaults = cls._field_defaults
    kwargs = dict(kwargs)
    if len(args) > nfields:
        if defaults:
            raise TypeError('%s.__new__() takes from %d to %d positional arguments but %d were given'
                            % (name, nfields - len(defaults) + 1, nfields + 1, len(args) + 1))
        raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                        % (name, nfields + 1, len(args) + 1))
    values = list(args)
    missing = []
    for f in fields[len(args):]:
        if f in kwargs:
            values.append(kwargs.pop(f))
        elif f in defaults:
            values.append(defaults[f])
        else:
            missing.append(f)
            values.append(None)
    for k in kwargs:
        if k in fields:
            raise TypeError("%s.__new__() got multiple values for argument '%s'" % (name, k))
        raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (name, k))
    if missing:
        if len(missing) == 1:
            raise TypeError("%s.__new__() missing 1 required positional argument: '%s'"
                            % (name, missing[0]))
        quoted = []
        for m in missing[:-1]:
            quoted.append("'%s'" % m)
        names = ', '.join(quoted) + " and '%s'" % missing[-1]
        raise TypeError('%s.__new__() missing %d required positional arguments: %s'
                        % (name, len(missing), names))
    return tuple.__new__(cls, values)


def _nt_repr(self):
    parts = []
    for f, v in zip(self._fields, self):
        parts.append('%s=%r' % (f, v))
    return '%s(%s)' % (type(self).__name__, ', '.join(parts))


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_replace(self, **kwargs):
    kwargs = dict(kwargs)
    values = []
    for f, v in zip(self._fields, self):
        values.append(kwargs.pop(f, v))
    if kwargs:
        raise ValueError('Got unexpected field names: %r' % list(kwargs))
    return type(self)(*values)


def _nt_make(cls, iterable):
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
    return tuple.__new__(cls, values)


def _nt_getnewargs(self):
    return tuple(self)


def _make_namedtuple(name, fields, types, defaults, module):
    # No closures here: gpython v0.2.0 misindexes the free variables of a
    # function that also has cell variables.
    fields = tuple(fields)
    nfields = len(fields)
    ndefaults = len(defaults)
    for f in fields:
        if f.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % f)
    ns = {
        '__new__': _nt_new,
        '__repr__': _nt_repr,
        '_asdict': _nt_asdict,
        '_replace': _nt_replace,
        '_make': classmethod(_nt_make),
        '__getnewargs__': _nt_getnewargs,
        '_fields': fields,
        '_field_defaults': dict(zip(fields[nfields - ndefaults:], defaults)),
        '__annotations__': dict(zip(fields, types)),
        '__slots__': (),
        '__module__': module,
        '__match_args__': fields,
    }
    for i, f in enumerate(fields):
        ns[f] = property(_itemgetter(i), doc='Alias for field number %d' % i)
    return type(name, (tuple,), ns)


def _itemgetter(i):
    return lambda self: self[i]


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        ann = ns.get('__annotations__', {})
        fields = list(ann)
        types = [_eval_annotation(ann[f]) for f in fields]
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (f, 's' if len(defaults) > 1 else '',
                                   ', '.join(fields[fields.index(f) - len(defaults):fields.index(f)])))
        cls = _make_namedtuple(name, fields, types, defaults, ns.get('__module__', '__main__'))
        for k, v in ns.items():
            if k in ('__module__', '__qualname__', '__annotations__', '_root') or k in fields:
                continue
            setattr(cls, k, v)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls is NamedTuple:
            if len(args) == 2:
                typename, fields = args
            else:
                typename = args[0]
                fields = list(kwargs.items())
            names = [f for f, t in fields]
            types = [t for f, t in fields]
            return _make_namedtuple(typename, names, types, [], '__main__')
        return super().__call__(*args, **kwargs)


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int."""
    _root = True


# TypedDict

class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True, **kwargs):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        own = {k: _eval_annotation(v) for k, v in ns.get('__annotations__', {}).items()}
        ann = {}
        required = set()
        optional = set()
        for b in bases:
            ann.update(getattr(b, '__annotations__', {}))
            required |= getattr(b, '__required_keys__', set())
            optional |= getattr(b, '__optional_keys__', set())
        ann.update(own)
        for k in own:
            if total:
                required.add(k)
            else:
                optional.add(k)
        ns = dict(ns)
        ns['__annotations__'] = ann
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return super().__new__(mcls, name, (_TypedDictBase,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            total = kwargs.pop('total', True) if len(args) > 1 else True
            ns = {'__annotations__': dict(fields), '__module__': '__main__'}
            return _TypedDictMeta(typename, (), ns, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class _TypedDictBase(dict):
    pass


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with typed keys: class Movie(TypedDict): name: str."""
    _root = True
