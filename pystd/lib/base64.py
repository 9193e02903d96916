"""Base16, Base32, Base64 and Base85-free data encodings (nbcheck's
base64): b64encode/b64decode (with altchars and validate), the standard_
and urlsafe_ variants, b32encode/b32decode, b16encode/b16decode, encodebytes
and decodebytes, with CPython 3.11's results and errors (binascii.Error is
base64's Error)."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


from binascii import Error


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return bytearray(s.encode('ascii'))
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytearray(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r' %
                    s.__class__.__name__)


def _data(s):
    if isinstance(s, (bytes, bytearray)):
        return bytearray(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _b64(data, alphabet):
    out = []
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63] + alphabet[v & 63])
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out.append(alphabet[v >> 18] + alphabet[(v >> 12) & 63] + '==')
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out.append(alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63] + '=')
    return ''.join(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    alphabet = _B64
    if altchars is not None:
        alt = bytearray(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(altchars))
        alphabet = _B64[:62] + chr(alt[0]) + chr(alt[1])
    return _b64(_data(s), alphabet).encode('ascii')


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    data = _bytes_from_decode_data(s)
    table = {c: i for i, c in enumerate(_B64)}
    if altchars is not None:
        alt = _bytes_from_decode_data(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(altchars))
        del table['+'], table['/']
        table[chr(alt[0])] = 62
        table[chr(alt[1])] = 63
    chars = [chr(b) for b in data]
    if validate:
        body = ''.join(chars)
        if any(c not in table and c != '=' for c in body):
            raise Error('Only base64 data is allowed')
    # binascii.a2b_base64's rules: characters outside the alphabet are
    # skipped; a complete padding ends the data.
    bits = 0
    nbits = 0
    out = bytearray()
    quad = 0
    pads = 0
    ndata = 0
    for c in chars:
        if c == '=':
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    return bytes(out)
            continue
        if c not in table:
            continue
        pads = 0
        ndata += 1
        bits = (bits << 6) | table[c]
        nbits += 6
        quad = (quad + 1) % 4
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
            bits &= (1 << nbits) - 1
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % ndata)
    if quad != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    data = _bytes_from_decode_data(s)
    text = ''.join(chr(b) for b in data).replace('-', '+').replace('_', '/')
    return b64decode(text)


def b32encode(s):
    data = _data(s)
    out = []
    n = len(data)
    for i in range(0, n, 5):
        chunk = list(data[i:i + 5])
        size = len(chunk)
        chunk += [0] * (5 - size)
        v = 0
        for b in chunk:
            v = (v << 8) | b
        enc = ''.join(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[size]
        out.append(enc[:keep] + '=' * (8 - keep))
    return ''.join(out).encode('ascii')


def b32decode(s, casefold=False, map01=None):
    data = ''.join(chr(b) for b in _bytes_from_decode_data(s))
    if map01 is not None:
        m = ''.join(chr(b) for b in _bytes_from_decode_data(map01))
        data = data.replace('0', 'O').replace('1', m)
    if casefold:
        data = data.upper()
    if len(data) % 8:
        raise Error('Incorrect padding')
    stripped = data.rstrip('=')
    pads = len(data) - len(stripped)
    if pads not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(data), 8):
        block = data[i:i + 8]
        v = 0
        for c in block:
            if c == '=':
                v <<= 5
                continue
            k = _B32.find(c)
            if k < 0:
                raise Error('Non-base32 digit found')
            v = (v << 5) | k
        out.extend([(v >> (32 - 8 * k)) & 0xff for k in range(5)])
    if pads:
        out = out[:len(out) - {1: 1, 3: 2, 4: 3, 6: 4}[pads]]
    return bytes(out)


def b16encode(s):
    return ''.join('%02X' % b for b in _data(s)).encode('ascii')


def b16decode(s, casefold=False):
    data = ''.join(chr(b) for b in _bytes_from_decode_data(s))
    if casefold:
        data = data.upper()
    if any(c not in '0123456789ABCDEF' for c in data):
        raise Error('Non-base16 digit found')
    if len(data) % 2:
        raise Error('Odd-length string')
    return bytes(int(data[i:i + 2], 16) for i in range(0, len(data), 2))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data (76 characters a line)."""
    data = _data(s)
    lines = []
    for i in range(0, len(data), 57):
        lines.append(_b64(data[i:i + 57], _B64) + '\n')
    return ''.join(lines).encode('ascii')


def decodebytes(s):
    return b64decode(s)
