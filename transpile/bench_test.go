package transpile_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/transpile"
)

// BenchmarkScript measures transpile throughput (MB/s) on the corpus
// cells joined into one large script.
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
	for i := 0; i < b.N; i++ {
		if _, err := transpile.Script(src, transpile.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
