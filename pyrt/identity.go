package pyrt

// This file defines __nbc_is(a, b), which the transpiler emits for `a is
// b` and `a is not b` between two non-literal operands (C-IS): gpython's VM
// compares identity with Go's ==, which panics when both operands are
// tuples (Go slices).

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

// Is reports whether a and b are the same object: the same pointer, the
// same slice (data and length; two empty tuples are the one empty tuple),
// or equal comparable values of the same Go type.
func Is(a, b py.Object) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return va.Pointer() == vb.Pointer()
	case reflect.Slice:
		if va.Len() == 0 && vb.Len() == 0 {
			return true
		}
		return va.Pointer() == vb.Pointer() && va.Len() == vb.Len()
	}
	if va.Comparable() {
		return a == b
	}
	return false
}

func helperIs(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_is expected 2 arguments, got %d", len(args))
	}
	return py.NewBool(Is(args[0], args[1])), nil
}
