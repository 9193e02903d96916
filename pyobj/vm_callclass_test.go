package pyobj_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// TestCallClassSavesStacks checks the performance-only path pyobj gives
// pyvm (pyvm.CallClass): a function whose only call is C(s), for a plain
// class, gives its frame back to the pool with its stack, so each call
// allocates the instance and not a new stack; through type.__call__ (the
// path without CallClass) the stack is lent and one more allocation is
// made per call. Removing the path, or its "keeps no argument" promise,
// fails here.
func TestCallClassSavesStacks(t *testing.T) {
	if pyvm.CallClass == nil {
		t.Fatal("pyobj installs no pyvm.CallClass")
	}
	// pyvm as a kernel installs it, once per process, as the pipeline
	// tests do before this one (this file sorts after theirs, so that
	// the object-layer TestConformance still runs on gpython's VM).
	if !pyvm.Install() {
		t.Skip("pyvm is not the evaluator (NBCHECK_VM=gpython)")
	}
	st := &pyvm.State{Limit: 100}
	oldState := pyvm.StateOf
	pyvm.StateOf = func(py.Context) *pyvm.State { return st }
	defer func() { pyvm.StateOf = oldState }()
	const calls = 200
	allocs := func() float64 {
		ctx := newContext(t)
		defer ctx.Close()
		code, err := py.Compile(`
class C:
    def __init__(self, s):
        self.s = s
def f(s):
    return C(s)
def loop(items):
    for s in items:
        f(s)
`, "<callclass>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		g := py.StringDict{"__name__": py.String("__main__")}
		if _, err := pyvm.EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		items := make([]py.Object, calls)
		for i := range items {
			items[i] = py.String("ab")
		}
		args := py.Tuple{py.NewListFromItems(items)}
		run := func() {
			if _, err := py.Call(g["loop"], args, nil); err != nil {
				t.Fatal(err)
			}
		}
		run() // fill the pool and the class's caches
		return testing.AllocsPerRun(10, run)
	}
	with := allocs()
	saved := pyvm.CallClass
	pyvm.CallClass = nil
	without := allocs()
	pyvm.CallClass = saved
	t.Logf("allocations for %d calls of C(s): %.0f with CallClass, %.0f through type.__call__", calls, with, without)
	// One allocation a call (the lent stack) is the difference today;
	// half of it is the bound, for noise.
	if with+calls/2 > without {
		t.Errorf("CallClass saves %.0f allocations over %d calls, want about one a call (the stack)", without-with, calls)
	}
}
