"""Inspect live objects (nbcheck's inspect): the predicates (isfunction,
isclass, iscoroutinefunction, ...), getmembers, getdoc/cleandoc,
getgeneratorstate, and signature with Signature, Parameter and
BoundArguments as CPython 3.11 prints them.

What differs: nbcheck's transpiler does not keep the annotations of
functions, so signatures show none; positional-only markers ('/') of
user functions are lost the same way; builtins have no signature
(ValueError). getsource, getsourcelines, getfile, stack and currentframe
need source files or frames nbcheck does not keep: they raise
NotImplementedError('unsupported: ...'), which reports the cell as
unsupported."""

import _nbinspect
from _nbunsupported import function as _unsupported
import types as _types
from collections import OrderedDict as _OrderedDict
from enum import IntEnum as _IntEnum

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'getmembers',
           'getdoc', 'cleandoc', 'getgeneratorstate', 'isfunction', 'ismethod', 'isclass',
           'ismodule', 'iscoroutinefunction', 'iscoroutine', 'isgenerator',
           'isgeneratorfunction', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
           'isroutine', 'isabstract', 'isdatadescriptor', 'ismethoddescriptor',
           'getmro', 'unwrap', 'getfullargspec', 'FullArgSpec', 'getsource',
           'getsourcelines', 'getfile', 'stack', 'currentframe', 'getattr_static',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'ismethodwrapper']

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _asyncio():
    import asyncio
    return asyncio


def _is_async_def(obj):
    # async def functions are asyncshim's CoroFunc objects (they print as
    # 'function'); they hold the plain function as __wrapped__.
    t = type(obj)
    return t.__name__ == 'function' and t is not _types.FunctionType


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType) or _is_async_def(obj)


def isgeneratorfunction(obj):
    obj = _unbound(obj)
    if isinstance(obj, _types.FunctionType):
        return bool(_nbinspect.code(obj)[3] & CO_GENERATOR)
    return False


def iscoroutinefunction(obj):
    obj = _unbound(obj)
    if _is_async_def(obj):
        return _asyncio().iscoroutinefunction(obj)
    return False


def isasyncgenfunction(obj):
    obj = _unbound(obj)
    return _is_async_def(obj) and not _asyncio().iscoroutinefunction(obj)


