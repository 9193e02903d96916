"""Secure hashes (nbcheck's hashlib): md5, sha1, the sha2 and sha3
families, with Go's implementations (module _nbhash). blake2, shake,
pbkdf2_hmac and scrypt are not provided: calling them (or new() with their
names) raises NotImplementedError('unsupported: hashlib.<name>')."""

import _nbhash
from _nbunsupported import function as _unsupported

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144),
          'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
           'sha3_256', 'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')


def _data(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytearray(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    __module__ = '_hashlib'

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._buf = bytearray()
        if data is not None:
            self.update(data)

    def update(self, data):
        self._buf = self._buf + _data(data)

    def digest(self):
        return _nbhash.digest(self.name, self._buf)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = _Hash(self.name)
        c._buf = bytearray(self._buf)
        return c

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


_Hash.__name__ = 'HASH'
_Hash.__qualname__ = 'HASH'


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    key = name.lower() if isinstance(name, str) else name
    if key in _UNSUPPORTED:
        _unsupported('hashlib.' + key)()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    make.__name__ = 'openssl_' + name
    make.__qualname__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


# CPython has these too (OpenSSL's and its own); nbcheck does not, so a
# call makes the cell unsupported rather than failing as CPython would not.
_UNSUPPORTED = ('blake2b', 'blake2s', 'shake_128', 'shake_256', 'pbkdf2_hmac', 'scrypt')


blake2b = _unsupported('hashlib.blake2b')
blake2s = _unsupported('hashlib.blake2s')
shake_128 = _unsupported('hashlib.shake_128')
shake_256 = _unsupported('hashlib.shake_256')
pbkdf2_hmac = _unsupported('hashlib.pbkdf2_hmac')
scrypt = _unsupported('hashlib.scrypt')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object opened in binary mode."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if chunk == b'':
            break
        h.update(chunk)
    return h
