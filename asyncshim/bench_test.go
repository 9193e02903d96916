package asyncshim_test

import (
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/runner"
)

// benchCell compiles src once and runs it as a cell b.N times on one kernel.
func benchCell(b *testing.B, src string) {
	k := newKernel(b, asyncshim.Options{})
	defer k.ctx.Close()
	defer k.loop.Close()
	code, err := py.Compile(src, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := k.run(code); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGather10k runs 10,000 tasks that each sleep, gathered.
func BenchmarkGather10k(b *testing.B) {
	benchCell(b, `import asyncio
@__nbc_coroutine
def w(i):
    __nbc_await(asyncio.sleep(i % 7))
    return i
r = __nbc_await(asyncio.gather(*[w(i) for i in range(10000)]))
assert len(r) == 10000
`)
}

// BenchmarkTaskSwitch measures one task yielding to another: each
// iteration of the loop below is two sleep(0) yields, i.e. two switches
// away from a task and two back. Divide ns/op by 2000*2 for one switch.
func BenchmarkTaskSwitch(b *testing.B) {
	benchCell(b, `import asyncio
@__nbc_coroutine
def spin():
    for _ in range(1000):
        __nbc_await(asyncio.sleep(0))
__nbc_await(asyncio.gather(spin(), spin()))
`)
}

// BenchmarkSeeds runs the five seed fixtures (about a minute of sleeps)
// end to end in this process, as `nbcheck check --debug.in-process` runs
// them: read, transpile, run on a fresh kernel each. One op is all five.
func BenchmarkSeeds(b *testing.B) {
	var paths []string
	for _, pat := range []string{"../fixtures/seed00*.ipynb", "../fixtures/seed00*.md"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	if len(paths) != 5 {
		b.Fatalf("want the 5 seed fixtures, got %v", paths)
	}
	var docs []*source.Doc
	for _, p := range paths {
		d, err := source.Load(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			md := d.Kind == source.Markdown
			if _, err := runner.Run(d.Path, d.Notebook, runner.Options{Script: md, MergeStreams: md}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
