# sys.excepthook and sys.displayhook called directly, and the attributes
# gpython lacked or had beyond CPython 3.11's.
import sys, builtins, io, re

# What the hooks write to sys.stderr, in order with stdout, without the
# traceback's frame lines (the test harness runs the transpiled code
# without its line map; nbcheck exec shows CPython's lines).
err = io.StringIO()
sys.stderr = err
def flush_err():
    print(re.sub(r'(?m)^  .*\n', '', err.getvalue()), end='')
    err.seek(0)
    err.truncate()
for a in [(1,), (ValueError, 'x', None)]:
    try:
        sys.excepthook(*a)
    except Exception as e:
        print(type(e).__name__, e)
    flush_err()
try:
    sys.displayhook()
except Exception as e:
    print(type(e).__name__, e)
sys.displayhook(None)
print(hasattr(builtins, '_'))
sys.displayhook([1, 'a'])
print(builtins._)
try:
    try:
        raise ZeroDivisionError("division by zero")
    except Exception as e:
        raise KeyError('k') from e
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
    sys.excepthook(type(e), e, None)
flush_err()
print(sys.__excepthook__ is sys.excepthook, sys.__displayhook__ is sys.displayhook)
print(repr(sys.abiflags), sys._xoptions, sys.pycache_prefix, sys.getfilesystemencodeerrors(), repr(sys._framework), sys._base_executable == sys.executable)
print([n for n in ('callstats', 'getcheckinterval', 'setcheckinterval') if hasattr(sys, n)])
