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

echo "== interruption checks (docs/lowering.md): user CPU seconds, best of 5, with and without"
best() { # best user CPU seconds of 5 runs of a command
  local b=999 t
  for _ in 1 2 3 4 5; do
    t=$( { /usr/bin/time -f '%U' "$@" >/dev/null; } 2>&1 | tail -1)
    b=$(awk -v a="$b" -v t="$t" 'BEGIN{ print (t < a) ? t : a }')
  done
  echo "$b"
}
printf '%-16s %10s %10s %9s\n' benchmark checks no-checks overhead
for f in bench/cpu/*.py; do
  a=$(best "$bin" exec "$f")
  b=$(best "$bin" exec --debug.no-checks "$f")
  printf '%-16s %9ss %9ss %9s\n' "$(basename "$f" .py)" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN{ if (b > 0) printf "%+.1f%%", (a/b-1)*100; else print "-" }')"
done

echo "== isolation: one worker process per notebook (20 one-cell notebooks, -j 1)"
iso=$(mktemp -d)
for i in $(seq 20); do printf '```python\nprint(%d)\n```\n' "$i" > "$iso/n$i.md"; done
read -r w1 _ < <(timeit "$bin" check -j 1 "$iso" || true)
read -r w2 _ < <(timeit "$bin" check -j 1 --debug.in-process "$iso" || true)
awk -v a="$w1" -v b="$w2" 'BEGIN{ printf "workers %ss, in-process %ss: %.1f ms per notebook\n", a, b, (a-b)*1000/20 }'
rm -rf "$iso"

if [ "${1:-}" != "-short" ]; then
  echo "== Go benchmarks"
  go test -run '^$' -bench . -benchtime 2x ./pyrun ./pysyntax ./transpile ./ipynb ./pyobj ./asyncshim 2>/dev/null | grep -E '^(Benchmark|ok)' || true
fi
