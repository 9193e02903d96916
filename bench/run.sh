#!/usr/bin/env bash
# Benchmarks for nbcheck, printed as one report to paste in notes:
#  - the five seed fixtures (a minute of sleeps) checked end to end;
#  - ../shared/corpus checked with -j 1 and -j 2: wall time, notebooks per
#    second, peak RSS;
#  - CPU-bound micro-benchmarks run by `nbcheck exec`, by bare gpython
#    (`nbcheck exec --debug.bare`) and by CPython (python3, when present)
#    side by side;
#  - the per-notebook cost of worker processes (isolation) against
#    --debug.in-process, in wall time and in CPU time;
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

echo "== CPU micro-benchmarks: nbcheck exec vs bare gpython vs python3 (CPU seconds, user+sys, best of 3)"
# CPU seconds rather than wall: steady on a loaded machine, and fair to
# CPython (one thread) since they count nbcheck's parallel GC work too.
# bare: `nbcheck exec --debug.bare`, the same file on gpython v0.2.0 alone
# (its compiler and a plain context; none of the transpiler, object model,
# builtins or finders). Shown only where bare gpython prints the right
# output (python3's, or nbcheck's when python3 is absent): elsewhere
# "wrong" or "fails", and no overhead is computed. overhead = nbcheck/bare.
tfile=$(mktemp)
cpu() { # best user+sys seconds of 3 runs of a command
  local b=999 t
  for _ in 1 2 3; do
    /usr/bin/time -o "$tfile" -f '%U %S' "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$tfile" | awk '{ printf "%.2f", $1 + $2 }')
    b=$(awk -v a="$b" -v t="$t" 'BEGIN{ print (t < a) ? t : a }')
  done
  echo "$b"
}
# The interpreter itself, not a wrapper such as pyenv's shim (a shell
# script that costs about 0.4 CPU seconds per run and would flatter the
# ratios).
havepy=false
py=python3
if command -v python3 >/dev/null; then
  havepy=true
  py=$(python3 -c 'import sys; print(sys.executable)')
fi
# gpython-vm: nbcheck with gpython's VM instead of its own evaluator
# (NBCHECK_VM=gpython; package pyvm).
printf '%-12s %9s %10s %9s %9s %8s %9s\n' benchmark nbcheck gpython-vm bare python3 vs-py overhead
for f in bench/cpu/*.py; do
  name=$(basename "$f" .py)
  ref=$("$bin" exec "$f" 2>&1 || true)
  same=""
  if $havepy; then
    want=$("$py" "$f" 2>&1 || true)
    if [ "$ref" != "$want" ]; then same=" (OUTPUT DIFFERS)"; fi
  else
    want=$ref
  fi
  a=$(cpu "$bin" exec "$f")
  g=$(NBCHECK_VM=gpython cpu "$bin" exec "$f")
  if bout=$("$bin" exec --debug.bare "$f" 2>&1); then
    if [ "$bout" = "$want" ]; then
      c=$(cpu "$bin" exec --debug.bare "$f")
      o=$(awk -v a="$a" -v c="$c" 'BEGIN{ if (c > 0) printf "%+.0f%%", (a/c-1)*100; else print "-" }')
      c="${c}s"
    else
      c=wrong; o=-
    fi
  else
    c=fails; o=-
  fi
  if $havepy; then
    b=$(cpu "$py" "$f")
    r=$(awk -v a="$a" -v b="$b" 'BEGIN{ if (b > 0) printf "%.1fx", a/b; else print "-" }')
    b="${b}s"
  else
    b=-; r=-
  fi
  printf '%-12s %8ss %9ss %9s %9s %8s %9s%s\n' "$name" "$a" "$g" "$c" "$b" "$r" "$o" "$same"
done
rm -f "$tfile"

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

echo "== isolation: the cost of worker processes per notebook (best of 5 runs of 20 one-cell notebooks, -j 1)"
echo "   Worker processes against --debug.in-process (every notebook in nbcheck's own process, no"
echo "   isolation). wall: how much longer the run takes, per notebook (workers start ahead of"
echo "   their notebook, on another core when one is free); cpu: user+sys of nbcheck and its workers,"
echo "   per notebook (what a machine with no core to spare pays). reused: the default, a worker runs"
echo "   up to 16 notebooks, each on a fresh interpreter; fresh: --notebooks-per-worker=1, a process"
echo "   per notebook. print: print(i); imports: six standard modules (the first workers of a run"
echo "   compile them, later ones get their parent's code)."
echo "   load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
iso=$(mktemp -d)
isobest() { # best wall and best user+sys seconds of 5 runs of a command
  local bw=999 bc=999 w u s
  for _ in 1 2 3 4 5; do
    /usr/bin/time -o "$iso/time" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
    read -r w u s < <(tail -1 "$iso/time")
    bw=$(awk -v a="$bw" -v t="$w" 'BEGIN{ print (t < a) ? t : a }')
    bc=$(awk -v a="$bc" -v u="$u" -v s="$s" 'BEGIN{ t = u + s; print (t < a) ? t : a }')
  done
  echo "$bw $bc"
}
for kind in print imports; do
  rm -f "$iso"/*
  for i in $(seq 20); do
    if [ $kind = print ]; then
      printf '```python\nprint(%d)\n```\n' "$i" > "$iso/n$i.md"
    else
      printf '```python\nimport collections, functools, typing, dataclasses, json, re\nprint(%d)\n```\n' "$i" > "$iso/n$i.md"
    fi
  done
  read -r w2 c2 < <(isobest "$bin" check -j 1 --debug.in-process "$iso")
  for per in 16 1; do
    read -r w1 c1 < <(isobest "$bin" check -j 1 --notebooks-per-worker=$per "$iso")
    awk -v k="$kind" -v m="$([ $per = 1 ] && echo fresh || echo reused)" -v w1="$w1" -v w2="$w2" -v c1="$c1" -v c2="$c2" 'BEGIN{
      printf "%-8s %-7s workers %5.2fs wall %5.2fs cpu, in-process %5.2fs wall %5.2fs cpu: %+.1f ms wall, %+.1f ms cpu per notebook\n",
        k, m, w1, c1, w2, c2, (w1-w2)*1000/20, (c1-c2)*1000/20 }'
  done
done
rm -rf "$iso"

if [ "${1:-}" != "-short" ]; then
  echo "== Go benchmarks"
  go test -run '^$' -bench . -benchtime 2x ./pyrun ./pysyntax ./transpile ./ipynb ./pyobj ./asyncshim 2>/dev/null | grep -E '^(Benchmark|ok)' || true
fi
