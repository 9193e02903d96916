# mkwant.py writes NAME.want for each NAME.ipynb here: what nbformat
# 5.5's own JSON reader and writer (nbformat.v4.nbjson, as nbformat.write
# uses them, with its final newline) make of the file. The Go tests
# compare ipynb.Write with these files; they never run Python.
# Run: python3 mkwant.py  (needs python3-nbformat)
import glob
from nbformat.v4 import nbjson

for path in sorted(glob.glob("*.ipynb")):
    with open(path, encoding="utf-8-sig", newline="") as f:
        nb = nbjson.reads(f.read())
    s = nbjson.writes(nb)
    if not s.endswith("\n"):
        s += "\n"
    with open(path[: -len(".ipynb")] + ".want", "w", encoding="utf-8", newline="") as f:
        f.write(s)
