"""Enumerations (nbcheck's enum): Enum, IntEnum, StrEnum, Flag, IntFlag,
auto, unique, with CPython 3.11's reprs and messages.

The metaclass finds the members in the class namespace after the class
body ran (gpython has no __prepare__), in definition order.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'global_enum', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

_builtin_property = property


class auto:
    """A value to be replaced by the next value of the enumeration."""
    _counter = 0

    def __init__(self, value=None):
        self._given = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self._given if self._given is not None else '<auto>')


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


_function = type(lambda: None)


def _is_descriptor(obj):
    if isinstance(obj, (_function, _builtin_property, classmethod, staticmethod)):
        return True
    return (hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__')
            or hasattr(type(obj), '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pattern) and not name.endswith('__')


class EnumType(type):
    """Metaclass of Enum."""

    def __new__(mcls, cls_name, bases, ns, boundary=None, _simple=False, **kwds):
        if ns.get('_nbc_root'):
            return super().__new__(mcls, cls_name, bases, ns)
        # The enum base (last Enum subclass in bases) and the mixed-in data type.
        member_type, first_enum = _get_mixins(cls_name, bases)
        ignore = ns.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        names = []
        values = {}
        for key in list(ns):
            if key in ignore:
                continue
            value = ns[key]
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key)
                  or _is_descriptor(value)):
                continue
            names.append(key)
            values[key] = value
        body = {}
        for k, v in ns.items():
            if k not in values and k not in ignore and k != '_ignore_':
                body[k] = v
        cls = super().__new__(mcls, cls_name, bases, body, **kwds)
        setattr(cls, '_member_names_', [])
        setattr(cls, '_member_map_', {})
        setattr(cls, '_value2member_map_', {})
        setattr(cls, '_unhashable_values_', [])
        setattr(cls, '_member_type_', member_type)
        new_member = body.get('__new__')
        if new_member is None:
            new_member = getattr(first_enum, '_new_member_', None)
        setattr(cls, '_new_member_', new_member)
        last_values = []
        gen = cls._generate_next_value_
        for name in names:
            value = values[name]
            if isinstance(value, auto):
                if value._given is not None:
                    value = value._given
                else:
                    value = gen(name, 1, len(last_values), last_values[:])
            cls._add_member_(name, value)
            last_values.append(cls._member_map_[name]._value_)
        if Flag is not None and issubclass(cls, Flag):
            bits = 0
            for m in cls._member_map_.values():
                bits |= m._value_
            setattr(cls, '_flag_mask_', bits)
        return cls

    def _add_member_(cls, name, value):
        _add_member(cls, name, value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            for i, n in enumerate(names):
                v = cls._generate_next_value_(n, start, i, last[:])
                last.append(v)
                ns[n] = v
        else:
            if hasattr(names, 'items'):
                names = names.items()
            for n, v in names:
                ns[n] = v
        return _metaclass_of(cls)(class_name, bases, ns)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, 'EnumType'))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls, name))
        super().__delattr__(name)


EnumMeta = EnumType


def _add_member(cls, name, value):
    # An alias: the same value as an existing member.
    for m in cls._member_map_.values():
        if m._value_ == value and not (isinstance(value, tuple) and cls._new_member_):
            setattr(cls, name, m)
            cls._member_map_[name] = m
            return
    args = value if isinstance(value, tuple) else (value,)
    mt = cls._member_type_
    if cls._new_member_ is not None:
        new = cls._new_member_
        if isinstance(new, staticmethod):
            new = new.__func__
        obj = new(cls, *args)
        if not hasattr(obj, '_value_'):
            obj._value_ = value if mt is object else mt(*args)
    elif mt is object:
        obj = object.__new__(cls)
        obj._value_ = value
    else:
        obj = mt.__new__(cls, *args)
        obj._value_ = mt(*args)
    obj._name_ = name
    obj.__objclass__ = cls
    init = None
    for base in cls.__mro__:
        if base in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag) or not isinstance(base, EnumType):
            break
        if '__init__' in base.__dict__:
            init = base.__dict__['__init__']
            break
    if init is not None:
        init(obj, *args)
    value = obj._value_
    setattr(cls, name, obj)
    cls._member_map_[name] = obj
    cls._member_names_.append(name)
    try:
        cls._value2member_map_[value] = obj
    except TypeError:
        cls._unhashable_values_.append(value)


def _get_mixins(cls_name, bases):
    if not bases:
        return object, Enum
    first_enum = None
    member_type = object
    for base in bases:
        if isinstance(base, EnumType):
            if base._member_names_ if '_member_names_' in base.__dict__ else False:
                raise TypeError('<enum %r> cannot extend %r' % (cls_name, base))
            if first_enum is None:
                first_enum = base
            mt = base.__dict__.get('_member_type_') or _mro_data_type(base)
            if mt is not object and member_type is object:
                member_type = mt
        else:
            if member_type is object:
                member_type = _data_type(base)
    if first_enum is None:
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return member_type, first_enum



def _metaclass_of(cls):
    return type(cls)


def _data_type(base):
    for c in base.__mro__:
        if c is object:
            continue
        if '__new__' in c.__dict__ or c in (int, str, float, bytes, tuple):
            return c
    return object


def _mro_data_type(enum_cls):
    for c in enum_cls.__mro__:
        if c in (int, str, float, bytes, tuple):
            return c
    return object


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""
    _nbc_root = True
    _new_member_ = None
    _member_type_ = object
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    # With a mixed-in data type (class Mood(str, Enum)), the data type's
    # methods come first in the MRO.
    def __hash__(self):
        mt = type(self)._member_type_
        if mt is not object:
            return mt.__hash__(self)
        return hash(self._name_)

    def __eq__(self, other):
        mt = type(self)._member_type_
        if mt is not object:
            return mt.__eq__(self, other)
        return self is other

    def __ne__(self, other):
        mt = type(self)._member_type_
        if mt is not object:
            return mt.__ne__(self, other)
        return self is not other

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @_builtin_property
    def name(self):
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @_builtin_property
    def value(self):
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")


class ReprEnum(Enum):
    """Only changes the repr: str() and format() are the data type's."""
    _nbc_root = True


