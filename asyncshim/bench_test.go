package asyncshim_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
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
