# OSError called with an errno makes the subclass the errno selects, and
# keeps errno, strerror and filename apart from args (CPython's PEP 3151).
# The errnos of Linux: ENOENT, EEXIST, EISDIR, ENOTDIR, EACCES, EPERM, EINTR,
# ESRCH, ECHILD, EPIPE, ESHUTDOWN, EAGAIN, EALREADY, EINPROGRESS,
# ECONNABORTED, ECONNRESET, ECONNREFUSED, ETIMEDOUT, then EIO and two
# that select no subclass.
for n in (2, 17, 21, 20, 13, 1, 4, 3, 10, 32, 108, 11, 114, 115, 103, 104,
          111, 110, 5, 0, -2):
    e = OSError(n, 'msg')
    print(n, type(e).__name__, repr(e), str(e))
e = OSError(2, 'No such file or directory', 'data.csv')
print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
print(isinstance(e, FileNotFoundError), isinstance(e, OSError))
e = OSError(17, 'File exists', 'a', None, 'b')
print(repr(e), str(e), e.filename, e.filename2)
e = OSError(1, 'x', None)
print(repr(e), str(e), e.filename)
print(repr(OSError(2)), str(OSError(2)), OSError(2).errno)
print(repr(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
print(repr(OSError(True, 'x')), repr(OSError(2.0, 'x')), repr(OSError('2', 'x')))
print(repr(FileNotFoundError(13, 'y')), repr(IOError(2, 'z')))
e = OSError(1)
e.strerror = 'set later'
print(str(e))
e.errno = 5
print(str(e))
e = OSError(1, 'a', 'b')
e.filename = None
print(str(e))
e.args = (5, 6, 7)
print(str(e), e.errno)
e = BlockingIOError(11, 'would block', 5)
print(repr(e), e.characters_written, e.filename)
try:
    OSError(1, 'x').characters_written
except AttributeError as ex:
    print('AttributeError', ex)
try:
    OSError(2, 'x', flag=1)
except TypeError as ex:
    print('TypeError', ex)
try:
    raise OSError(13, 'Permission denied', 'secret')
except PermissionError as ex:
    print('caught', type(ex).__name__, ex)
class Plain(OSError):
    pass
e = Plain(2, 'x', 'y')
print(type(e).__name__, repr(e), str(e), e.filename)
class WithInit(OSError):
    def __init__(self, message):
        super(WithInit, self).__init__(2, message, "file")
e = WithInit('boom')
print(type(e).__name__, repr(e), str(e), e.args, e.errno)