class IntEnum(int, ReprEnum):
    """Enum where members are also ints."""
    _nbc_root = True
    _member_type_ = int

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __lt__(self, other):
        return int(self) < other

    def __le__(self, other):
        return int(self) <= other

    def __gt__(self, other):
        return int(self) > other

    def __ge__(self, other):
        return int(self) >= other

    def __hash__(self):
        return hash(int(self))


class StrEnum(str, ReprEnum):
    """Enum where members are also strs."""
    _nbc_root = True
    _member_type_ = str

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(str.__str__(self), spec)

    def __eq__(self, other):
        return str(self) == other

    def __ne__(self, other):
        return str(self) != other

    def __hash__(self):
        return hash(str.__str__(self))


Flag = None


class FlagBoundary:
    pass


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


def _high_bit(n):
    return n.bit_length() - 1


class Flag(Enum):
    """Support for flags: members combine with |, &, ^, ~."""
    _nbc_root = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > high:
                high = v
        return 2 ** (_high_bit(high) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if mask else value
        pseudo = cls._value2member_map_.get(value)
        if pseudo is not None:
            return pseudo
        mt = cls._member_type_
        if mt is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = mt.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        if value and (value & ~mask) == 0 and names:
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _decompose(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and value & v == v:
                out.append(m)
        return out

    def __iter__(self):
        return iter(type(self)._decompose(self._value_))

    def __len__(self):
        return len(type(self)._decompose(self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = type(self)
        if self._name_ is None:
            return '<%s: %r>' % (cls.__name__, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)

    def __str__(self):
        cls = type(self)
        if self._name_ is None:
            return '%s(%r)' % (cls.__name__, self._value_)
        return '%s.%s' % (cls.__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (type(self)._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (type(self)._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (type(self)._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag where members are also ints."""
    _nbc_root = True
    _member_type_ = int

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __hash__(self):
        return hash(int(self))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return Flag._missing_.__func__(cls, value)

    def __invert__(self):
        cls = type(self)
        return cls(~int(self))


def unique(enumeration):
    """Class decorator: no two names for the same value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    pass


CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
UNIQUE = 'one name per value'


def verify(*checks):
    return lambda cls: cls


def global_enum(cls):
    return cls


property = _builtin_property