def isgenerator(obj):
    return _nbinspect.isgenerator(obj)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' and _asyncio().iscoroutine(obj)


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator'


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def ismethodwrapper(obj):
    return False


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def _unbound(obj):
    # Methods and functools.partial objects are looked through, as
    # CPython's predicates on functions do.
    partial = _functools_partial()
    while True:
        if ismethod(obj):
            obj = obj.__func__
        elif partial is not None and isinstance(obj, partial):
            obj = obj.func
        else:
            return obj


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    for d in ([obj.__dict__] if hasattr(obj, '__dict__') and not isinstance(obj, type) else []) + \
            [c.__dict__ for c in getattr(obj if isinstance(obj, type) else type(obj), '__mro__', ())]:
        if attr in d:
            return d[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """Get the documentation string for an object, cleaned up."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isinstance(object, type):
        for base in object.__mro__[1:]:
            if base is object:
                continue
            d = base.__dict__.get('__doc__')
            if isinstance(d, str):
                doc = d
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getgeneratorstate(generator):
    """Get the current state of a generator-iterator: GEN_CREATED,
    GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    state = _nbinspect.genstate(generator)
    if state is None:
        raise AttributeError("'%s' object has no attribute 'gi_running'" % type(generator).__name__)
    return state


_NO_SOURCE = 'nbcheck keeps no source files or frames'
getsource = _unsupported('inspect.getsource', _NO_SOURCE)
getsourcelines = _unsupported('inspect.getsourcelines', _NO_SOURCE)
getfile = _unsupported('inspect.getfile', _NO_SOURCE)
getsourcefile = _unsupported('inspect.getsourcefile', _NO_SOURCE)
stack = _unsupported('inspect.stack', _NO_SOURCE)
currentframe = _unsupported('inspect.currentframe', _NO_SOURCE)
getframeinfo = _unsupported('inspect.getframeinfo', _NO_SOURCE)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(_IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """A parameter of a function signature."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = '{} parameters cannot have default values'
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: the mapping of arguments to parameters."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A function's call signature: its parameters and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} parameter'
                               .format(top_kind.description, kind.description))
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                while True:
                    try:
                        param = next(parameters)
                    except StopIteration:
                        break
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ('{arg!r} parameter is positional only, '
                                   'but was passed as a keyword').format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        msg = 'missing a required argument: {arg!r}'.format(arg=param.name)
                        raise TypeError(msg) from None
                break
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        rest = list(parameters_ex) + list(parameters)
        for param in rest:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                    .format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map positional and keyword arguments to parameters."""
        return self._bind(args, dict(kwargs))

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return self._bind(args, dict(kwargs), partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


class _Factory:
    def __repr__(self):
        return '<factory>'


_FACTORY = _Factory()


def _dataclass_init_signature(cls):
    # The generic __init__ dataclasses makes: its parameters are the
    # fields, positional ones first, then keyword-only ones.
    import dataclasses
    params = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    kw = []
    for f in cls.__dataclass_fields__.values():
        if f._field_type == 'FIELD_CLASSVAR' or not f.init:
            continue
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = _FACTORY
        else:
            default = _empty
        kind = _KEYWORD_ONLY if f.kw_only else _POSITIONAL_OR_KEYWORD
        p = Parameter(f.name, kind, default=default, annotation=f.type)
        (kw if f.kw_only else params).append(p)
    return Signature(params + kw, return_annotation=None, __validate_parameters__=False)


def _function_signature(func):
    dc = getattr(func, '__nbc_dataclass__', None)
    if dc is not None:
        return _dataclass_init_signature(dc)
    argcount, kwonlycount, varnames, flags, name, filename, line = _nbinspect.code(func)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = argcount - len(defaults)
    for i in range(argcount):
        n = varnames[i]
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(n, _POSITIONAL_OR_KEYWORD, default=default,
                                annotation=annotations.get(n, _empty)))
    pos = argcount + kwonlycount
    if flags & CO_VARARGS:
        n = varnames[pos]
        params.append(Parameter(n, _VAR_POSITIONAL, annotation=annotations.get(n, _empty)))
        pos += 1
    for i in range(argcount, argcount + kwonlycount):
        n = varnames[i]
        params.append(Parameter(n, _KEYWORD_ONLY, default=kwdefaults.get(n, _empty),
                                annotation=annotations.get(n, _empty)))
    if flags & CO_VARKEYWORDS:
        n = varnames[pos]
        params.append(Parameter(n, _VAR_KEYWORD, annotation=annotations.get(n, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, _types.FunctionType):
        return _function_signature(obj)
    if _is_async_def(obj):
        return _signature(obj.__wrapped__, False)
    partial = _functools_partial()
    if partial is not None and isinstance(obj, partial):
        return _partial_signature(_signature(obj.func, follow_wrapped), obj.args, obj.keywords)
    if isinstance(obj, type):
        for meth in ('__call__',):
            m = getattr(type(obj), meth, None)
            if m is not None and isinstance(m, _types.FunctionType) and type(obj) is not type:
                return _drop_first(_signature(m))
        for base in obj.__mro__:
            if '__new__' in base.__dict__ and isinstance(base.__dict__['__new__'], _types.FunctionType):
                return _drop_first(_signature(base.__dict__['__new__']))
            if '__init__' in base.__dict__ and isinstance(base.__dict__['__init__'], _types.FunctionType):
                return _drop_first(_signature(base.__dict__['__init__']))
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _types.FunctionType):
        return _drop_first(_signature(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _functools_partial():
    try:
        import functools
        return functools.partial
    except ImportError:
        return None


def _partial_signature(sig, args, keywords):
    params = list(sig.parameters.values())
    bound = sig.bind_partial(*args, **(keywords or {}))
    out = []
    kw_only = False
    for p in params:
        if p.name in bound.arguments and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and p.name not in (keywords or {}):
            continue
        if p.kind == _VAR_POSITIONAL and p.name in bound.arguments:
            out.append(p)
            continue
        if p.name in (keywords or {}):
            out.append(p.replace(default=keywords[p.name], kind=_KEYWORD_ONLY))
            kw_only = True
            continue
        if kw_only and p.kind == _POSITIONAL_OR_KEYWORD:
            p = p.replace(kind=_KEYWORD_ONLY)
        out.append(p)
    return sig.replace(parameters=out)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature(obj, follow_wrapped)


class FullArgSpec(tuple):
    __slots__ = ()
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations))

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    try:
        sig = _signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    varargs = varkw = None
    defaults = ()
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)
