"""Conversion between binary data and ASCII (nbcheck's binascii): Error,
hexlify/b2a_hex, unhexlify/a2b_hex, a2b_base64, b2a_base64 and crc32, as
CPython 3.11."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'a2b_base64',
           'b2a_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _data(s):
    if isinstance(s, (bytes, bytearray)):
        return bytearray(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    h = ''.join('%02x' % b for b in _data(data))
    if sep is not None:
        if isinstance(sep, (bytes, bytearray)):
            sep = ''.join(chr(b) for b in bytearray(sep))
        step = 2 * abs(bytes_per_sep)
        if bytes_per_sep > 0:
            groups = []
            end = len(h)
            while end > 0:
                groups.append(h[max(0, end - step):end])
                end -= step
            h = sep.join(reversed(groups))
        else:
            h = sep.join(h[i:i + step] for i in range(0, len(h), step))
    return h.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        try:
            hexstr = hexstr.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    s = ''.join(chr(b) for b in _data(hexstr))
    if len(s) % 2:
        raise Error('Odd-length string')
    if any(c not in '0123456789abcdefABCDEF' for c in s):
        raise Error('Non-hexadecimal digit found')
    return bytes(int(s[i:i + 2], 16) for i in range(0, len(s), 2))


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    import base64
    out = base64.b64encode(bytes(_data(data)))
    return out + b'\n' if newline else out


def a2b_base64(data, *, strict_mode=False):
    import base64
    return base64.b64decode(data, validate=strict_mode)


_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _i, _c, _k


def crc32(data, crc=0):
    crc = ~crc & 0xffffffff
    for b in _data(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff
