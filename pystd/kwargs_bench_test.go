package pystd_test

import (
	"io"
	"testing"

	"github.com/nbcheck/nbcheck/runner"
	"github.com/nbcheck/nbcheck/transpile"
)

// BenchmarkKeywordCalls measures calls with keywords (one op = one loop
// of 1000 calls): the cost of keeping keyword order (pyrt/kwargs.go).
func BenchmarkKeywordCalls(b *testing.B) {
	for _, bm := range []struct{ name, src string }{
		{"positional", "def g(x, y):\n    return x\nfor i in range(1000):\n    g(i, i)\n"},
		{"one_keyword", "def g(x, y):\n    return x\nfor i in range(1000):\n    g(i, y=i)\n"},
		{"two_keywords", "def g(x, y):\n    return x\nfor i in range(1000):\n    g(y=i, x=i)\n"},
		{"kwargs_empty", "def h(x, **kw):\n    return x\nfor i in range(1000):\n    h(i)\n"},
		{"kwargs_two", "def h(**kw):\n    return kw\nfor i in range(1000):\n    h(a=i, b=i)\n"},
		{"forward", "def g(x, y):\n    return x\ndef w(*a, **k):\n    return g(*a, **k)\nfor i in range(1000):\n    w(i, y=i)\n"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			res, err := transpile.Script(bm.src, transpile.Options{})
			if err != nil {
				b.Fatal(err)
			}
			k, err := runner.NewKernel(runner.Options{Script: true}, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer k.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if st := k.RunScript(res.Code, "bench.py", io.Discard, io.Discard); st != 0 {
					b.Fatalf("exit status %d", st)
				}
			}
		})
	}
}
