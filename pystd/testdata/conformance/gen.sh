#!/bin/sh
# Regenerates the expected outputs of the conformance cases with CPython
# 3.11: sh gen.sh [module...]. Run it from this folder, by hand; the tests
# never need Python.
set -e
cd "$(dirname "$0")"
for dir in ${@:-*/}; do
  for f in "${dir%/}"/*.py; do
    (cd "$(dirname "$f")" && PYTHONHASHSEED=0 python3 "$(basename "$f")" > "$(basename "${f%.py}").out" 2>&1) || true
  done
done
