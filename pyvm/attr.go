package pyvm

// This file is attribute reads, and method calls without bound methods.
// obj.name(args) is compiled as LOAD_ATTR followed by the loads of the
// arguments and CALL_FUNCTION: when the instructions say so, LOAD_ATTR
// pushes the function itself and remembers obj, and CALL_FUNCTION calls
// the function with obj first, as the bound method would have, without
// making one.

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// MethodGetter is implemented by objects whose own attribute protocol
// can say, without binding, that getattr(obj, name) is a bound method:
// fn is a *py.Function (or *py.Method) that getattr would return bound
// to obj. ok is false whenever getattr might give anything else (an
// instance attribute shadowing it, a __getattribute__ override, ...).
// pyobj's instances implement it.
type MethodGetter interface {
	GetMethod(name string) (fn py.Object, ok bool)
}

// AttrSetter is implemented by objects whose own assignment protocol
// (data descriptors included, as CPython's object.__setattr__) is the
// whole of `obj.name = value`: STORE_ATTR calls it directly, without
// gpython's py.SetAttrString, which first looks the name up along the
// type's MRO for a descriptor to call (and so bypasses a class's own
// __setattr__). pyobj's instances implement it.
type AttrSetter interface {
	SetAttr(name string, value py.Object) error
}

// setAttr is obj.name = value.
func setAttr(obj py.Object, name string, value py.Object) error {
	if s, ok := obj.(AttrSetter); ok {
		return s.SetAttr(name, value)
	}
	_, err := py.SetAttrString(obj, name, value)
	return err
}

