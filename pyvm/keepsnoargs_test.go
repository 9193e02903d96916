package pyvm

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestKeepsNoArgsSavesStacks checks the keepsNoArgs fast path: a
// function whose only call is to a builtin on the list (len) gives its
// frame back to the pool with its stack, so calling it again allocates
// no stack; the same call to a builtin off the list lends the stack and
// costs a new one per call. Removing the fast path, or the name from the
// list, makes the first count grow to the second.
func TestKeepsNoArgsSavesStacks(t *testing.T) {
	if !keepsNoArgs["len"] {
		t.Fatal("len is not in keepsNoArgs")
	}
	st := &State{Limit: 100}
	old := StateOf
	StateOf = func(py.Context) *State { return st }
	defer func() { StateOf = old }()
	const calls = 200
	allocs := func(builtin string) float64 {
		var n float64
		withVM(true, func() {
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			lenOf := func(_ py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(len(args[0].(py.String))), nil
			}
			code, err := py.Compile(`
def f(s):
    return `+builtin+`(s)
def loop(items):
    for s in items:
        f(s)
`, "<keeps>", py.ExecMode, 0, true)
			if err != nil {
				t.Fatal(err)
			}
			g := py.StringDict{"__name__": py.String("__main__")}
			// Both are Go builtins that keep nothing; only len is named
			// in keepsNoArgs.
			g["len"] = py.MustNewMethod("len", lenOf, 0, "")
			g["other"] = py.MustNewMethod("other", lenOf, 0, "")
			if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
				t.Fatal(err)
			}
			items := make([]py.Object, calls)
			for i := range items {
				items[i] = py.String("ab")
			}
			args := py.Tuple{py.NewListFromItems(items)}
			loop := g["loop"]
			run := func() {
				if _, err := py.Call(loop, args, nil); err != nil {
					t.Fatal(err)
				}
			}
			run() // fill the pool
			n = testing.AllocsPerRun(20, run)
		})
		return n
	}
	listed, other := allocs("len"), allocs("other")
	t.Logf("allocations for %d calls: len %.0f, other %.0f", calls, listed, other)
	if listed > calls/4 {
		t.Errorf("len: %.0f allocations for %d calls, want under %d (the stack is not reused)", listed, calls, calls/4)
	}
	if other < calls {
		t.Errorf("other: %.0f allocations for %d calls, want at least one a call (the test no longer measures the lent stack)", other, calls)
	}
}
