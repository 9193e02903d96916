package pyobj

// This file makes exceptions real classes. Instances of exception classes
// must be *py.Exception, because gpython's VM raises and matches nothing
// else, and gpython resolves their attributes through the class Dicts
// before falling back to (*py.Exception).M__getattr__, which answers every
// name with args (nbcheck's reads go through excGetAttr instead, which
// raises CPython's AttributeError). So BaseException's Dict gets
// properties for args, __cause__, __context__, __traceback__...,
// CPython's __str__, __repr__ and __init__, and one slot descriptor per
// attribute name that user exception classes use (declareNames), which
// stores values in the exception's Dict.

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// slot stores an exception attribute in (*py.Exception).Dict.
type slot struct{ name string }

var slotType = newGoType("member_descriptor", "exception attribute slot")

func (s *slot) Type() *py.Type { return slotType }

// HiddenEntry keeps slots out of dir() and of BaseException.__dict__:
// CPython's exceptions have no such entries, and the names declared so
// far are those of every notebook a worker process ran (pyrt.Hidden).
func (s *slot) HiddenEntry() {}

// M__get__ reads the attribute from the exception's Dict.
func (s *slot) M__get__(instance, owner py.Object) (py.Object, error) {
	if e, ok := instance.(*py.Exception); ok {
		if v, ok := e.Dict[s.name]; ok {
			return v, nil
		}
		return nil, attrError(e, s.name)
	}
	if instance == nil || instance == py.None {
		name := "BaseException"
		if t, ok := owner.(*py.Type); ok {
			name = t.Name
		}
		return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", name, s.name)
	}
	return nil, attrError(instance, s.name)
}

// M__set__ stores the attribute in the exception's Dict.
func (s *slot) M__set__(instance, value py.Object) (py.Object, error) {
	if e, ok := instance.(*py.Exception); ok {
		if e == py.NotImplemented {
			return nil, notImplementedAttr(s.name)
		}
		e.Dict[s.name] = value
		return py.None, nil
	}
	if i, ok := instance.(*Instance); ok {
		i.dict.Set(s.name, value)
		return py.None, nil
	}
	return nil, attrError(instance, s.name)
}

// M__delete__ removes the attribute from the exception's Dict.
func (s *slot) M__delete__(instance py.Object) (py.Object, error) {
	if e, ok := instance.(*py.Exception); ok {
		if _, ok := e.Dict[s.name]; ok {
			delete(e.Dict, s.name)
			return py.None, nil
		}
	}
	return nil, attrError(instance, s.name)
}

// notImplementedAttr is the error of setting an attribute on
// NotImplemented: gpython's is an exception instance, shared by every
// kernel; CPython's has no attributes to set.
func notImplementedAttr(name string) error {
	return py.ExceptionNewf(py.AttributeError, "'NotImplementedType' object has no attribute '%s'", name)
}

var (
	declareMu sync.Mutex
	// declared are the names declareAttr gave a slot. Every one comes
	// from a kernel's code (a cell, a class body, a setattr), so they
	// are dropped when the last kernel closes (a name an earlier
	// notebook of a reused worker declared must not change what the
	// next one does), and the next kernel declares again what its own
	// code uses.
	declared []string
)

func init() {
	pyrt.OnIdle(func() {
		declareMu.Lock()
		defer declareMu.Unlock()
		for _, name := range declared {
			if _, ok := py.BaseException.Dict[name].(*slot); ok {
				delete(py.BaseException.Dict, name)
			}
		}
		declared = nil
		invalidateLookups()
	})
}

// declareName makes name settable on every exception instance.
func declareName(name string) {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return
	}
	declareAttr(name)
}

// declareAttr makes name, which may be a dunder, readable on every
// exception instance that holds it, unless BaseException already
// resolves it.
func declareAttr(name string) {
	declareMu.Lock()
	defer declareMu.Unlock()
	if _, ok := py.BaseException.Dict[name]; ok {
		return
	}
	py.BaseException.Dict[name] = &slot{name: name}
	declared = append(declared, name)
}

