"""Data classes (nbcheck's dataclasses).

@dataclass reads the class's __annotations__ (kept by the transpiler as
source text, evaluated here when possible) and adds __init__, __repr__,
__eq__, ordering, hashing and frozen-ness with CPython 3.11's behaviour
and messages. The generated methods are generic (no exec), so their
signatures read (self, *args, **kwargs).
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


FrozenInstanceError.__module__ = 'dataclasses'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        if isinstance(self.type, type):
            return 'dataclasses.InitVar[%s]' % self.type.__name__
        return 'dataclasses.InitVar[%r]' % (self.type,)


_FIELD = 'FIELD'
_FIELD_CLASSVAR = 'FIELD_CLASSVAR'
_FIELD_INITVAR = 'FIELD_INITVAR'


class Field:
    """A field of a dataclass, as fields() returns it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%s,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, 'mappingproxy(%r)' % (self.metadata,),
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _eval_type(ann):
    if not isinstance(ann, str):
        return ann
    try:
        import typing
        return typing._eval_annotation(ann)
    except Exception:
        return ann


def _is_classvar(ann):
    if isinstance(ann, str):
        a = ann.replace(' ', '')
        return (a == 'ClassVar' or a.startswith('ClassVar[') or a == 'typing.ClassVar'
                or a.startswith('typing.ClassVar['))
    r = repr(ann)
    return r == 'typing.ClassVar' or r.startswith('typing.ClassVar[')


def _is_initvar(ann):
    if isinstance(ann, InitVar) or ann is InitVar:
        return True
    if isinstance(ann, str):
        a = ann.replace(' ', '')
        return (a == 'InitVar' or a.startswith('InitVar[') or a.startswith('dataclasses.InitVar'))
    return False


def _is_kw_only_marker(ann):
    if isinstance(ann, str):
        return ann.replace(' ', '') in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return ann is KW_ONLY


_MUTABLE = (list, dict, set)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot=False):
    all_fields = {}
    # Fields of dataclass bases, in MRO order (most basic first).
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    anns = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_now = kw_only
    for name, ann in list(anns.items()):
        if _is_kw_only_marker(ann):
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = _eval_type(ann)
        if f.type is not ann:
            # CPython evaluates annotations: __annotations__ shows the types.
            anns[name] = f.type
        if _is_classvar(ann):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(ann):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._field_type is _FIELD and isinstance(f.default, _MUTABLE):
            raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
        own.append(f)
        all_fields[name] = f
        # The class attribute is the default, or nothing.
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in anns:
            raise TypeError('%r is a field but has no type annotation' % name)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    flds = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        # Fields with defaults must come after those without (positional ones).
        seen_default = False
        for f in all_fields.values():
            if f._field_type is _FIELD_CLASSVAR or not f.init or f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
        if '__init__' not in cls.__dict__:
            init_fn = _make_method(_dc_init)
            # inspect.signature reads the fields of the class the generic
            # __init__ was made for.
            init_fn.__nbc_dataclass__ = cls
            _set_method(cls, '__init__', init_fn)
    if repr:
        if '__repr__' not in cls.__dict__:
            _set_method(cls, '__repr__', _make_method(_dc_repr))
    if eq:
        if '__eq__' not in cls.__dict__:
            _set_method(cls, '__eq__', _make_method(_dc_eq))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering' % (name, cls.__name__))
            _set_method(cls, name, _make_order(op))
    if frozen:
        for b in cls.__mro__[1:]:
            p = b.__dict__.get('__dataclass_params__')
            if p is not None and not p.frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        _set_method(cls, '__setattr__', _make_method(_dc_frozen_setattr))
        _set_method(cls, '__delattr__', _make_method(_dc_frozen_delattr))
    else:
        for b in cls.__mro__[1:]:
            p = b.__dict__.get('__dataclass_params__')
            if p is not None and p.frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if has_own_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_method(_dc_hash)
    elif eq and frozen:
        if not has_own_hash:
            cls.__hash__ = _make_method(_dc_hash)
    elif eq:
        if not has_own_hash:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    if cls.__doc__ is None:
        try:
            cls.__doc__ = cls.__name__ + '(...)'
        except (AttributeError, TypeError):
            pass
    if slots:
        _add_slots(cls, flds, weakref_slot)
    return cls


def _add_slots(cls, flds, weakref_slot):
    # CPython makes a new class; nbcheck sets __slots__ on the class itself
    # (which weakref reads; instances still get a __dict__).
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get('__slots__', ())
        inherited.update((s,) if isinstance(s, str) else s)
    names = [f.name for f in flds] + (['__weakref__'] if weakref_slot else [])
    cls.__slots__ = tuple(n for n in names if n not in inherited)


def _set_method(cls, name, fn):
    try:
        fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
        fn.__name__ = name
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, fn)


# Generated methods. Each class gets its own function objects, made by
# factories whose functions use only globals (no closures: gpython v0.2.0
# misindexes free variables next to cell variables).

def _make_method(impl):
    if impl is _dc_init:
        def __init__(self, *args, **kwargs):
            _dc_init(self, args, kwargs)
        return __init__
    if impl is _dc_repr:
        def __repr__(self):
            return _dc_repr(self)
        __repr__.__nbc_dataclass_repr__ = True  # pprint lays such instances out
        return __repr__
    if impl is _dc_eq:
        def __eq__(self, other):
            return _dc_eq(self, other)
        return __eq__
    if impl is _dc_hash:
        def __hash__(self):
            return _dc_hash(self)
        return __hash__
    if impl is _dc_frozen_setattr:
        def __setattr__(self, name, value):
            _dc_frozen_setattr(self, name, value)
        return __setattr__
    if impl is _dc_frozen_delattr:
        def __delattr__(self, name):
            _dc_frozen_delattr(self, name)
        return __delattr__
    raise ValueError(impl)


