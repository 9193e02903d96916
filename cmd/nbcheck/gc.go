package main

import (
	"os"
	"runtime/debug"
)

// interpreterGCPercent is the Go GC target of the processes that run
// Python (exec and workers). An interpreter allocates a small object for
// nearly every operation while its live heap stays small (a megabyte or
// two), so at Go's default of 100 the collector runs hundreds of times a
// second and each cycle's preemptions and fresh spans cost more than the
// marking: bench/cpu runs 15-25% faster at 400, for about 15 MB more
// resident memory. Workers keep their --memory-limit (debug.SetMemoryLimit
// makes the collector run earlier when the heap nears it).
const interpreterGCPercent = 400

// tuneGC sets the GC target for running Python, unless GOGC says otherwise.
func tuneGC() {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return
	}
	debug.SetGCPercent(interpreterGCPercent)
}
