"""JSONEncoder (nbcheck's json.encoder)."""

import _json

__all__ = ['JSONEncoder']

encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = _json.encode_basestring

INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            # (CPython's unpacking messages, which gpython words otherwise)
            seps = tuple(separators)
            if len(seps) < 2:
                raise ValueError('not enough values to unpack (expected 2, got %d)' % len(seps))
            if len(seps) > 2:
                raise ValueError('too many values to unpack (expected 2)')
            self.item_separator, self.key_separator = seps
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a
        serializable object for o, or calls the base implementation (to
        raise a TypeError)."""
        raise TypeError('Object of type %s is not JSON serializable' % _type_name(o))

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if type(o) is not str:
                o = str.__str__(o)
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # Values of exact builtin types are encoded in Go; the others
        # (subclasses, objects for default()) come back to _fallback.
        return iter([_json.encode(o, self._fallback, bool(self.ensure_ascii), bool(self.allow_nan),
                                  bool(self.skipkeys), bool(self.sort_keys), bool(self.check_circular),
                                  indent, self.item_separator, self.key_separator)])

    def _fallback(self, o, level):
        out = []
        _Writer(self, out).value(o, level)
        return ''.join(out)


class _Writer:
    """One encoding run: appends the chunks of a document to out."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            # float(o): float.__repr__ is gpython's, not CPython's.
            return repr(float(o))
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        t = type(o)
        if t is str:
            out.append(self.quote(o))
            return
        if t is int:
            out.append(repr(o))
            return
        if t is float:
            out.append(self.float_text(o))
            return
        if isinstance(o, str):
            if type(o) is not str:
                o = str.__str__(o)
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(int(o)))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.mark(o)
            self.value(self.enc.default(o), level)
            self.unmark(o)

    def array(self, o, level):
        out = self.out
        if not o:
            out.append('[]')
            return
        self.mark(o)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep += nl
            out.append('[' + nl)
        else:
            out.append('[')
        first = True
        for item in o:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(item, level)
        if self.indent is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append(']')
        self.unmark(o)

    def object(self, o, level):
        out = self.out
        if not o:
            out.append('{}')
            return
        self.mark(o)
        enc = self.enc
        sep = enc.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep += nl
            out.append('{' + nl)
        else:
            out.append('{')
        items = list(o.items())
        if enc.sort_keys:
            items = sorted(items, key=_first)
        first = True
        for key, v in items:
            if isinstance(key, str):
                if type(key) is not str:
                    key = str.__str__(key)
            elif isinstance(key, float):
                key = self.float_text(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(int(key))
            elif enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s' % _type_name(key))
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.quote(key))
            out.append(enc.key_separator)
            self.value(v, level)
        if self.indent is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append('}')
        self.unmark(o)


def _first(item):
    return item[0]


def _type_name(o):
    return type(o).__name__
