"""Pack values into bytes and back (nbcheck's struct): pack, unpack,
calcsize, iter_unpack, unpack_from and Struct, for the native ('@', with
x86-64 Linux sizes and alignment) and standard ('=', '<', '>', '!')
layouts, with CPython 3.11's results and error messages. pack_into is
not provided."""

import _nbstruct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size); native alignment equals the size.
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2),
          'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8),
          'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8),
          's': (1, 1), 'p': (1, 1), 'P': (8, None)}
_SIGNED = set('bhilqn')
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    """(little-endian, native, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode('latin-1')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in ('@', '=', '<')
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        if c not in _SIZES:
            raise error('bad char in struct format')
        size = _SIZES[c][0 if native else 1]
        if size is None:
            raise error('bad char in struct format')
        if count is None:
            count = 1
        if native and c not in 'xcsp' and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
        else:
            items.append((c, count, offset, size))
            offset += size * count
    return little, native, items, offset


def _int_bytes(v, size, little):
    out = bytearray()
    for k in range(size):
        out.append((v >> (8 * k)) & 0xff)
    if not little:
        out = out[::-1]
    return out


def _index(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_int(c, v, size, native):
    v = _index(v)
    signed = c in _SIGNED
    if c in _NAMED:
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
        if not lo <= v <= hi:
            raise error('%s format requires %d <= number <= %d' % (_NAMED[c], lo, hi))
        return v & ((1 << (8 * size)) - 1)
    if signed:
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        if not 0 <= v < (1 << 64):
            raise error('argument out of range')
        lo, hi = 0, (1 << (8 * size)) - 1
    if not lo <= v <= hi:
        raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
    return v & ((1 << (8 * size)) - 1)


def _float_bits(c, v, size, native):
    bits = _nbstruct.bits(size, v, not native or c == 'e')
    if bits is None:
        raise error('required argument is not a float')
    if bits is False:
        raise OverflowError('float too large to pack with %s format' % c)
    return bits


def _pack(parsed, args):
    little, native, items, total = parsed
    need = sum(0 if c == 'x' else (1 if c in 'sp' else count) for c, count, off, size in items)
    if len(args) != need:
        raise error('pack expected %d items for packing (got %d)' % (need, len(args)))
    out = bytearray(total)
    k = 0

    def put(at, data):
        for j in range(len(data)):
            out[at + j] = data[j]
    for c, count, off, size in items:
        if c == 'x':
            continue
        if c in 'sp':
            v = args[k]
            k += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % c)
            data = bytearray(v)
            if c == 's':
                put(off, data[:count])
            elif count > 0:
                n = min(len(data), count - 1, 255)
                out[off] = n
                put(off + 1, data[:n])
            continue
        for r in range(count):
            v = args[k]
            k += 1
            at = off + r * size
            if c == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(bytearray(v)) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[at] = bytearray(v)[0]
            elif c == '?':
                out[at] = 1 if v else 0
            elif c in 'efd':
                put(at, _int_bytes(_float_bits(c, v, size, native), size, little))
            else:
                put(at, _int_bytes(_pack_int(c, v, size, native), size, little))
    return bytes(out)


def _unpack(parsed, buf, offset=0):
    little, native, items, total = parsed
    data = bytearray(buf)
    if offset:
        data = data[offset:]
    values = []
    for c, count, off, size in items:
        if c == 'x':
            continue
        if c == 's':
            values.append(bytes(data[off:off + count]))
            continue
        if c == 'p':
            n = min(data[off], count - 1) if count else 0
            values.append(bytes(data[off + 1:off + 1 + n]))
            continue
        for r in range(count):
            at = off + r * size
            chunk = data[at:at + size]
            if not little:
                chunk = chunk[::-1]
            v = 0
            for j in range(size - 1, -1, -1):
                v = (v << 8) | chunk[j]
            if c == 'c':
                values.append(bytes([v]))
            elif c == '?':
                values.append(v != 0)
            elif c in 'efd':
                values.append(_nbstruct.float(size, v))
            else:
                if c in _SIGNED and v >= 1 << (8 * size - 1):
                    v -= 1 << (8 * size)
                values.append(v)
    return tuple(values)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __module__ = '_struct'

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format if isinstance(format, str) else bytes(format).decode('latin-1')
        self.size = self._parsed[3]

    def pack(self, *args):
        return _pack(self._parsed, args)

    def unpack(self, buffer):
        n = len(bytearray(buffer))
        if n != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack(self._parsed, buffer)

    def unpack_from(self, buffer, offset=0):
        n = len(bytearray(buffer))
        if offset < 0:
            offset += n
            if offset < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset - n, n))
        if n - offset < self.size:
            if offset > n:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        return _unpack(self._parsed, buffer, offset)

    def iter_unpack(self, buffer):
        n = len(bytearray(buffer))
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if n % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        data = bytearray(buffer)
        return iter([_unpack(self._parsed, data[i:i + self.size]) for i in range(0, n, self.size)])

    def pack_into(self, buffer, offset, *args):
        raise NotImplementedError('unsupported: struct.pack_into')


_cache = {}


def _struct(fmt):
    key = fmt if isinstance(fmt, str) else bytes(fmt)
    s = _cache.get(key)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = s
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *args):
    """Return a bytes object containing the values packed according to the format."""
    return _struct(format).pack(*args)


def unpack(format, buffer):
    """Unpack the buffer according to the format; a tuple."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)


def pack_into(format, buffer, offset, *args):
    raise NotImplementedError('unsupported: struct.pack_into')
