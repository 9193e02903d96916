#!/usr/bin/env python3
"""Regenerate testdata/conformance/**/*.py.out with CPython 3.11.

Run by hand from pyobj/: python3 testdata/gen.py
Each case runs as __main__ in a fresh namespace; an uncaught exception
is printed as its last traceback line ("Name: message"), as the Go test
prints it.
"""
import contextlib, glob, io, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conformance")
for path in sorted(glob.glob(os.path.join(root, "*", "*.py"))):
    src = open(path).read()
    buf = io.StringIO()
    g = {"__name__": "__main__", "__builtins__": __builtins__}
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, "case.py", "exec"), g)
        except BaseException as e:
            msg = str(e)
            print(type(e).__name__ + (": " + msg if msg else ""))
    with open(path + ".out", "w") as f:
        f.write(buf.getvalue())
print("wrote", len(glob.glob(os.path.join(root, "*", "*.py.out"))), "outputs")
