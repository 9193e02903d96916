package transpile

// This file gives gpython's generators throw() and close() (C-THROW):
// gpython v0.2.0 raises NotImplementedError for both, and its VM offers no
// way to resume a frame with an exception. The transpiler wraps every
// yield expression as __nbc_recv((yield x)); throw(exc) sends a marker
// holding exc into the generator, and __nbc_recv raises exc at the yield
// where the generator is paused, so its try/except/finally run as in
// CPython (contextlib.contextmanager relies on it).
//
//	__nbc_recv(value) -> value   the value sent to a yield, or raise the thrown exception

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// throwMarker carries an exception into a paused generator.
type throwMarker struct{ exc *py.Exception }

var throwMarkerType = py.NewType("generator_throw", "an exception thrown into a generator")

// Type returns the marker's Python type.
func (m *throwMarker) Type() *py.Type { return throwMarkerType }

func recv(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_recv: got %d arguments, want 1", len(args))
	}
	if m, ok := args[0].(*throwMarker); ok {
		return nil, m.exc
	}
	return args[0], nil
}

var genThrowOnce sync.Once

// installGenThrow replaces the generator type's throw and close (once per
// process: type dicts are shared) and adds __nbc_recv to b.
func installGenThrow(b *py.Module) error {
	m, err := py.NewMethod("__nbc_recv", recv, 0, "__nbc_recv(value)")
	if err != nil {
		return err
	}
	b.Globals["__nbc_recv"] = m
	genThrowOnce.Do(func() {
		py.GeneratorType.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
			return genThrow(self.(*py.Generator), args)
		}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
		py.GeneratorType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
			return genClose(self.(*py.Generator))
		}, 0, "close() -> raise GeneratorExit inside generator.")
	})
	return nil
}

// throwArgs makes the exception instance of throw(typ[, val[, tb]]).
func throwArgs(args py.Tuple) (*py.Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	var val py.Object = py.None
	if len(args) > 1 {
		val = args[1]
	}
	switch t := args[0].(type) {
	case *py.Exception:
		if val != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "instance exception may not have a separate value")
		}
		return t, nil
	case *py.Type:
		if t.Flags&py.TPFLAGS_BASE_EXC_SUBCLASS != 0 {
			if e, ok := val.(*py.Exception); ok && e.Type().IsSubtype(t) {
				return e, nil
			}
			var a py.Tuple
			if t2, ok := val.(py.Tuple); ok {
				a = t2
			} else if val != py.None {
				a = py.Tuple{val}
			}
			inst, err := py.Call(t, a, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := inst.(*py.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
}

// finished marks a generator as exhausted: its next send stops.
func finished(g *py.Generator) {
	if g.Frame.Lasti == 0 {
		g.Frame.Lasti = 1
	}
	g.Frame.Yielded = false
}

func genThrow(g *py.Generator, args py.Tuple) (py.Object, error) {
	exc, err := throwArgs(args)
	if err != nil {
		return nil, err
	}
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti == 0 || !g.Frame.Yielded {
		// Not started, or done: the exception comes straight back.
		finished(g)
		return nil, exc
	}
	res, err := g.Send(&throwMarker{exc: exc})
	if err != nil {
		finished(g)
	}
	return res, err
}

func genClose(g *py.Generator) (py.Object, error) {
	if g.Frame.Lasti == 0 || !g.Frame.Yielded {
		finished(g)
		return py.None, nil
	}
	exc, err := py.ExceptionNew(py.GeneratorExit, nil, nil)
	if err != nil {
		return nil, err
	}
	_, err = g.Send(&throwMarker{exc: exc.(*py.Exception)})
	finished(g)
	if err == nil {
		finished(g)
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	}
	if py.IsException(py.GeneratorExit, err) || py.IsException(py.StopIteration, err) {
		return py.None, nil
	}
	return nil, err
}
