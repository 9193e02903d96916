package pyobj

// This file lets pyrt's str() and repr() (print, f-strings, %s, the
// error line of a traceback) use the __str__ and __repr__ that an
// exception class defines in Python, and adds PEP 678's notes
// (BaseException.add_note and __notes__, new in 3.11 with exception
// groups).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	pyrt.ExceptionOverride = exceptionOverride
	d := py.BaseException.Dict
	d["add_note"] = method("add_note", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 2 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "BaseException.add_note() takes exactly one argument (%d given)", len(args)-1+len(kwargs))
		}
		e, err := asExc(args[0], "add_note")
		if err != nil {
			return nil, err
		}
		if _, ok := args[1].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "note must be a str, not '%s'", pyrt.TypeName(args[1]))
		}
		notes, ok := e.Dict["__notes__"]
		if !ok {
			notes = py.NewList()
			e.Dict["__notes__"] = notes
		}
		l, ok := notes.(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[1])
		return py.None, nil
	})
	d["__notes__"] = prop(func(e *py.Exception) (py.Object, error) {
		if v, ok := e.Dict["__notes__"]; ok {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__notes__'", e.Base.Name)
	}, func(e *py.Exception, v py.Object) error {
		e.Dict["__notes__"] = v
		return nil
	})
}

// exceptionOverride calls the Python-defined method name (__str__ or
// __repr__) of e's class, if it has one along its MRO.
func exceptionOverride(e *py.Exception, name string) (py.Object, bool, error) {
	if e.Base == nil || !IsClass(e.Base) {
		return nil, false, nil
	}
	f, ok := Lookup(e.Base, name).(*py.Function)
	if !ok {
		return nil, false, nil
	}
	res, err := callBound(f, e, e.Base, nil, nil)
	return res, true, err
}
