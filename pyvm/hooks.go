package pyvm

import (
	"os"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// State is the per-context state of the evaluator: the call depth and
// its limit, the interruption check, and the frame pool. Only the
// goroutine running Python in that context may touch it (nbcheck runs
// exactly one Python at a time per context).
//
// The pool's safety rule: a frame goes back to the pool only after a
// normal return (or a binding error before it ran), and only when
// nothing can refer to it any more: never a generator's frame, never a
// frame that a traceback entry names (tracebacks are read after the
// fact, pyrun/traceback.go and pyrt/instr.go look at tb.Frame), never a
// frame whose Locals map was made or handed out (locals(), eval, exec,
// import *), never a frame given to [Run] by someone else.
type State struct {
	Depth int          // Python calls running now
	Limit int          // RecursionError at this depth
	Tick  func() error // the interruption check, at every call; may be nil
	// Handled is the exception the running Python code is handling:
	// the innermost frame's, or else the one its callers handle, as
	// CPython's thread state has it (sys.exc_info, a bare raise in a
	// function called from an except block).
	Handled py.ExceptionInfo

	free   []*py.Frame
	nopool bool

	helperCache [helperCacheSize]helperEntry // arith.go
	helperNext  int
}

// Hooks nbcheck's other packages install. They are set once, before
// any Python runs.
var (
	// StateOf returns the state of a context, or nil (no limit, no
	// check, no pool).
	StateOf func(ctx py.Context) *State
	// FixError is called with every error leaving a Python frame
	// (pyrt.FixMessages).
	FixError func(err error)
	// CheckKeywords is called before binding a call that passes two or
	// or more keywords, to raise the error about the first offending
	// keyword in call order (pyrt).
	CheckKeywords func(ctx py.Context, code *py.Code, nargs int, kws py.StringDict) error
	// TypeOr is a | b when a or b is a class (types.UnionType, pyobj);
	// ok is false when it does not apply.
	TypeOr func(a, b py.Object) (res py.Object, ok bool, err error)
	// Iter is iter(x) for GET_ITER (pyrt's, which also iterates bytes
	// and files, as gpython's py.Iter cannot).
	Iter = py.Iter
	// RecursionError makes the exception raised at the depth limit.
	RecursionError = func() error {
		return py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded")
	}
	// Panic turns a recovered Go panic into the error of the innermost
	// Python call.
	Panic = func(r any) error {
		if e, ok := r.(*py.Exception); ok {
			return e
		}
		if e, ok := r.(py.ExceptionInfo); ok {
			return e
		}
		return py.ExceptionNewf(py.SystemError, "Go panic: %v", r)
	}
)

// lastState caches the latest answer of StateOf (one context runs at a
// time in practice, and StateOf is a sync.Map lookup).
var lastState atomic.Pointer[ctxState]

type ctxState struct {
	ctx py.Context
	st  *State
}

func stateOf(ctx py.Context) *State {
	if ctx == nil {
		return nil
	}
	if c := lastState.Load(); c != nil && c.ctx == ctx {
		return c.st
	}
	var st *State
	if StateOf != nil {
		st = StateOf(ctx)
	}
	if st == nil {
		// A context no kernel runs (a package's tests, a tool): CPython's
		// default limit still holds, so that runaway recursion is a
		// RecursionError rather than a Go stack overflow; no pool, as
		// nothing says when the context is done.
		v, _ := fallbackStates.LoadOrStore(ctx, &State{Limit: DefaultRecursionLimit, nopool: true})
		st = v.(*State)
	}
	lastState.Store(&ctxState{ctx, st})
	return st
}

// DefaultRecursionLimit is the depth limit of contexts StateOf knows
// nothing about (CPython's default sys.getrecursionlimit()).
const DefaultRecursionLimit = 1000

var fallbackStates sync.Map // py.Context -> *State

// EnvVar names the environment variable that chooses the evaluator:
// "gpython" keeps gpython's own VM; anything else (or unset) is pyvm.
const EnvVar = "NBCHECK_VM"

var (
	installMu sync.Mutex
	installed atomic.Bool
	tried     bool
)

// Enabled reports whether pyvm is the evaluator of this process: true
// unless $NBCHECK_VM is "gpython" (read once).
var Enabled = sync.OnceValue(func() bool {
	return os.Getenv(EnvVar) != "gpython"
})

// Install makes pyvm the evaluator (py.VmRunFrame and py.VmEvalCode)
// when [Enabled], once per process, and reports whether pyvm is
// installed. Wrappers that others put on py.VmEvalCode or py.VmRunFrame
// before are dropped: pyvm does their work itself through the hooks.
func Install() bool {
	installMu.Lock()
	defer installMu.Unlock()
	if !tried {
		tried = true
		if Enabled() {
			py.VmRunFrame = Run
			py.VmEvalCode = EvalCode
			installed.Store(true)
		}
	}
	return installed.Load()
}

// Installed reports whether [Install] made pyvm the evaluator.
func Installed() bool {
	return installed.Load()
}

// RunCode runs module-level or class-body code as ctx.RunCode does, but
// on pyvm when it is installed (gpython's context runs such code on
// gpython's VM directly, not through py.VmEvalCode). Its frame counts
// in the depth, but gets no interruption check: the statements of a
// cell that follows an interrupted one must run.
func RunCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	if !installed.Load() {
		return ctx.RunCode(code, globals, locals, closure)
	}
	return evalCode(ctx, code, globals, locals, nil, nil, nil, nil, closure, false)
}

// GpythonRunFrame and GpythonEvalCode are gpython's own VM, for
// comparisons and tests.
var (
	GpythonRunFrame = vm.RunFrame
	GpythonEvalCode = vm.EvalCode
)

// Handled returns the exception the Python code running in ctx is
// handling, if any (sys.exc_info).
func Handled(ctx py.Context) py.ExceptionInfo {
	if st := stateOf(ctx); st != nil {
		return st.Handled
	}
	return py.ExceptionInfo{}
}

// SetHandled makes h the exception the Python code running in ctx is
// handling. asyncshim, whose tasks and threads take turns in one context
// on goroutines of their own, saves it when one gives up its turn and
// restores it when that one resumes, as CPython keeps it per thread and
// per coroutine.
func SetHandled(ctx py.Context, h py.ExceptionInfo) {
	if st := stateOf(ctx); st != nil {
		st.Handled = h
	}
}
