package main

// This file enforces the limits a worker process can enforce on itself
// (memory) and the ones its parent enforces on the worker (a cell that
// does not stop at its wall-time limit, whatever it is doing).
//
// Memory: the worker sets Go's soft memory limit to --memory-limit, so
// the garbage collector works harder near it, and a watchdog samples the
// heap every 20 ms. Past the limit it interrupts the running cell, which
// raises MemoryError at its next loop iteration or call (pyrun's
// cooperative interruption) and frees what it held. Past the limit plus
// max(half the limit, 256 MiB), or when the heap stays over the limit
// for 2 s after the interruption, the worker exits with exitLimit and a
// MemoryError line on stderr, and the parent reports the cell that was
// running.

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrun"
)

// exitLimit is a worker's exit status when it stopped itself at a limit;
// its last line on stderr is the error ("MemoryError: ...").
const exitLimit = 3

// killGrace is how long past a cell's wall-time limit the parent waits
// for the cell's cooperative interruption before it kills the worker.
const killGrace = 5 * time.Second

// parseSize parses a byte size: a number with an optional unit (B, KB,
// MB, GB, KiB, MiB, GiB; case-insensitive). "0" means no limit.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
		{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12}, {"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1}}
	mult := int64(1)
	lower := strings.ToLower(t)
	for _, u := range units {
		if strings.HasSuffix(lower, u.suffix) {
			mult = u.mult
			t = strings.TrimSpace(t[:len(t)-len(u.suffix)])
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("got %q, want a size such as 2GiB, 512MiB or 0 (no limit)", s)
	}
	return int64(f * float64(mult)), nil
}

// formatSize prints n bytes the way the flag's default is written.
func formatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// watchdog enforces the memory limit in a worker process.
type watchdog struct {
	limit  int64
	stderr io.Writer
	kernel atomic.Pointer[pyrun.Kernel] // the running document's
	cells  atomic.Int64                 // bumped when a cell starts or ends
	// interrupted is set when the watchdog interrupts a cell; reset
	// clears it when a worker starts its next document.
	interrupted atomic.Bool
}

// reset starts the watch of a new document.
func (w *watchdog) reset() { w.interrupted.Store(false) }

// tripped reports whether the watchdog interrupted a cell of the
// document since reset.
func (w *watchdog) tripped() bool { return w.interrupted.Load() }

// startWatchdog starts enforcing limit (0: no limit; nil is returned).
func startWatchdog(limit int64, stderr io.Writer) *watchdog {
	if limit <= 0 {
		return nil
	}
	debug.SetMemoryLimit(limit)
	w := &watchdog{limit: limit, stderr: stderr}
	go w.watch()
	return w
}

// onKernel hands the watchdog the kernel it interrupts.
func (w *watchdog) onKernel(k *pyrun.Kernel) { w.kernel.Store(k) }

// onCell tells the watchdog that a cell started or ended.
func (w *watchdog) onCell() { w.cells.Add(1) }

func (w *watchdog) watch() {
	limit := w.limit
	// runtime.ReadMemStats stops the world for a few microseconds, every
	// 20 ms; runtime/metrics would not, but its package initialisation
	// costs every worker half a millisecond of CPU.
	var stats runtime.MemStats
	msg := fmt.Sprintf("the notebook used more than %s of memory (nbcheck --memory-limit)", formatSize(limit))
	hard := limit + max(limit/2, 256<<20)
	var since time.Time // when the running cell was interrupted
	var cell int64      // which cell that was
	for range time.Tick(20 * time.Millisecond) {
		k := w.kernel.Load()
		runtime.ReadMemStats(&stats)
		heap := int64(stats.HeapAlloc)
		ignored := !since.IsZero() && w.cells.Load() == cell && time.Since(since) > 2*time.Second
		switch {
		case heap > hard || (heap > limit && (k == nil || ignored)):
			// The cell does not reach a check (it is inside one Go
			// builtin) or memory grows faster than checks come.
			fmt.Fprintf(w.stderr, "\nMemoryError: %s\n", msg)
			os.Exit(exitLimit)
		case heap > limit && (since.IsZero() || w.cells.Load() != cell):
			// Interrupt the running cell (again, if it is a new one: the
			// notebook holds the memory).
			since, cell = time.Now(), w.cells.Load()
			w.interrupted.Store(true)
			k.Interrupt(py.MemoryError, msg)
		case heap <= limit && !since.IsZero():
			since = time.Time{}
			k.ClearInterrupt()
		}
	}
}
