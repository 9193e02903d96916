package pyrun

// This file defines the recursion limit and panic recovery. gpython has
// no recursion limit (C-RECUR): deep recursion overflows the Go stack,
// which kills the process. The depth is counted per context in a
// pyvm.State, at every Python call and generator resumption, and
// RecursionError raised at the kernel's limit; a Go panic becomes a
// Python exception at the innermost Python call, so the kernel stays
// usable. With nbcheck's evaluator (package pyvm, the default) pyvm does
// this itself through the hooks installed here, in one place with the
// interruption check and pyrt's message fixes and keyword checks. With
// gpython's VM ($NBCHECK_VM=gpython), py.VmEvalCode and py.VmRunFrame
// are wrapped once per process instead (and pyrt wraps py.VmEvalCode
// too, for its keyword checks).

import (
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// DefaultRecursionLimit is CPython's default sys.getrecursionlimit().
const DefaultRecursionLimit = 1000

// frameState is the per-context call depth, limit and interruption
// check (checked at every call: recursion ends on time too).
type frameState = pyvm.State

var (
	wrapOnce sync.Once
	states   sync.Map // py.Context -> *frameState
)

func wrapVM() {
	wrapOnce.Do(func() {
		pyvm.StateOf = stateOf
		pyvm.Panic = internalError
		pyvm.RecursionError = recursionError
		if pyvm.Install() {
			return
		}
		evalCode := py.VmEvalCode
		runFrame := py.VmRunFrame
		py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
			st := stateOf(ctx)
			if st == nil {
				return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
			}
			if st.Depth >= st.Limit {
				return nil, recursionError()
			}
			if err := st.Tick(); err != nil {
				return nil, err
			}
			st.Depth++
			defer func() {
				st.Depth--
				if r := recover(); r != nil {
					res, err = nil, internalError(r)
				}
			}()
			res, err = evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
			if err != nil {
				pyrt.FixMessages(err)
			}
			return res, err
		}
		py.VmRunFrame = func(frame *py.Frame) (res py.Object, err error) {
			st := stateOf(frame.Context)
			if st == nil {
				return runFrame(frame)
			}
			if st.Depth >= st.Limit {
				return nil, recursionError()
			}
			if err := st.Tick(); err != nil {
				return nil, err
			}
			st.Depth++
			defer func() {
				st.Depth--
				if r := recover(); r != nil {
					res, err = nil, internalError(r)
				}
			}()
			res, err = runFrame(frame)
			if err != nil {
				pyrt.FixMessages(err)
			}
			return res, err
		}
	})
}

func stateOf(ctx py.Context) *frameState {
	if ctx == nil {
		return nil
	}
	v, ok := states.Load(ctx)
	if !ok {
		return nil
	}
	return v.(*frameState)
}

func recursionError() error {
	return py.ExceptionNewf(pyrt.RecursionError, "maximum recursion depth exceeded")
}

// InternalError is the message prefix of the exception a Go panic becomes.
const InternalError = "internal nbcheck error"

// internalError turns a recovered panic into a Python exception.
func internalError(r any) error {
	if e, ok := r.(*py.Exception); ok {
		// gpython raises some exceptions by panicking with them.
		return e
	}
	if e, ok := r.(py.ExceptionInfo); ok {
		return e
	}
	msg := fmt.Sprintf("%s: Go panic: %v", InternalError, r)
	if debugPanics {
		msg += "\n" + string(debug.Stack())
	}
	return py.ExceptionNewf(py.SystemError, "%s", msg)
}

// debugPanics adds the Go stack to internal errors (for nbcheck's own
// debugging).
var debugPanics = false
