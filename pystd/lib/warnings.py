"""Warnings (nbcheck's warnings): warn, filters, catch_warnings.

gpython has no frames to inspect, so a warning's location is CPython's
own fallback for an unknown caller, sys:1 ("sys:1: UserWarning: msg"),
and the "default" action shows a warning once per message and category.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('default', 'error', 'ignore', 'always', 'all', 'module', 'once')

filters = []
defaultaction = 'default'
onceregistry = {}
_shown = {}


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters[:] = _default_filters()


def formatwarning(message, category, filename, lineno, line=None):
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    import re
    item = (action, re.compile(message, re.I) if message else None, category,
            re.compile(module) if module else None, lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    item = (action, None, category, None, lineno)
    _add_filter(item, append)


def _add_filter(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _shown.clear()


def resetwarnings():
    filters[:] = []
    _shown.clear()


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or (mod.match(module) if hasattr(mod, 'match') else mod == module))
                and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: print it to stderr, ignore it or raise it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    warn_explicit(message, category, 'sys', 1, module='sys', source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category)
    if action in ('default', 'module', 'once'):
        if key in _shown:
            return
        _shown[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if _recording:
        _recording[-1].append(msg)
        return
    _showwarnmsg(msg)


_recording = []


class catch_warnings:
    """Saves and restores the filters; with record=True, collects the
    warnings instead of printing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._category = category
        self._lineno = lineno
        self._append = append

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._shown = dict(_shown)
        _shown.clear()
        if self._action:
            simplefilter(self._action, self._category, self._lineno, self._append)
        if self._record:
            log = []
            _recording.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        _shown.clear()
        _shown.update(self._shown)
        if self._record:
            _recording.pop()
