#!/usr/bin/env bash
# Benchmarks for nbcheck, printed as one report to paste in notes:
#  - the five seed fixtures (a minute of sleeps) checked end to end;
#  - ../shared/corpus checked with -j 1 and -j 2: wall time, notebooks per
#    second, peak RSS;
#  - CPU-bound micro-benchmarks run by `nbcheck exec` and by CPython
#    (python3, when present) side by side;
#  - the Go benchmarks of each stage (kernel start, parse, transpile,
#    notebook read/write, method dispatch).
# Usage: bench/run.sh [-short]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/nbcheck
go build -o "$bin" ./cmd/nbcheck
shared=../shared/corpus

timeit() { # prints wall seconds and peak RSS (KiB) of a command
  /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1
}

echo "== seed fixtures (check fixtures/, 5 seeds + edge fixtures)"
read -r wall rss < <(timeit "$bin" check fixtures/ || true)
echo "fixtures: ${wall}s wall, peak RSS ${rss} KiB"

if [ -d "$shared" ]; then
  n=$(ls "$shared"/*.ipynb | wc -l)
  for j in 1 2; do
    read -r wall rss < <(timeit "$bin" check -j $j "$shared"/*.ipynb || true)
    nbs=$(awk -v n="$n" -v w="$wall" 'BEGIN{ if (w > 0) printf "%.1f", n/w; else print "inf" }')
    echo "corpus -j $j: $n notebooks, ${wall}s wall, ${nbs} notebooks/s, peak RSS ${rss} KiB (parent; workers are separate processes)"
  done
else
  echo "corpus: skipped ($shared not found)"
fi

echo "== CPU micro-benchmarks: nbcheck exec vs python3"
printf '%-16s %10s %10s %8s\n' benchmark nbcheck python3 ratio
for f in bench/cpu/*.py; do
  a=$( { /usr/bin/time -f '%e' "$bin" exec "$f" >/dev/null; } 2>&1 | tail -1)
  if command -v python3 >/dev/null; then
    b=$( { /usr/bin/time -f '%e' python3 "$f" >/dev/null; } 2>&1 | tail -1)
    r=$(awk -v a="$a" -v b="$b" 'BEGIN{ if (b > 0) printf "%.1fx", a/b; else print "-" }')
  else
    b=-; r=-
  fi
  same=""
  if command -v python3 >/dev/null && ! diff <("$bin" exec "$f" 2>&1) <(python3 "$f" 2>&1) >/dev/null; then same=" (OUTPUT DIFFERS)"; fi
  printf '%-16s %9ss %9ss %8s%s\n' "$(basename "$f" .py)" "$a" "$b" "$r" "$same"
done

if [ "${1:-}" != "-short" ]; then
  echo "== Go benchmarks"
  go test -run '^$' -bench . -benchtime 2x ./pyrun ./pysyntax ./transpile ./ipynb ./pyobj ./asyncshim 2>/dev/null | grep -E '^(Benchmark|ok)' || true
fi
