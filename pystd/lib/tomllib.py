"""Parse TOML 1.0 (nbcheck's tomllib): load and loads with CPython 3.11's
results (dict, list, str, int, float, bool, datetime, date, time) and its
TOMLDecodeError messages and positions ("... (at line 3, column 7)")."""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ['loads', 'load', 'TOMLDecodeError']


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_STR = _CTRL - frozenset('\t')
_BAD_ML_STR = _CTRL - frozenset('\t\n')
_WS = frozenset(' \t')
_WS_NL = frozenset(' \t\n')
_BARE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_KEY_START = _BARE | frozenset('"\'')
_HEX = frozenset('0123456789abcdefABCDEF')
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r',
            '\\"': '"', '\\\\': '\\'}

_TIME = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'
_NUMBER_RE = _re.compile(
    r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)'
    r'|[+-]?(?:0|[1-9](?:_?[0-9])*)'
    r'(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)')
_LOCALTIME_RE = _re.compile(_TIME)
_DATETIME_RE = _re.compile(
    r'([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
    r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?')

# Key flags: a table made explicitly by a header or a dotted key, and a
# value that may no longer change (inline tables and arrays).
_EXPLICIT = 1
_FROZEN = 0


class _Flags:
    def __init__(self):
        self.tree = {}
        self.pending = []

    @staticmethod
    def _node():
        return {'flags': set(), 'rflags': set(), 'sub': {}}

    def set(self, key, flag, recursive):
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                node[k] = self._node()
            node = node[k]['sub']
        if key[-1] not in node:
            node[key[-1]] = self._node()
        node[key[-1]]['rflags' if recursive else 'flags'].add(flag)

    def has(self, key, flag):
        if not key:
            return False
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                return False
            if flag in node[k]['rflags']:
                return True
            node = node[k]['sub']
        last = node.get(key[-1])
        if last is None:
            return False
        return flag in last['flags'] or flag in last['rflags']

    def clear(self, key):
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                return
            node = node[k]['sub']
        node.pop(key[-1], None)

    def add_pending(self, key, flag):
        self.pending.append((key, flag))

    def commit_pending(self):
        for key, flag in self.pending:
            self.set(key, flag, False)
        self.pending = []


def _nest(root, key, into_lists=True):
    cont = root
    for k in key:
        if k not in cont:
            cont[k] = {}
        cont = cont[k]
        if into_lists and isinstance(cont, list):
            cont = cont[-1]
        if not isinstance(cont, dict):
            raise KeyError('There is no nest behind this key')
    return cont


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.n = len(src)
        self.parse_float = parse_float

    def at(self, pos):
        return self.src[pos] if pos < self.n else None

    def error(self, pos, msg):
        src = self.src
        if pos >= self.n:
            where = 'end of document'
        else:
            line = src.count('\n', 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex('\n', 0, pos)
            where = f'line {line}, column {col}'
        return TOMLDecodeError(f'{msg} (at {where})')

    def skip(self, pos, chars):
        src, n = self.src, self.n
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, end, bad, eof_is_error):
        src = self.src
        stop = src.find(end, pos)
        if stop < 0:
            stop = self.n
            if eof_is_error:
                raise self.error(stop, f'Expected {end!r}')
        for i in range(pos, stop):
            if src[i] in bad:
                raise self.error(i, f'Found invalid character {src[i]!r}')
        return stop

    def skip_comment(self, pos):
        if self.at(pos) == '#':
            return self.skip_until(pos + 1, '\n', _BAD_STR, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == before:
                return pos

    def document(self):
        data = {}
        flags = _Flags()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            c = self.at(pos)
            if c is None:
                break
            if c == '\n':
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_statement(pos, data, flags, header)
                pos = self.skip(pos, _WS)
            elif c == '[':
                flags.commit_pending()
                if self.at(pos + 1) == '[':
                    pos, header = self.array_table_header(pos, data, flags)
                else:
                    pos, header = self.table_header(pos, data, flags)
                pos = self.skip(pos, _WS)
            elif c != '#':
                raise self.error(pos, 'Invalid statement')
            pos = self.skip_comment(pos)
            c = self.at(pos)
            if c is None:
                break
            if c != '\n':
                raise self.error(pos, 'Expected newline or end of document after a statement')
            pos += 1
        return data

    def table_header(self, pos, data, flags):
        pos, key = self.key(self.skip(pos + 1, _WS))
        if flags.has(key, _EXPLICIT) or flags.has(key, _FROZEN):
            raise self.error(pos, f'Cannot declare {key} twice')
        flags.set(key, _EXPLICIT, False)
        try:
            _nest(data, key)
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if not self.src.startswith(']', pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos, data, flags):
        pos, key = self.key(self.skip(pos + 2, _WS))
        if flags.has(key, _FROZEN):
            raise self.error(pos, f'Cannot mutate immutable namespace {key}')
        flags.clear(key)
        flags.set(key, _EXPLICIT, False)
        try:
            parent = _nest(data, key[:-1])
            if key[-1] in parent:
                arr = parent[key[-1]]
                if not isinstance(arr, list):
                    raise KeyError('An object other than list found behind this key')
                arr.append({})
            else:
                parent[key[-1]] = [{}]
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if not self.src.startswith(']]', pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, data, flags, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        # (gpython adds two tuple variables of different lengths wrongly:
        # they are joined as displays.)
        abs_parent = (*header, *parent)
        abs_key = (*header, *key)
        for i in range(1, len(key)):
            prefix = (*header, *key[:i])
            if flags.has(prefix, _EXPLICIT):
                raise self.error(pos, f'Cannot redefine namespace {prefix}')
            flags.add_pending(prefix, _EXPLICIT)
        if flags.has(abs_parent, _FROZEN):
            raise self.error(pos, f'Cannot mutate immutable namespace {abs_parent}')
        try:
            table = _nest(data, abs_parent)
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if stem in table:
            raise self.error(pos, 'Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            flags.set(abs_key, _FROZEN, True)
        table[stem] = value
        return pos

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.at(pos) != '=':
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _WS))
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.at(pos) == '.':
            pos, part = self.key_part(self.skip(pos + 1, _WS))
            key = (*key, part)
            pos = self.skip(pos, _WS)
        return pos, key

    def key_part(self, pos):
        c = self.at(pos)
        if c is not None and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.error(pos, 'Invalid initial character for a key part')

    def literal_string(self, pos):
        end = self.skip_until(pos + 1, "'", _BAD_STR, True)
        return end + 1, self.src[pos + 1:end]

    def multiline_string(self, pos, literal):
        pos += 3
        if self.src.startswith('\n', pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.skip_until(pos, "'''", _BAD_ML_STR, True)
            text = self.src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, True)
        # A closing run of four or five quotes ends with one or two of them
        # in the string.
        for _ in range(2):
            if not self.src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        src = self.src
        bad = _BAD_ML_STR if multiline else _BAD_STR
        parts = []
        start = pos
        while True:
            c = self.at(pos)
            if c is None:
                raise self.error(pos, 'Unterminated string')
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, ''.join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, ''.join(parts)
                pos += 1
                continue
            if c == '\\':
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if c in bad:
                raise self.error(pos, f'Illegal character {c!r}')
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        esc = src[pos:pos + 2]
        pos += 2
        if multiline and esc in ('\\ ', '\\\t', '\\\n'):
            # A line-ending backslash: drop the whitespace up to the next
            # non-blank character.
            if esc != '\\\n':
                pos = self.skip(pos, _WS)
                c = self.at(pos)
                if c is None:
                    return pos, ''
                if c != '\n':
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ''
        if esc == '\\u':
            return self.hex_char(pos, 4)
        if esc == '\\U':
            return self.hex_char(pos, 8)
        if esc in _ESCAPES:
            return pos, _ESCAPES[esc]
        raise self.error(pos, "Unescaped '\\' in a string")

    def hex_char(self, pos, size):
        digits = self.src[pos:pos + size]
        if len(digits) != size or not all(d in _HEX for d in digits):
            raise self.error(pos, 'Invalid hex value')
        pos += size
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, 'Escaped character is not a Unicode scalar value')
        return pos, chr(code)

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith(']', pos):
            return pos + 1, items
        while True:
            pos, v = self.value(pos)
            items.append(v)
            pos = self.skip_array_space(pos)
            c = self.src[pos:pos + 1]
            if c == ']':
                return pos + 1, items
            if c != ',':
                raise self.error(pos, 'Unclosed array')
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith(']', pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        flags = _Flags()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith('}', pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if flags.has(key, _FROZEN):
                raise self.error(pos, f'Cannot mutate immutable namespace {key}')
            try:
                sub = _nest(table, parent, False)
            except KeyError:
                raise self.error(pos, 'Cannot overwrite a value') from None
            if stem in sub:
                raise self.error(pos, f'Duplicate inline table key {stem!r}')
            sub[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == '}':
                return pos + 1, table
            if c != ',':
                raise self.error(pos, 'Unclosed inline table')
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, True)
            pos = self.skip(pos + 1, _WS)

    def value(self, pos):
        src = self.src
        c = self.at(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if c == 't' and src.startswith('true', pos):
            return pos + 4, True
        if c == 'f' and src.startswith('false', pos):
            return pos + 5, False
        if c == '[':
            return self.array(pos)
        if c == '{':
            return self.inline_table(pos)
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                v = _to_datetime(m)
            except ValueError as e:
                raise self.error(pos, 'Invalid date or datetime') from e
            return m.end(), v
        m = _LOCALTIME_RE.match(src, pos)
        if m:
            h, mi, s, frac = m.groups()
            return m.end(), _time(int(h), int(mi), int(s), _micros(frac))
        m = _NUMBER_RE.match(src, pos)
        if m:
            if m.group('floatpart'):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        if src[pos:pos + 3] in ('inf', 'nan'):
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ('-inf', '+inf', '-nan', '+nan'):
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, 'Invalid value')


def _micros(frac):
    return int(frac.ljust(6, '0')) if frac else 0


def _to_datetime(m):
    (year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m) = m.groups()
    if hour is None:
        return _date(int(year), int(month), int(day))
    if sign:
        k = 1 if sign == '+' else -1
        tz = _timezone(_timedelta(hours=k * int(off_h), minutes=k * int(off_m)))
    elif zulu:
        tz = _timezone.utc
    else:
        tz = None
    return _datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec),
                     _micros(frac), tzinfo=tz)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace('\r\n', '\n')
    if parse_float is not float:
        user_float = parse_float

        def parse_float(text):
            v = user_float(text)
            if isinstance(v, (dict, list)):
                raise ValueError('parse_float must not return dicts or lists')
            return v
    return _Parser(src, parse_float).document()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)