// DeclareNames makes every attribute name used by code (and the code
// nested in it) settable on exception instances. The kernel may call it
// on each compiled cell so that err.extra = 1 works on exceptions raised
// from any code; pyobj itself calls it for exception class bodies.
func DeclareNames(code *py.Code) {
	if code == nil {
		return
	}
	for _, n := range code.Names {
		declareName(n)
	}
	for _, c := range code.Consts {
		if cc, ok := c.(*py.Code); ok {
			DeclareNames(cc)
		}
	}
}

// declareNames declares the attribute names used by the methods of an
// exception class.
func declareNames(cd *classData) {
	for _, v := range cd.ns {
		switch f := v.(type) {
		case *py.Function:
			DeclareNames(f.Code)
		case *py.ClassMethod:
			if g, ok := f.Callable.(*py.Function); ok {
				DeclareNames(g.Code)
			}
		case *py.StaticMethod:
			if g, ok := f.Callable.(*py.Function); ok {
				DeclareNames(g.Code)
			}
		case *Property:
			for _, g := range []py.Object{f.fget, f.fset, f.fdel} {
				if g, ok := g.(*py.Function); ok {
					DeclareNames(g.Code)
				}
			}
		}
	}
}

func excArgs(e *py.Exception) py.Tuple {
	if t, ok := e.Args.(py.Tuple); ok {
		return t
	}
	return nil
}

func asExc(self py.Object, name string) (*py.Exception, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", name, self.Type().Name)
	}
	return e, nil
}

// isFromNone reports whether gpython stored "raise X from None" as the
// cause: its VM passes None through py.MakeException, which turns it into
// a SystemError about an unknown error.
func isFromNone(c py.Object) bool {
	e, ok := c.(*py.Exception)
	if !ok || e.Base != py.SystemError {
		return false
	}
	a := excArgs(e)
	if len(a) != 1 {
		return false
	}
	s, ok := a[0].(py.String)
	return ok && strings.HasPrefix(string(s), "Unknown error") && strings.Contains(string(s), "None")
}

