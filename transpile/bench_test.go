package transpile_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/transpile"
)

// BenchmarkScript measures transpile throughput (MB/s) on the corpus
// cells joined into one large script. Besides the wall-clock MB/s it
// reports cpu-MB/s, the bytes transpiled per second of the process's CPU
// time (garbage collection included), which stays meaningful when the
// machine is loaded.
func BenchmarkScript(b *testing.B) {
	var sb strings.Builder
	for _, c := range corpusCells(b) {
		if _, err := transpile.Script(c.src, transpile.Options{}); err == nil {
			sb.WriteString(c.src)
			sb.WriteString("\n")
		}
	}
	src := sb.String()
	for len(src) < 1<<20 {
		src += src
	}
	if _, err := transpile.Script(src, transpile.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	cpu0, ok := processCPU()
	for i := 0; i < b.N; i++ {
		if _, err := transpile.Script(src, transpile.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, ok1 := processCPU(); ok && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(len(src))*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}
