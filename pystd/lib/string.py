"""A collection of string constants and classes (nbcheck's string).

Template's placeholders are found by hand, not by a regular expression: a
subclass may change delimiter, idpattern (when it is an ASCII class pattern
like CPython's) is not consulted, and pattern overrides are not supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _ident_end(s, i):
    """The end of the ASCII identifier at s[i], or i when there is none."""
    if i >= len(s) or s[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(s) and s[j] in _ID_CHARS:
        j += 1
    return j


class _Sentinel:
    pass


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, name) for each placeholder: kind is
        'escaped', 'named', 'braced' or 'invalid'; for 'invalid', start is
        the index just after the delimiter."""
        s = self.template
        d = self.delimiter
        n = len(d)
        i = 0
        while True:
            i = s.find(d, i)
            if i < 0:
                return
            j = i + n
            if s.startswith(d, j):
                yield ('escaped', i, j + n, None)
                i = j + n
                continue
            e = _ident_end(s, j)
            if e > j:
                yield ('named', i, e, s[j:e])
                i = e
                continue
            if s.startswith('{', j):
                e = _ident_end(s, j + 1)
                if e > j + 1 and s.startswith('}', e):
                    yield ('braced', i, e + 1, s[j + 1:e])
                    i = e + 1
                    continue
            yield ('invalid', j, j, None)
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                continue
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


_sentinel_dict = {}


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# The parsing of format strings, as str.format parses them.

def _parse_field(s, i):
    """Parses the field starting at s[i], just after '{'. Returns
    (field_name, format_spec, conversion, index after the closing '}')."""
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = ''
    if c == ':' or c == '!':
        field_name = s[start:i - 1]
        conversion = None
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return s[start:i - 1], '', None, i


def _formatter_parser(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, spec, conversion, i = _parse_field(s, i)
        yield (literal, field_name, spec, conversion)


def _field_name_split(name):
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] not in '.[':
                i += 1
            attr = name[j:i]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield (True, attr)
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[j:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            yield (False, key)
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            if isinstance(args, (tuple, list)) and key >= len(args):
                # gpython's message does not name the type.
                raise IndexError('%s index out of range' % type(args).__name__)
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        return list(_formatter_parser(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