// isDunder reports whether name is __x__, which gpython's getattr looks
// up on the Go methods first.
func isDunder(name string) bool {
	return len(name) >= 5 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// ExceptionGetAttr, installed by pyobj, is getattr(e, name) for an
// exception. gpython's py.GetAttrString ends in
// (*py.Exception).M__getattr__, which answers any name it did not find
// with the exception's args; this one follows the class's MRO, the
// exception's own attributes and a class's __getattr__, and raises
// CPython's AttributeError.
var ExceptionGetAttr func(e *py.Exception, name string) (py.Object, error)

// GetAttr is getattr(obj, name) as LOAD_ATTR computes it: Go code that
// reads an attribute of an object that may be an exception (getattr,
// hasattr, probes for an optional method) calls it rather than
// py.GetAttrString.
func GetAttr(obj py.Object, name string) (py.Object, error) {
	v, err := getAttr(obj, name)
	if err != nil {
		attrErrorContext(err, obj, name)
	}
	return v, err
}

// attrErrorContext gives an AttributeError raised while reading
// obj.name its name and obj attributes unless it has them, as CPython
// 3.11 does after LOAD_ATTR and getattr() (whichever code raised it).
func attrErrorContext(err error, obj py.Object, name string) {
	var e *py.Exception
	switch x := err.(type) {
	case *py.Exception:
		e = x
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	}
	if e == nil || e.Base == nil || !e.Base.IsSubtype(py.AttributeError) {
		return
	}
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	if _, ok := e.Dict["name"]; ok {
		return
	}
	if _, ok := e.Dict["obj"]; ok {
		return
	}
	e.Dict["name"] = py.String(name)
	e.Dict["obj"] = obj
}

// getAttr is getattr(obj, name): py.GetAttrString, with the common case
// of an object with no __getattribute__ done without its allocations
// (the same steps in the same order), and exceptions read through
// ExceptionGetAttr.
func getAttr(obj py.Object, name string) (py.Object, error) {
	if e, ok := obj.(*py.Exception); ok && ExceptionGetAttr != nil {
		return ExceptionGetAttr(e, name)
	}
	if _, ok := obj.(py.I__getattribute__); ok || isDunder(name) {
		return py.GetAttrString(obj, name)
	}
	if _, ok := obj.(*py.Type); ok {
		return py.GetAttrString(obj, name)
	}
	if d, ok := obj.(py.IGetDict); ok {
		if v, ok := d.GetDict()[name]; ok {
			return v, nil
		}
	}
	t := obj.Type()
	if res := t.NativeGetAttrOrNil(name); res != nil {
		if g, ok := res.(py.I__get__); ok {
			return g.M__get__(obj, t)
		}
		return res, nil
	}
	return py.GetAttrString(obj, name) // __getattr__, or the error
}

// methodOf reports what getattr(obj, name) would bind to obj, when it
// is a Python function or a builtin method.
func methodOf(obj py.Object, name string) (py.Object, bool) {
	if m, ok := obj.(MethodGetter); ok {
		return m.GetMethod(name)
	}
	if _, ok := obj.(py.I__getattribute__); ok || isDunder(name) {
		return nil, false
	}
	if _, ok := obj.(*py.Type); ok {
		return nil, false
	}
	if d, ok := obj.(py.IGetDict); ok {
		if _, ok := d.GetDict()[name]; ok {
			return nil, false
		}
	}
	switch fn := obj.Type().NativeGetAttrOrNil(name).(type) {
	case *py.Function:
		return fn, true
	case *py.Method:
		if fn.Internal() == py.InternalMethodNone {
			return fn, true
		}
	case BuiltinMethod:
		if m := fn.BuiltinMethod(); m != nil && m.Internal() == py.InternalMethodNone {
			return m, true
		}
	}
	return nil, false
}

// BuiltinMethod is implemented by descriptors of builtin types' methods
// (pyrt's method_descriptor) that bind to an instance as a bound method
// of the *py.Method they return.
type BuiltinMethod interface {
	BuiltinMethod() *py.Method
}

// callsNext reports whether the instructions from pc on compute the
// arguments with loads (names, constants, locals), operators, attribute
// reads, subscripts and tuples only, and then CALL_FUNCTION of exactly
// them: the value pushed just before pc is then only called. (An
// operator may run Python code, but in another frame: this frame makes
// no call of its own in between.)
func callsNext(code string, pc int) bool {
	n := 0 // values pushed above the function
	for pc < len(code) {
		op := vm.OpCode(code[pc])
		if op >= vm.HAVE_ARGUMENT && pc+2 >= len(code) {
			return false
		}
		switch op {
		case vm.LOAD_FAST, vm.LOAD_CONST, vm.LOAD_GLOBAL, vm.LOAD_NAME, vm.LOAD_DEREF:
			n++
		case vm.LOAD_ATTR:
			if n < 1 {
				return false
			}
		case vm.UNARY_NEGATIVE, vm.UNARY_POSITIVE, vm.UNARY_NOT, vm.UNARY_INVERT:
			if n < 1 {
				return false
			}
		case vm.BINARY_ADD, vm.BINARY_SUBTRACT, vm.BINARY_MULTIPLY, vm.BINARY_MODULO,
			vm.BINARY_FLOOR_DIVIDE, vm.BINARY_TRUE_DIVIDE, vm.BINARY_AND, vm.BINARY_OR,
			vm.BINARY_XOR, vm.BINARY_SUBSCR:
			if n < 2 {
				return false
			}
			n--
		case vm.CALL_FUNCTION:
			return int(code[pc+1]) == n && code[pc+2] == 0
		default:
			return false
		}
		if op >= vm.HAVE_ARGUMENT {
			pc += 3
		} else {
			pc++
		}
	}
	return false
}

// importFromError is CPython 3.11's ImportError of 'from mod import name'
// when mod has no such attribute: "cannot import name 'name' from 'mod'
// (path)", with name set to the module's name and path to its __file__.
func importFromError(mod py.Object, name string) error {
	modName, path := py.Object(py.None), py.Object(py.None)
	label, where := "<unknown module name>", "unknown location"
	if v, err := py.GetAttrString(mod, "__name__"); err == nil {
		if s, ok := v.(py.String); ok {
			modName, label = s, string(s)
		}
	}
	if v, err := py.GetAttrString(mod, "__file__"); err == nil {
		if s, ok := v.(py.String); ok {
			path, where = s, string(s)
		}
	}
	msg := "cannot import name " + quoteStr(name) + " from " + quoteStr(label) + " (" + where + ")"
	return &py.Exception{Base: py.ImportError, Args: py.Tuple{py.String(msg)}, Dict: py.StringDict{"name": modName, "path": path}}
}

// quoteStr is repr(s) of a str.
func quoteStr(s string) string {
	if r, err := py.Repr(py.String(s)); err == nil {
		if q, ok := r.(py.String); ok {
			return string(q)
		}
	}
	return "'" + s + "'"
}
