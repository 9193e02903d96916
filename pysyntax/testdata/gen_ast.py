#!/usr/bin/env python3
"""Regenerates the conformance goldens of package pysyntax from CPython.

Run by hand from pysyntax/testdata (the Go tests never run Python):

    python3.12 gen_ast.py    # writes conformance/*.ast.golden (3.12 trees)
    python3.11 gen_ast.py    # writes conformance/*.err.golden (3.11 errors)

Cases live in conformance/*.txt. A file holds sections that start with a
line "<<< name"; a file named lines*.txt holds one case per line instead,
named by its line number. Trees are ast.dump(tree, include_attributes=True),
except that the parts of an f-string (its constants, replacement fields and
format specs) carry no positions: CPython 3.12.1's are artefacts of its
implementation. Error cases are compiled as a file would be, and record
"Kind: message @ line:offset" (offset 1-based) or "OK" when CPython 3.11
accepts the case.
"""
import ast
import glob
import os
import sys

ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def cases(path):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    if name.startswith("lines"):
        for i, line in enumerate(text.split("\n"), 1):
            if line.strip() and not line.startswith("#!"):
                yield "line%d" % i, line + "\n"
        return
    cur, buf = None, []
    for line in text.split("\n"):
        if line.startswith("<<< "):
            if cur is not None:
                yield cur, "\n".join(buf).rstrip("\n") + "\n"
            cur, buf = line[4:].strip(), []
        else:
            buf.append(line)
    if cur is not None:
        yield cur, "\n".join(buf).rstrip("\n") + "\n"


def strip_fstring_parts(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for v in node.values:
                for a in ATTRS:
                    if hasattr(v, a):
                        delattr(v, a)
                if isinstance(v, ast.FormattedValue) and v.format_spec is not None:
                    for a in ATTRS:
                        if hasattr(v.format_spec, a):
                            delattr(v.format_spec, a)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ver = sys.version_info[:2]
    for path in sorted(glob.glob(os.path.join(here, "conformance", "*.txt"))):
        base = path[:-4]
        is_err = os.path.basename(path).startswith("errors")
        out = []
        if ver == (3, 12) and not is_err:
            for name, src in cases(path):
                tree = ast.parse(src)
                strip_fstring_parts(tree)
                out.append("<<< %s\n%s\n" % (name, ast.dump(tree, include_attributes=True)))
            open(base + ".ast.golden", "w", encoding="utf-8").write("".join(out))
        elif ver == (3, 11) and is_err:
            for name, src in cases(path):
                try:
                    compile(src, "<case>", "exec", dont_inherit=True)
                    res = "OK"
                except SyntaxError as e:
                    res = "%s: %s @ %d:%d" % (type(e).__name__, e.msg, e.lineno, e.offset)
                out.append("<<< %s\n%s\n" % (name, res))
            open(base + ".err.golden", "w", encoding="utf-8").write("".join(out))
    print("wrote goldens for Python %d.%d" % ver)


if __name__ == "__main__":
    main()
