package pyrt

// This file gives a missing module attribute CPython's message, "module
// 'asyncio' has no attribute 'coroutine'". gpython raises "'module' has
// no attribute 'coroutine'" from its attribute lookup, which has no hook
// for modules, and the message alone does not name the module. The frame
// that raised it does: FixModuleAttrError reads the instruction that
// failed (a LOAD_ATTR) and the one before it, which loaded the module
// (LOAD_NAME, LOAD_GLOBAL, LOAD_FAST, or a LOAD_ATTR of a module's
// submodule), and rewrites the message only when that names a module
// lacking the attribute. It runs, through FixMessages (indexmsg.go), on
// errors leaving a function's frame and a cell; an error caught in the
// frame that raised it keeps gpython's message.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyvm"
)

var reModuleNoAttr = lazyRegexp(`^'module' has no attribute '([^']*)'$`)

// FixModuleAttrError rewrites, in place, the message of gpython's
// AttributeError for a missing module attribute in err to CPython's,
// when the failing instruction shows which module it was.
func FixModuleAttrError(err error) {
	exc, tb := Raised(err) // instr.go
	if exc == nil || !exc.Base.IsSubtype(py.AttributeError) {
		return
	}
	m := reModuleNoAttr().FindStringSubmatch(excArgString(exc))
	if m == nil {
		return
	}
	ins := FailingInstrs(tb)
	n := len(ins)
	if n < 2 || ins[n-1].Op != vm.LOAD_ATTR || !nameIs(tb.Frame.Code.Names, ins[n-1].Arg, m[1]) {
		return
	}
	mod, ok := loadedModule(tb.Frame, ins[:n-1])
	if !ok {
		return
	}
	if _, has := mod.Globals[m[1]]; has {
		return
	}
	name, ok := mod.Globals["__name__"].(py.String)
	if !ok {
		return
	}
	exc.Args = py.Tuple{py.String("module '" + string(name) + "' has no attribute '" + m[1] + "'")}
}

func nameIs(names []string, i int, want string) bool {
	return i >= 0 && i < len(names) && names[i] == want
}

// loadedModule returns the module the last of ins loaded: a variable
// (LOAD_NAME, LOAD_GLOBAL, LOAD_FAST) or a module's submodule (a.b.c).
func loadedModule(f *py.Frame, ins []Instr) (*py.Module, bool) {
	if len(ins) == 0 {
		return nil, false
	}
	in := ins[len(ins)-1]
	var obj py.Object
	var ok bool
	switch in.Op {
	case vm.LOAD_NAME, vm.LOAD_GLOBAL, vm.LOAD_FAST:
		obj, ok = LoadedValue(f, in)
	case vm.LOAD_ATTR:
		// a.b.c: a module's submodule, read from its namespace (no
		// descriptors run).
		if in.Arg < len(f.Code.Names) {
			if parent, pok := loadedModule(f, ins[:len(ins)-1]); pok {
				obj, ok = parent.Globals[f.Code.Names[in.Arg]]
			}
		}
	}
	if !ok {
		return nil, false
	}
	mod, ok := obj.(*py.Module)
	return mod, ok
}

// builtin_hasattr is hasattr(object, name): getattr as LOAD_ATTR does
// it (so an exception has only the attributes CPython's has), True unless
// that raised AttributeError; any other error propagates, as in CPython
// (gpython's hasattr answered False to every error).
func builtin_hasattr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "hasattr() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
	}
	_, err := pyvm.GetAttr(args[0], string(name))
	if err == nil {
		return py.True, nil
	}
	if isExc(err, py.AttributeError) {
		return py.False, nil
	}
	return nil, err
}

// builtin_getattr is getattr(object, name[, default]): gpython's, with
// CPython's message for a module's missing attribute, and a default that
// stands in for AttributeError only (gpython's hid any error).
func builtin_getattr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "getattr() takes no keyword arguments")
	}
	switch {
	case len(args) < 2:
		return nil, py.ExceptionNewf(py.TypeError, "getattr expected at least 2 arguments, got %d", len(args))
	case len(args) > 3:
		return nil, py.ExceptionNewf(py.TypeError, "getattr expected at most 3 arguments, got %d", len(args))
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
	}
	v, err := pyvm.GetAttr(args[0], string(name))
	if err == nil {
		return v, nil
	}
	if !isExc(err, py.AttributeError) {
		return nil, err
	}
	if len(args) == 3 {
		return args[2], nil
	}
	if m, ok := args[0].(*py.Module); ok {
		if e, ok := err.(*py.Exception); ok && reModuleNoAttr().MatchString(excArgString(e)) {
			if mn, ok := m.Globals["__name__"].(py.String); ok {
				return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", string(mn), string(name))
			}
		}
	}
	return nil, err
}

// excArgString is e's single str argument, or "".
func excArgString(e *py.Exception) string {
	if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
		if s, ok := args[0].(py.String); ok {
			return string(s)
		}
	}
	return ""
}
