"""In-memory streams (nbcheck's io): StringIO and BytesIO, with CPython
3.11's behaviour and messages; open is the builtin open."""

__all__ = ['StringIO', 'BytesIO', 'UnsupportedOperation', 'open', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


# The class files raise from Go (a subclass of OSError and ValueError).
from _nbpystd import unsupported_operation as _unsupported_operation
UnsupportedOperation = _unsupported_operation()
del _unsupported_operation


class StringIO:
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        # The text is _text followed by the chunks written at its end.
        self._text = self._translate(initial_value)
        self._chunks = []
        self._size = len(self._text)
        self._pos = 0
        self._closed = False

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _value(self):
        if self._chunks:
            self._text = self._text + ''.join(self._chunks)
            self._chunks = []
        return self._text

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        s = self._translate(s)
        n = len(s)
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._value()
            if self._pos > len(text):
                text = text + '\0' * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + n:]
        self._pos += n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        text = self._value()
        if size is None or size < 0:
            r = text[self._pos:]
        else:
            r = text[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        text = self._value()
        if self._pos >= len(text):
            return ''
        end = text.find('\n', self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = text[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        text = self._value()
        if size < len(text):
            self._text = text[:size]
            self._size = size
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytearray(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class BytesIO:
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        # (Bytes are kept in a bytearray: gpython's bytes cannot be indexed,
        # and b'' is true.)
        self._buf = bytearray() if initial_bytes is None else _bytes_like(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        end = self._pos + n
        if self._pos > len(self._buf):
            self._buf.extend(bytearray(self._pos - len(self._buf)))
        # (gpython's bytearray has no slice assignment.)
        self._buf = self._buf[:self._pos] + data + self._buf[end:]
        self._pos = end
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        end = n if size < 0 else min(n, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = end
        return r

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        end = n
        for i in range(self._pos, n):
            if self._buf[i] == 10:
                end = i + 1
                break
        if size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if line == b'':
                break
            lines.append(line)
            total += len(bytearray(line))
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def readinto(self, buffer):
        self._check()
        data = bytearray(self.read(len(buffer)))
        for i in range(len(data)):
            buffer[i] = data[i]
        return len(data)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if line == b'':
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = max(pos, 0)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
