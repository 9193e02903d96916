package transpile

// This file defines the Python helpers that the transpiler itself owns
// (docs/lowering.md, owner transpile): the yield from step helpers.
//
//	__nbc_yf_start(iterable) -> state   start delegating to iter(iterable)
//	__nbc_yf_step(state) -> bool        resume with the value last sent; True if it yielded
//	__nbc_yf_send(state, value)         the value to send at the next step
//	__nbc_yf_value(state) -> object     the value yielded last, or the return value once done

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// yfState is the state of one yield from.
type yfState struct {
	it    py.Object
	send  py.Object
	value py.Object
	done  bool
}

var yfStateType = py.NewType("yield_from_state", "state of a lowered yield from")

// Type returns the state's Python type.
func (s *yfState) Type() *py.Type { return yfStateType }

// helpers are the Python-visible helpers, keyed by name.
var helpers = map[string]func(self py.Object, args py.Tuple) (py.Object, error){
	"__nbc_yf_start": yf_start,
	"__nbc_yf_step":  yf_step,
	"__nbc_yf_send":  yf_send,
	"__nbc_yf_value": yf_value,
}

// InstallHelpers adds the transpiler's own helpers to the builtins module
// of ctx.
func InstallHelpers(ctx py.Context) error {
	b, err := ctx.GetModule("builtins")
	if err != nil {
		return err
	}
	for name, fn := range helpers {
		m, err := py.NewMethod(name, fn, 0, name)
		if err != nil {
			return err
		}
		b.Globals[name] = m
	}
	installChecks(b)
	installKwargStandins(b)
	installExecStandins(b)
	installEnv(b)
	installCells(b)
	installWalrus(b)
	installBinop(b)
	if err := installGenThrow(b); err != nil {
		return err
	}
	// The Python halves need what pyobj installs (property, ...): a bare
	// gpython context goes without them, and lowered code that needs
	// them fails there with a NameError naming the helper.
	_ = exceptStarRT.install(ctx, b, "__nbc_exceptiongroups", exceptStarNames)
	_ = typeParamsRT.install(ctx, b, "__nbc_typeparams", typeParamsNames)
	return installMatch(b)
}

func argState(name string, args py.Tuple, n int) (*yfState, error) {
	if len(args) != n {
		return nil, py.ExceptionNewf(py.TypeError, "%s: got %d arguments, want %d", name, len(args), n)
	}
	s, ok := args[0].(*yfState)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s: got %s, want yield_from_state", name, args[0].Type().Name)
	}
	return s, nil
}

func yf_start(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_yf_start: got %d arguments, want 1", len(args))
	}
	it, err := pyvm.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &yfState{it: it, send: py.None, value: py.None}, nil
}

func yf_send(self py.Object, args py.Tuple) (py.Object, error) {
	s, err := argState("__nbc_yf_send", args, 2)
	if err != nil {
		return nil, err
	}
	s.send = args[1]
	return py.None, nil
}

func yf_value(self py.Object, args py.Tuple) (py.Object, error) {
	s, err := argState("__nbc_yf_value", args, 1)
	if err != nil {
		return nil, err
	}
	return s.value, nil
}

func yf_step(self py.Object, args py.Tuple) (py.Object, error) {
	s, err := argState("__nbc_yf_step", args, 1)
	if err != nil {
		return nil, err
	}
	if s.done {
		return py.False, nil
	}
	send := s.send
	s.send = py.None
	var res py.Object
	yielded := false
	if g, ok := s.it.(*py.Generator); ok {
		res, yielded, err = genSend(g, send)
	} else if send != py.None {
		var fn py.Object
		fn, err = py.GetAttrString(s.it, "send")
		if err == nil {
			res, err = py.Call(fn, py.Tuple{send}, nil)
			yielded = err == nil
		}
	} else {
		res, err = py.Next(s.it)
		yielded = err == nil
	}
	if err != nil {
		if v, ok := stopValue(err); ok {
			s.done, s.value = true, v
			return py.False, nil
		}
		return nil, err
	}
	if !yielded {
		s.done, s.value = true, res
		return py.False, nil
	}
	s.value = res
	return py.True, nil
}

// genSend resumes g with arg like generator.send, but keeps the return
// value that gpython's Send drops.
func genSend(g *py.Generator, arg py.Object) (py.Object, bool, error) {
	if g.Running {
		return nil, false, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti == 0 {
		if arg != py.None {
			return nil, false, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started generator")
		}
	} else {
		if !g.Frame.Yielded {
			return py.None, false, nil
		}
		g.Frame.Stack = append(g.Frame.Stack, arg)
	}
	g.Running = true
	res, err := py.VmRunFrame(g.Frame)
	g.Running = false
	if err != nil {
		return nil, false, err
	}
	if g.Frame.Yielded {
		return res, true, nil
	}
	if res == nil {
		res = py.None
	}
	return res, false, nil
}

// stopValue reports whether err is StopIteration, and its value.
func stopValue(err error) (py.Object, bool) {
	var t *py.Type
	var val py.Object
	switch e := err.(type) {
	case *py.Type:
		t = e
	case *py.Exception:
		t, val = e.Base, e
	case py.ExceptionInfo:
		t, val = e.Type, e.Value
	case *py.ExceptionInfo:
		t, val = e.Type, e.Value
	}
	if t == nil || !t.IsSubtype(py.StopIteration) {
		return nil, false
	}
	if ex, ok := val.(*py.Exception); ok {
		if args, ok := ex.Args.(py.Tuple); ok && len(args) > 0 {
			return args[0], true
		}
	}
	return py.None, true
}
