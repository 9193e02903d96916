"""JSONDecoder and JSONDecodeError (nbcheck's json.decoder)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'


def _skip_ws(s, i):
    # Only whitespace runs at the ends of a document reach here; they are
    # short, so slicing is cheap enough.
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str instance containing a JSON document)."""
        stripped = s.lstrip(_WS)
        obj, end = self.raw_decode(s, idx=len(s) - len(stripped))
        rest = s[end:]
        if rest and rest.strip(_WS) != '':
            end += len(rest) - len(rest.lstrip(_WS))
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON document)
        and return a 2-tuple of the Python representation and the index in s
        where the document ended."""
        pf = self.parse_float
        pi = self.parse_int
        v, end, msg = _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                                 None if pf is float else pf, None if pi is int else pi, self.parse_constant)
        if msg is not None:
            raise JSONDecodeError(msg, s, end)
        return v, end
