"""JSON encoding and decoding (nbcheck's json), with CPython 3.11's output
and error messages."""

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    enc = _make(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                sort_keys=sort_keys)
    return enc.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    if cls is None:
        cls = JSONEncoder
    enc = _make(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                sort_keys=sort_keys)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def _kwargs(**kw):
    # A keyword dict that ** accepts: gpython's VM takes only its own
    # str-keyed dict after **, not a dict display.
    return kw


def _make(cls, extra, **kw):
    # Merged into the keyword dict the call built (see _kwargs).
    for k in extra:
        kw[k] = extra[k]
    return cls(**kw)


def _as_text(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        text = bytes(s).decode('utf-8')
        if text.startswith('\ufeff'):
            text = text[1:]
        return text
    raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a Python object."""
    s = _as_text(s)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    opts = _kwargs()
    if object_hook is not None:
        opts['object_hook'] = object_hook
    if object_pairs_hook is not None:
        opts['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        opts['parse_float'] = parse_float
    if parse_int is not None:
        opts['parse_int'] = parse_int
    if parse_constant is not None:
        opts['parse_constant'] = parse_constant
    for k in kw:
        opts[k] = kw[k]
    return cls(**opts).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
