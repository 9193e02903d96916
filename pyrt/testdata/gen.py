#!/usr/bin/env python3
"""Regenerate the expected outputs of pyrt's conformance cases.

Run by hand with CPython 3.11 from pyrt/testdata:  python3 gen.py
Each conformance/<category>/<name>.py runs in a fresh namespace with the
__nbc_* helpers of docs/lowering.md defined as CPython equivalents; its
stdout goes to <name>.py.out. show(x) prints IPython's pretty(x) (the
text/plain of a displayed value), as pyrt.Pretty does in the Go test. An uncaught exception appends one line,
"EXCEPTION: Name: message", as pyrt's Go test prints it.
"""
import contextlib
import glob
import io
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

PRELUDE = {}
exec('''
from IPython.lib.pretty import pretty as _pretty
def show(x): print(_pretty(x))

class _Star:
    def __init__(self, x): self.x = x
def __nbc_star(x): return _Star(x)
def _parts(parts):
    out = []
    for p in parts:
        out.extend(p.x if isinstance(p, _Star) else p)
    return out
def __nbc_list(*parts): return _parts(parts)
def __nbc_tuple(*parts): return tuple(_parts(parts))
def __nbc_set(*items):
    s = set()
    for i in items:
        if isinstance(i, _Star): s.update(i.x)
        else: s.add(i)
    return s
def __nbc_set_from(it): return set(it)
def __nbc_dict(*kv): return dict(zip(kv[::2], kv[1::2]))
def __nbc_dict_merge(*ms):
    d = {}
    for m in ms: d.update(m)
    return d
def __nbc_dict_from(it): return dict(it)
def __nbc_mod(a, b): return a % b
def __nbc_fmt(v, conv, spec):
    if conv == 'r': v = repr(v)
    elif conv == 's': v = str(v)
    elif conv == 'a': v = ascii(v)
    return format(v, spec)
def __nbc_cat(*parts): return ''.join(parts)
def __nbc_kw(m): return dict(m)
def __nbc_matmul(a, b): return a @ b
def __nbc_lt(a, b): return a < b
def __nbc_le(a, b): return a <= b
def __nbc_gt(a, b): return a > b
def __nbc_ge(a, b): return a >= b
def __nbc_kwcall(f, args, *kv): return f(*args, **dict(zip(kv[::2], kv[1::2])))
def __nbc_call(f, *rest):
    return f(*_parts(rest[:-1]), **(rest[-1] or {}))
class _It:
    def __init__(self, x): self.it = iter(x); self.err = None
    def __iter__(self): return self
    def __next__(self):
        if self.err: raise StopIteration
        try: return next(self.it)
        except StopIteration: raise
        except Exception as e:
            self.err = e
            raise StopIteration
def __nbc_iter(x): return _It(x)
def __nbc_iterdone(it, value=None):
    if it.err:
        e, it.err = it.err, None
        raise e
    return value
''', PRELUDE)


def run(path):
    src = open(path).read()
    ns = {'__name__': '__main__'}
    ns.update({k: v for k, v in PRELUDE.items() if k.startswith('__nbc_') or k.startswith('_') or k == 'show'})
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, path, 'exec'), ns)
        except Exception as e:
            msg = str(e)
            buf.write('EXCEPTION: ' + type(e).__name__ + (': ' + msg if msg else '') + '\n')
    return buf.getvalue()


for path in sorted(glob.glob('conformance/*/*.py')):
    with open(path + '.out', 'w') as f:
        f.write(run(path))
