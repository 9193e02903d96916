import sys
from contextlib import redirect_stdout, redirect_stderr


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Buffer()
with redirect_stdout(buf):
    print('captured line')
    print('second')
print('outside')
print(repr(buf.getvalue()))
err = Buffer()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
f = Buffer()
with redirect_stdout(f) as target:
    print(target is f)
print(f.getvalue().strip())
