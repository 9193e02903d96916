"""HTML escaping (nbcheck's html): escape and unescape as CPython 3.11,
with the HTML5 named references and its rules for numeric ones."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, " and ') by HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


# Numeric references HTML5 maps to other characters (data from the
# HTML5 specification).
_invalid_charrefs = {}
for _k, _v in [
    (0, '�'),
    (13, '\r'),
    (128, '€'),
    (129, '\x81'),
    (130, '‚'),
    (131, 'ƒ'),
    (132, '„'),
    (133, '…'),
    (134, '†'),
    (135, '‡'),
    (136, 'ˆ'),
    (137, '‰'),
    (138, 'Š'),
    (139, '‹'),
    (140, 'Œ'),
    (141, '\x8d'),
    (142, 'Ž'),
    (143, '\x8f'),
    (144, '\x90'),
    (145, '‘'),
    (146, '’'),
    (147, '“'),
    (148, '”'),
    (149, '•'),
    (150, '–'),
    (151, '—'),
    (152, '˜'),
    (153, '™'),
    (154, 'š'),
    (155, '›'),
    (156, 'œ'),
    (157, '\x9d'),
    (158, 'ž'),
    (159, 'Ÿ'),
]:
    _invalid_charrefs[_k] = _v

# Code points that numeric references drop.
_invalid_codepoints = frozenset([
    0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8,
    0xb, 0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14,
    0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c,
    0x1d, 0x1e, 0x1f, 0x7f, 0x80, 0x81, 0x82, 0x83,
    0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b,
    0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93,
    0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b,
    0x9c, 0x9d, 0x9e, 0x9f, 0xfdd0, 0xfdd1, 0xfdd2, 0xfdd3,
    0xfdd4, 0xfdd5, 0xfdd6, 0xfdd7, 0xfdd8, 0xfdd9, 0xfdda, 0xfddb,
    0xfddc, 0xfddd, 0xfdde, 0xfddf, 0xfde0, 0xfde1, 0xfde2, 0xfde3,
    0xfde4, 0xfde5, 0xfde6, 0xfde7, 0xfde8, 0xfde9, 0xfdea, 0xfdeb,
    0xfdec, 0xfded, 0xfdee, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x1ffff,
    0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff, 0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff,
    0x6fffe, 0x6ffff, 0x7fffe, 0x7ffff, 0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff,
    0xafffe, 0xaffff, 0xbfffe, 0xbffff, 0xcfffe, 0xcffff, 0xdfffe, 0xdffff,
    0xefffe, 0xeffff, 0xffffe, 0xfffff, 0x10fffe, 0x10ffff,
])
del _k, _v


def _replace(m):
    s = m.group(1)
    if s[0] == '#':
        if len(s) > 1 and s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest known name that starts s (references without ';').
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert all named and numeric character references in s to the
    corresponding Unicode characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace, s)