def _make_order(op):
    if op == '<':
        def __lt__(self, other):
            return _dc_order(self, other, '<')
        return __lt__
    if op == '<=':
        def __le__(self, other):
            return _dc_order(self, other, '<=')
        return __le__
    if op == '>':
        def __gt__(self, other):
            return _dc_order(self, other, '>')
        return __gt__

    def __ge__(self, other):
        return _dc_order(self, other, '>=')
    return __ge__


def _init_fields(cls):
    return [f for f in cls.__dataclass_fields__.values()
            if f._field_type is not _FIELD_CLASSVAR and f.init]


def _dc_init(self, args, kwargs):
    cls = type(self)
    fs = _init_fields(cls)
    positional = [f for f in fs if not f.kw_only]
    qual = cls.__qualname__ + '.__init__()'
    if len(args) > len(positional):
        required = len([f for f in positional
                        if f.default is MISSING and f.default_factory is MISSING])
        if required == len(positional):
            raise TypeError('%s takes %d positional argument%s but %d were given'
                            % (qual, len(positional) + 1, '' if len(positional) == 0 else 's',
                               len(args) + 1))
        raise TypeError('%s takes from %d to %d positional arguments but %d were given'
                        % (qual, required + 1, len(positional) + 1, len(args) + 1))
    values = {}
    for f, a in zip(positional, args):
        values[f.name] = a
    names = [f.name for f in fs]
    for k in kwargs:
        if k not in names:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (qual, k))
        if k in values:
            raise TypeError("%s got multiple values for argument '%s'" % (qual, k))
        values[k] = kwargs[k]
    missing = []
    missing_kw = []
    for f in fs:
        if f.name in values:
            continue
        if f.default is not MISSING:
            values[f.name] = f.default
        elif f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        elif f.kw_only:
            missing_kw.append(f.name)
        else:
            missing.append(f.name)
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (qual, len(missing), '' if len(missing) == 1 else 's', _names(missing)))
    if missing_kw:
        raise TypeError('%s missing %d required keyword-only argument%s: %s'
                        % (qual, len(missing_kw), '' if len(missing_kw) == 1 else 's',
                           _names(missing_kw)))
    frozen = cls.__dataclass_params__.frozen
    initvars = []
    for f in cls.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f._field_type is _FIELD_INITVAR:
            initvars.append(values.get(f.name, f.default))
            continue
        if f.init:
            v = values[f.name]
        elif f.default is not MISSING:
            v = f.default
        elif f.default_factory is not MISSING:
            v = f.default_factory()
        else:
            continue
        if frozen:
            object.__setattr__(self, f.name, v)
        else:
            setattr(self, f.name, v)
    post = getattr(self, '__post_init__', None)
    if post is not None:
        post(*initvars)


def _names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


_repr_running = []


def _dc_repr(self):
    key = id(self)
    if key in _repr_running:
        return '...'
    _repr_running.append(key)
    try:
        parts = []
        for f in type(self).__dataclass_fields__.values():
            if f._field_type is _FIELD and f.repr:
                parts.append('%s=%r' % (f.name, getattr(self, f.name)))
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))
    finally:
        _repr_running.remove(key)


def _compare_values(self):
    return [getattr(self, f.name) for f in type(self).__dataclass_fields__.values()
            if f._field_type is _FIELD and f.compare]


def _dc_eq(self, other):
    if type(other) is not type(self):
        return NotImplemented
    a = _compare_values(self)
    b = _compare_values(other)
    for x, y in zip(a, b):
        if not (x is y or x == y):
            return False
    return True


def _dc_order(self, other, op):
    if type(other) is not type(self):
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (op, type(self).__name__, type(other).__name__))
    a = _compare_values(self)
    b = _compare_values(other)
    for x, y in zip(a, b):
        if x is y or x == y:
            continue
        if op == '<' or op == '<=':
            return x < y
        return x > y
    if op == '<=' or op == '>=':
        return len(a) == len(b) or (len(a) < len(b)) == (op == '<=')
    if op == '<':
        return len(a) < len(b)
    return len(a) > len(b)


def _dc_hash(self):
    values = []
    for f in type(self).__dataclass_fields__.values():
        if f._field_type is not _FIELD:
            continue
        if f.hash is None:
            if f.compare:
                values.append(getattr(self, f.name))
        elif f.hash:
            values.append(getattr(self, f.name))
    return hash(tuple(values))


def _dc_frozen_setattr(self, name, value):
    cls = type(self)
    if name in cls.__dataclass_fields__:
        raise FrozenInstanceError("cannot assign to field '%s'" % name)
    raise FrozenInstanceError("cannot assign to field '%s'" % name)


def _dc_frozen_delattr(self, name):
    cls = type(self)
    if name in cls.__dataclass_fields__:
        raise FrozenInstanceError("cannot delete field '%s'" % name)
    raise FrozenInstanceError("cannot delete field '%s'" % name)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(c):
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (a tuple of Field), without ClassVar and InitVar."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def _deepcopy(obj):
    if isinstance(obj, (int, float, str, bool, bytes, complex, type(None))):
        return obj
    try:
        import copy
        return copy.deepcopy(obj)
    except ImportError:
        return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """A new object of the same dataclass with some fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    changes = dict(changes)
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    cls = type(obj)
    if not cls.__dataclass_params__.init:
        return cls(**changes)
    new = object.__new__(cls)
    _dc_init(new, (), changes)
    return new


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, module=None):
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        anns[name] = tp
    ns['__annotations__'] = anns
    ns['__module__'] = module or '__main__'
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