func prop(get func(e *py.Exception) (py.Object, error), set func(e *py.Exception, v py.Object) error) *py.Property {
	p := &py.Property{Fget: func(self py.Object) (py.Object, error) {
		e, err := asExc(self, "attribute")
		if err != nil {
			return nil, err
		}
		return get(e)
	}}
	if set != nil {
		p.Fset = func(self, v py.Object) error {
			e, err := asExc(self, "attribute")
			if err != nil {
				return err
			}
			return set(e, v)
		}
	}
	return p
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// ExceptionStr is BaseException.__str__ (with KeyError's and OSError's
// variants), as pyrt prints it.
func ExceptionStr(e *py.Exception) (py.Object, error) {
	s, err := pyrt.ExceptionStr(e)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// ExceptionRepr is BaseException.__repr__, Name(arg, ...), as pyrt
// prints it.
func ExceptionRepr(e *py.Exception) (py.Object, error) {
	s, err := pyrt.ExceptionRepr(e)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func init() {
	d := py.BaseException.Dict
	d["args"] = prop(func(e *py.Exception) (py.Object, error) {
		return orNone(e.Args), nil
	}, func(e *py.Exception, v py.Object) error {
		t, err := py.SequenceTuple(v)
		if err != nil {
			return err
		}
		e.Args = t
		return nil
	})
	d["__cause__"] = prop(func(e *py.Exception) (py.Object, error) {
		if isFromNone(e.Cause) {
			return py.None, nil
		}
		return orNone(e.Cause), nil
	}, func(e *py.Exception, v py.Object) error {
		if v != py.None {
			if _, ok := v.(*py.Exception); !ok {
				return py.ExceptionNewf(py.TypeError, "exception cause must be None or derive from BaseException")
			}
		}
		e.Cause = v
		e.SuppressContext = true
		return nil
	})
	d["__context__"] = prop(func(e *py.Exception) (py.Object, error) {
		return orNone(e.Context), nil
	}, func(e *py.Exception, v py.Object) error {
		e.Context = v
		return nil
	})
	d["__suppress_context__"] = prop(func(e *py.Exception) (py.Object, error) {
		return py.NewBool(e.SuppressContext || (e.Cause != nil && e.Cause != py.None)), nil
	}, func(e *py.Exception, v py.Object) error {
		t, ok := v.(py.Bool)
		if !ok { // a T_BOOL member in CPython
			return py.ExceptionNewf(py.TypeError, "attribute value type must be bool")
		}
		e.SuppressContext = bool(t)
		return nil
	})
	d["__traceback__"] = prop(func(e *py.Exception) (py.Object, error) {
		return orNone(e.Traceback), nil
	}, func(e *py.Exception, v py.Object) error {
		e.Traceback = v
		return nil
	})
	d["with_traceback"] = method("with_traceback", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "with_traceback() takes exactly one argument (%d given)", len(args)-1)
		}
		e, err := asExc(args[0], "with_traceback")
		if err != nil {
			return nil, err
		}
		e.Traceback = args[1]
		return e, nil
	})
	d["__str__"] = method("__str__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__str__", args, 1); err != nil {
			return nil, err
		}
		if t, ok := args[0].(*py.Type); ok {
			return py.String(classRepr(t)), nil
		}
		e, err := asExc(args[0], "__str__")
		if err != nil {
			return nil, err
		}
		return ExceptionStr(e)
	})
	d["__repr__"] = method("__repr__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__repr__", args, 1); err != nil {
			return nil, err
		}
		if t, ok := args[0].(*py.Type); ok {
			return py.String(classRepr(t)), nil
		}
		e, err := asExc(args[0], "__repr__")
		if err != nil {
			return nil, err
		}
		return ExceptionRepr(e)
	})
	d["__init__"] = method("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__init__", args, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0], "__init__")
		if err != nil {
			return nil, err
		}
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
		}
		e.Args = args[1:].Copy()
		return py.None, nil
	})
	d["__class__"] = prop(func(e *py.Exception) (py.Object, error) {
		return e.Base, nil
	}, nil)
	py.StopIteration.Dict["value"] = prop(func(e *py.Exception) (py.Object, error) {
		if a := excArgs(e); len(a) > 0 {
			return a[0], nil
		}
		return py.None, nil
	}, nil)
	py.SystemExit.Dict["code"] = prop(func(e *py.Exception) (py.Object, error) {
		switch a := excArgs(e); len(a) {
		case 0:
			return py.None, nil
		case 1:
			return a[0], nil
		default:
			return a, nil
		}
	}, nil)
}

// Str returns str(o) as Python computes it: for an exception, the
// __str__ found along its class's MRO (gpython's own Go method ignores
// user overrides and fails on empty args); otherwise py.Str.
func Str(o py.Object) (py.Object, error) {
	if e, ok := o.(*py.Exception); ok {
		if f := Lookup(e.Base, "__str__"); f != nil {
			return callBound(f, e, e.Base, nil, nil)
		}
		return ExceptionStr(e)
	}
	return py.Str(o)
}

// Repr returns repr(o) as Python computes it: for an exception, the
// __repr__ found along its class's MRO; otherwise py.Repr.
func Repr(o py.Object) (py.Object, error) {
	if e, ok := o.(*py.Exception); ok {
		if f := Lookup(e.Base, "__repr__"); f != nil {
			return callBound(f, e, e.Base, nil, nil)
		}
		return ExceptionRepr(e)
	}
	if t, ok := o.(*py.Type); ok && !IsClass(t.Type()) {
		return py.String(classRepr(t)), nil
	}
	return py.Repr(o)
}

func reprObject(o py.Object) (py.Object, error) { return Repr(o) }
func strObject(o py.Object) (py.Object, error)  { return Str(o) }

func reprString(o py.Object) (string, error) {
	r, err := Repr(o)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}
