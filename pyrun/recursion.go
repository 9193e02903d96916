package pyrun

// This file defines the recursion limit and panic recovery. gpython has
// no recursion limit (C-RECUR): deep recursion overflows the Go stack,
// which kills the process. Every Python function call goes through the
// exported py.VmEvalCode, and every generator resumption through
// py.VmRunFrame; both are wrapped once per process to count the depth per
// context and raise RecursionError at the kernel's limit. The wrappers
// also turn a Go panic into a Python exception at the innermost Python
// call, so the kernel stays usable.

import (
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// DefaultRecursionLimit is CPython's default sys.getrecursionlimit().
const DefaultRecursionLimit = 1000

// frameState is the per-context call depth.
type frameState struct {
	depth int
	limit int
	intr  *interrupter // checked at every call: recursion ends on time too
}

var (
	wrapOnce sync.Once
	states   sync.Map // py.Context -> *frameState
)

func wrapVM() {
	wrapOnce.Do(func() {
		evalCode := py.VmEvalCode
		runFrame := py.VmRunFrame
		py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
			st := stateOf(ctx)
			if st == nil {
				return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
			}
			if st.depth >= st.limit {
				return nil, recursionError()
			}
			if err := st.intr.tick(); err != nil {
				return nil, err
			}
			st.depth++
			defer func() {
				st.depth--
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
			if st.depth >= st.limit {
				return nil, recursionError()
			}
			if err := st.intr.tick(); err != nil {
				return nil, err
			}
			st.depth++
			defer func() {
				st.depth--
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
