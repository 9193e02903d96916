//go:build !unix

package transpile_test

import "time"

// processCPU is unavailable here; the benchmark then reports wall-clock
// throughput only.
func processCPU() (time.Duration, bool) { return 0, false }
