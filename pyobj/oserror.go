package pyobj

// This file is OSError's constructor and fields as CPython's (see
// pyrt/oserror.go for where the fields live). OSError(errno, strerror)
// makes the subclass the errno selects (OSError(2, 'x') is a
// FileNotFoundError); errno, strerror, filename and filename2 are
// fields apart from args; characters_written is set only by
// BlockingIOError's third argument.
//
// As in CPython, the arguments are taken by __new__, unless the class
// defines __init__ in Python and not __new__: then OSError.__init__
// takes them (called by the class's __init__ through super()), and
// __new__ leaves args empty.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// osUseInit reports whether OSError.__init__ rather than __new__ takes
// the arguments for cls: CPython's oserror_use_init.
func osUseInit(cls *py.Type) bool {
	if !IsClass(cls) {
		return false
	}
	_, owner := lookupFrom(cls, "__init__", 0)
	return owner != nil && IsClass(owner) && userLookup(cls, "__new__") == nil
}

// osErrorNew is OSError.__new__ (and its subclasses').
func osErrorNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if osUseInit(cls) {
		return &py.Exception{Base: cls, Args: py.Tuple{}, Dict: py.StringDict{}}, nil
	}
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", cls.Name)
	}
	if cls == py.OSError && len(args) >= 2 && len(args) <= 5 {
		cls = pyrt.ErrnoClass(unwrap(args[0]))
	}
	e := &py.Exception{Base: cls, Dict: py.StringDict{}}
	if err := pyrt.SetOSErrorArgs(e, args); err != nil {
		return nil, err
	}
	return e, nil
}

func init() {
	for _, t := range pyrt.OSErrorClasses {
		t.New = osErrorNew
	}
	d := py.OSError.Dict
	d["__init__"] = method("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("OSError.__init__", args, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0], "__init__")
		if err != nil {
			return nil, err
		}
		if !osUseInit(e.Base) {
			// __new__ took the arguments.
			return py.None, nil
		}
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
		}
		return py.None, pyrt.SetOSErrorArgs(e, args[1:])
	})
	for _, n := range pyrt.OSErrorFields {
		name := n
		d[name] = prop(func(e *py.Exception) (py.Object, error) {
			if v, ok := e.Dict[name]; ok {
				return v, nil
			}
			return py.None, nil
		}, func(e *py.Exception, v py.Object) error {
			e.Dict[name] = v
			return nil
		})
	}
	d["characters_written"] = prop(func(e *py.Exception) (py.Object, error) {
		if v, ok := e.Dict["characters_written"]; ok {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.AttributeError, "characters_written")
	}, func(e *py.Exception, v py.Object) error {
		n, err := py.Index(v)
		if err != nil {
			return err
		}
		e.Dict["characters_written"] = n
		return nil
	})
}
