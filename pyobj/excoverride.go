package pyobj

// This file lets pyrt's str() and repr() (print, f-strings, %s, the
// error line of a traceback) use the __str__ and __repr__ that an
// exception class defines in Python.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	pyrt.ExceptionOverride = exceptionOverride
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
