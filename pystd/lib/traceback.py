"""Tracebacks (nbcheck's traceback).

gpython keeps no traceback objects that Python code can read, so what
formats a traceback (print_exc, format_exc, print_exception, format_tb,
print_stack, ...) is unsupported: the cell is reported as such rather
than printing a traceback CPython would not print. format_exception_only
works.
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


def _unsupported(what):
    raise NotImplementedError('unsupported: traceback.%s: nbcheck has no traceback objects '
                              'to format' % what)


def _type_name(etype):
    mod = getattr(etype, '__module__', None)
    qual = getattr(etype, '__qualname__', None) or etype.__name__
    if mod not in (None, '__main__', 'builtins'):
        return mod + '.' + qual
    return qual


def format_exception_only(exc, /, value=None):
    """The last line of a traceback: 'ValueError: message\\n'."""
    if value is None:
        if isinstance(exc, BaseException):
            value = exc
            etype = type(exc)
        elif exc is None:
            return ['NoneType: None\n']
        else:
            etype = exc
    else:
        etype = exc
    name = _type_name(etype)
    if value is None:
        return [name + '\n']
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if not text:
        return [name + '\n']
    return ['%s: %s\n' % (name, text)]


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    _unsupported('format_exception')


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    _unsupported('print_exception')


def format_exc(limit=None, chain=True):
    _unsupported('format_exc')


def print_exc(limit=None, file=None, chain=True):
    _unsupported('print_exc')


def print_last(limit=None, file=None, chain=True):
    _unsupported('print_last')


def format_tb(tb, limit=None):
    _unsupported('format_tb')


def print_tb(tb, limit=None, file=None):
    _unsupported('print_tb')


def extract_tb(tb, limit=None):
    _unsupported('extract_tb')


def walk_tb(tb):
    _unsupported('walk_tb')


def format_stack(f=None, limit=None):
    _unsupported('format_stack')


def print_stack(f=None, limit=None, file=None):
    _unsupported('print_stack')


def extract_stack(f=None, limit=None):
    _unsupported('extract_stack')


def walk_stack(f):
    _unsupported('walk_stack')


def clear_frames(tb):
    pass


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)


def format_list(extracted_list):
    out = []
    for fs in extracted_list:
        if isinstance(fs, tuple):
            fs = FrameSummary(fs[0], fs[1], fs[2], line=fs[3] if len(fs) > 3 else None)
        row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
        if fs.line:
            row += '    {}\n'.format(fs.line.strip())
        out.append(row)
    return out


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        return klass(a_list)

    def format(self):
        return format_list(self)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, **kwargs):
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = StackSummary()

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, None, **kwargs)

    def format_exception_only(self):
        return iter(format_exception_only(self.exc_type, self._value))

    def format(self, chain=True):
        _unsupported('TracebackException.format')

    def print(self, file=None, chain=True):
        _unsupported('TracebackException.print')
