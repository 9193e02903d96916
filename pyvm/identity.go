package pyvm

// This file is the one owner of identity, truth and equality as CPython's
// C API asks them (Py_Is, PyObject_IsTrue, PyObject_RichCompareBool with
// Py_EQ): the evaluator uses them, and so do pyrt's containers, dicts and
// builtins and the layers above, which import pyvm (it is the lowest of
// them).

import (
	"reflect"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Identical is `a is b`. gpython's values are Go values, some of them
// slices or maps (tuples, bytes, its dicts), which Go cannot compare
// with ==: those are the same object when they share their storage, and
// every empty tuple (or bytes) is the one empty tuple, as CPython's
// singletons. Values of comparable Go types (ints, floats, strings,
// pointers) are the same object when they are equal Go values.
func Identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.StringDict:
		y, ok := b.(py.StringDict)
		return ok && reflect.ValueOf(x).UnsafePointer() == reflect.ValueOf(y).UnsafePointer()
	}
	if a == nil || b == nil {
		return a == b
	}
	t := reflect.TypeOf(a)
	if t != reflect.TypeOf(b) {
		return false
	}
	if t.Comparable() {
		return a == b
	}
	// Other slice, map or func types (none of gpython's today): the same
	// storage, as above.
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice:
		return va.Len() == vb.Len() && (va.Len() == 0 || va.Pointer() == vb.Pointer())
	case reflect.Map, reflect.Func:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// Truth is bool(x): an error when __bool__ returns something other than
// a bool, as CPython.
func Truth(x py.Object) (bool, error) {
	switch v := x.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return v != 0, nil
	case py.NoneType:
		return false, nil
	case py.Bytes:
		return len(v) != 0, nil // gpython's bytes have no __len__ to ask
	}
	b, err := py.MakeBool(x)
	if err != nil {
		return false, err
	}
	if v, ok := b.(py.Bool); ok {
		return bool(v), nil
	}
	return false, errorf(py.TypeError, "__bool__ should return bool, returned %s", b.Type().Name)
}

// Eq is a == b as CPython's containers ask it (list.index, `in`, dict
// keys, == of two lists): an object is equal to itself (so [nan] ==
// [nan]), else the truth of a == b as COMPARE_OP computes it.
func Eq(a, b py.Object) (bool, error) {
	if Identical(a, b) {
		return true, nil
	}
	r, err := compare(vm.PyCmp_EQ, a, b)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// itemsContain is `a in items` for a list or tuple.
func itemsContain(items []py.Object, a py.Object) (bool, error) {
	for _, x := range items {
		if eq, err := Eq(x, a); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// itemsEqual is == between two lists or two tuples, as CPython: the
// same length, and each pair of items equal as Eq says (gpython compared
// items by == alone).
func itemsEqual(x, y []py.Object) (bool, error) {
	if len(x) != len(y) {
		return false, nil
	}
	for i := range x {
		if i >= len(y) { // a list shortened by an item's __eq__
			return false, nil
		}
		if eq, err := Eq(x[i], y[i]); err != nil || !eq {
			return false, err
		}
	}
	return len(x) == len(y), nil
}

// richEq is a == b, or a != b when ne, as CPython's rich comparison:
// a's method, then b's reflected one; a type with __eq__ and no __ne__
// answers != by inverting its __eq__ (object.__ne__); when neither side
// answers, identity. gpython's py.Eq and py.Ne raised TypeError there for
// two objects of one type (two functions, modules, exceptions).
func richEq(a, b py.Object, ne bool) (py.Object, error) {
	if r, err := eqMethod(a, b, ne); r != nil || err != nil {
		return r, err
	}
	if r, err := eqMethod(b, a, ne); r != nil || err != nil {
		return r, err
	}
	return py.NewBool(Identical(a, b) != ne), nil
}

// eqMethod is a's answer to a == b (or a != b), or nil when a has none
// (no method, or NotImplemented).
func eqMethod(a, b py.Object, ne bool) (py.Object, error) {
	if ne {
		if A, ok := a.(py.I__ne__); ok {
			r, err := A.M__ne__(b)
			if err != nil || r == py.NotImplemented {
				return nil, err
			}
			return r, nil
		}
	}
	A, ok := a.(py.I__eq__)
	if !ok {
		return nil, nil
	}
	r, err := A.M__eq__(b)
	if err != nil || r == py.NotImplemented {
		return nil, err
	}
	if !ne {
		return r, nil
	}
	t, err := Truth(r)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!t), nil
}

// NotEq is the __ne__ of a type whose __eq__ gave r, err: errors and
// NotImplemented pass through, any other result is negated (its truth,
// as CPython's default __ne__ does).
func NotEq(r py.Object, err error) (py.Object, error) {
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	t, err := Truth(r)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!t), nil
}
