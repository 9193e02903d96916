from contextlib import closing, suppress, nullcontext, contextmanager
import os


class Conn:
    def __init__(self):
        self.open = True

    def close(self):
        self.open = False
        print('conn closed')


c = Conn()
try:
    with closing(c) as conn:
        raise IOError('net down')
except OSError as e:
    print('OSError', e, c.open)
with suppress(FileNotFoundError):
    open('/nonexistent/definitely/not/here')
print('no file, no problem')
for value in [1, 0, 'x']:
    with suppress(ZeroDivisionError, TypeError):
        print(10 / value)
ctx = nullcontext('resource')
with ctx as r1:
    print(r1)
with ctx as r2:
    print(r2)


def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()


with maybe_lock():
    print('no lock needed')
