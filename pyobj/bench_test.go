package pyobj_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrt"
)

const benchSrc = `
class V:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def __add__(self, o):
        return V(self.x + o.x)
    def __lt__(self, o):
        return self.x < o.x
def calls(n):
    v = V(1)
    t = 0
    for i in range(n):
        t += v.get()
    return t
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm1(self):
        return abs(self.x) + abs(self.y)
def vec(n):
    v = Vec(0, 0)
    step = Vec(1, -2)
    acc = 0
    for i in range(n):
        v = v + step
        acc += v.norm1()
    return acc
def ops(n):
    v = V(1)
    w = V(2)
    for i in range(n):
        v = v + w
        v < w
    return v
`

// benchRun compiles benchSrc on a context (with pyobj when install is
// set; bare gpython otherwise) and returns fn(n).
func benchRun(b *testing.B, install bool, fn string) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if install {
		if err := pyrt.Install(ctx, pyrt.Options{}); err != nil {
			b.Fatal(err)
		}
		if err := pyobj.Install(ctx); err != nil {
			b.Fatal(err)
		}
	}
	code, err := py.Compile(benchSrc, "bench.py", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	mod, err := py.RunCode(ctx, code, "__main__", nil)
	if err != nil {
		b.Fatal(err)
	}
	f := mod.Globals[fn]
	b.ResetTimer()
	if _, err := py.Call(f, py.Tuple{py.Int(b.N)}, nil); err != nil {
		b.Fatal(err)
	}
}

// Method calls are correct on bare gpython too, so both are measured.
func BenchmarkMethodCallBare(b *testing.B)  { benchRun(b, false, "calls") }
func BenchmarkMethodCallPyobj(b *testing.B) { benchRun(b, true, "calls") }

// Bare gpython cannot dispatch + and < on instances; only pyobj runs this.
func BenchmarkOperatorDispatchPyobj(b *testing.B) { benchRun(b, true, "ops") }

// bench/cpu/methods.py's loop: an instance made, + dispatched to
// __add__, a method called and two attributes read per iteration.
func BenchmarkVecPyobj(b *testing.B) { benchRun(b, true, "vec") }
