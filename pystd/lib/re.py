"""Regular expressions (nbcheck's re, over Go's regexp).

Patterns are translated to RE2 syntax by the Go module _nbre; what RE2
cannot do (backreferences, lookaround, atomic groups, possessive
repeats) raises NotImplementedError('unsupported: re: ...'), which makes
the cell unsupported rather than wrong.
"""

import _nbre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split',
           'findall', 'finditer', 'compile', 'purge', 'escape',
           'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXSIZE = 9223372036854775807

_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4),
               ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
               ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]


def _flag_text(value):
    if value == 0:
        return 're.NOFLAG'
    parts = []
    rest = value
    for name, bit in _FLAG_NAMES:
        if name == 'TEMPLATE' or name == 'DEBUG':
            continue
        if value & bit:
            parts.append('re.' + name)
            rest &= ~bit
    for name, bit in _FLAG_NAMES:
        if (name == 'TEMPLATE' or name == 'DEBUG') and rest & bit:
            parts.append('re.' + name)
            rest &= ~bit
    if rest:
        parts.append(hex(rest))
    return '|'.join(parts)


class RegexFlag(int):
    """A re flag: an int with CPython's repr (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        return _flag_text(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        return _flag_text(int(self)).replace('re.', '')

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error


def _check_subject(pattern, string):
    if isinstance(pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    else:
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        if isinstance(string, bytearray):
            return bytes(string)
        if not isinstance(string, bytes):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    return string


class callable_iterator:
    """The iterator finditer returns (CPython's type name)."""

    def __init__(self, items):
        self._items = items
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._items):
            raise StopIteration
        self._i += 1
        return self._items[self._i - 1]


class Pattern:
    """A compiled regular expression."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, pattern, flags, handle, groups, names, parents):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._handle = handle
        self._names = names
        self._parents = parents
        gi = {}
        for i in range(1, len(names)):
            if names[i]:
                gi[names[i]] = i
        self._groupindex = gi

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (r, _flag_text(flags))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _exec(self, string, pos, endpos, mode):
        s = _check_subject(self.pattern, string)
        r = _nbre.exec(self._handle, s, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r[0], r[1])

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        s = _check_subject(self.pattern, string)
        return [Match(self, string, pos, endpos, m[0], m[1])
                for m in _nbre.scan(self._handle, s, pos, endpos, limit)[0]]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return callable_iterator(self._scan(string, pos, endpos))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s = _check_subject(self.pattern, string)
        # The group texts come from Go: slicing a long str in gpython costs
        # its whole length.
        matches = _nbre.scan(self._handle, s, pos, endpos, 0)[0]
        n = self.groups
        out = []
        empty = string[0:0]
        for m in matches:
            g = m[1]
            if n == 0:
                out.append(g[0])
            elif n == 1:
                out.append(empty if g[1] is None else g[1])
            else:
                out.append(tuple(empty if x is None else x for x in g[1:]))
        return out

    def split(self, string, maxsplit=0):
        s = _check_subject(self.pattern, string)
        out = []
        if maxsplit < 0:
            return [string]
        matches, tail = _nbre.scan(self._handle, s, 0, _MAXSIZE, maxsplit)
        for m in matches:
            out.append(m[2])
            out.extend(m[1][1:])
        out.append(tail)
        return out

    def subn(self, repl, string, count=0):
        s = _check_subject(self.pattern, string)
        if callable(repl):
            fn = repl
        else:
            _check_subject(self.pattern, repl)
            template = _parse_template(repl, self)
            if len(template) == 1 and not isinstance(template[0], int):
                lit = template[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand(template, m)
        if count < 0:
            return string, 0
        parts = []
        n = 0
        matches, tail = _nbre.scan(self._handle, s, 0, _MAXSIZE, count)
        for m in matches:
            parts.append(m[2])
            r = fn(Match(self, string, 0, _MAXSIZE, m[0], m[1]))
            if r is None:
                r = string[0:0]
            elif not isinstance(r, type(string)):
                if isinstance(string, str):
                    raise TypeError('expected str instance, %s found' % type(r).__name__)
                raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
            parts.append(r)
            n += 1
        parts.append(tail)
        return string[0:0].join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('unsupported: re: Pattern.scanner')


Pattern.__module__ = 're'

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}


def _parse_template(repl, pattern):
    """A replacement template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        text = repl.decode('latin-1')
    else:
        text = repl
    items = []
    lit = []
    i = 0
    n = len(text)

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            j = text.find('>', i + 1)
            if j < 0:
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:j]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx > pattern.groups:
                    raise err('invalid group reference %d' % idx, i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                idx = pattern._groupindex[name]
            else:
                raise err("bad character in group name '%s'" % name, i + 1)
            i = j + 1
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(idx)
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and text[i] in '01234567':
                v = v * 8 + int(text[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in '123456789':
            if (i + 1 < n and c in '01234567' and text[i] in '01234567'
                    and text[i + 1] in '01234567'):
                v = int(text[i - 1:i + 2], 8)
                if v > 0o377:
                    raise err('octal escape value \\%s outside of range 0-0o377' % text[i - 1:i + 2], start)
                lit.append(chr(v))
                i += 2
                continue
            num = c
            if i < n and text[i].isdigit() and text[i].isascii():
                num += text[i]
                i += 1
            idx = int(num)
            if idx > pattern.groups:
                raise err('invalid group reference %d' % idx, start + 1)
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(idx)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise err('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
    if lit or not items:
        items.append(''.join(lit))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    return items


def _expand(template, m):
    empty = '' if isinstance(m.string, str) else b''
    parts = []
    for x in template:
        if isinstance(x, int):
            g = m.group(x)
            parts.append(empty if g is None else g)
        else:
            parts.append(x)
    return empty.join(parts)


class Match:
    """The result of a successful match."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, pattern, string, pos, endpos, spans, groups):
        self.re = pattern
        self._groups = groups
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self._spans = spans

    # pos and endpos are clamped when read: len() of a str costs its
    # length in gpython, too much for every match of a long text.
    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g).__name__ == 'RegexFlag':
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            idx = self.re._groupindex.get(g)
            if idx is not None:
                return idx
        elif hasattr(g, '__index__'):
            g = g.__index__()
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _get(self, i, default=None):
        g = self._groups[i]
        if g is None:
            return default
        return g

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    @property
    def lastindex(self):
        best = None
        parents = self.re._parents
        for i in range(1, self.re.groups + 1):
            if self._spans[2 * i] < 0:
                continue
            if best is None:
                best = i
                continue
            eb = self._spans[2 * best + 1]
            ei = self._spans[2 * i + 1]
            if ei > eb:
                best = i
            elif ei == eb:
                # i opened after best: it closes later unless it is inside best.
                p = parents[i]
                inside = False
                while p:
                    if p == best:
                        inside = True
                        break
                    p = parents[p]
                if not inside:
                    best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        name = self.re._names[i]
        return name or None

    def __repr__(self):
        r = repr(self.group(0))
        if len(r) > 50:
            r = r[:50]
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._spans[0], self._spans[1], r)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    r = _nbre.compile(pattern, flags)
    if len(r) == 2:
        raise error(r[0], pattern, r[1])
    handle, groups, names, allflags, parents = r
    p = Pattern(pattern, allflags, handle, groups, names, parents)
    if len(_cache) >= 512:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in text).encode('latin-1')
