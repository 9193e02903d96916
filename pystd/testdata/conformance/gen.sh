#!/bin/sh
# Regenerates the expected outputs of the conformance cases with CPython
# 3.11 (3.12 for pep695/): sh gen.sh [module...]. Run it from this folder, by hand; the tests
# never need Python.
set -e
cd "$(dirname "$0")"
# The outputs are CPython 3.11's: refuse another python3 rather than
# rewrite them with its different messages and reprs.
v=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$v" != 3.11 ]; then
  echo "gen.sh: python3 is $v; the expected outputs are CPython 3.11's" >&2
  exit 1
fi
for dir in ${@:-*/}; do
  # pep695/ needs Python 3.12 syntax (type parameters, type statements).
  py=python3
  case "$dir" in pep695*) py=python3.12 ;; esac
  # sys/ shows sys.flags: run as a bare `python3 case.py`, no PYTHON*
  # variables, in a UTF-8 locale.
  case "$dir" in sys*) py="env -i PATH=$PATH HOME=$HOME LANG=C.UTF-8 python3" ;; esac
  for f in "${dir%/}"/*.py; do
    (cd "$(dirname "$f")" && PYTHONHASHSEED=0 $py "$(basename "$f")" > "$(basename "${f%.py}").out" 2>&1) || true
  done
done
