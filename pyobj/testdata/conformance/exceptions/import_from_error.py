# 'from mod import name' of a missing name: CPython 3.11's message, with the
# module's name in e.name and its file (None for a built-in module) in e.path.
import sys
try:
    from sys import nope
except ImportError as e:
    print(e)
    print(e.name, e.path, type(e).__name__)
def f():
    try:
        from sys import also_missing, path
    except ImportError as e:
        return e.args, e.name
print(f())
