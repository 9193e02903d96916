package pyrt

// This file makes bool an int in arithmetic and ordering, as in CPython.
// gpython's bool has arithmetic only against an int: True + True,
// True < False, True & True raised TypeError.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// boolInts returns a and b as ints when both are bools.
func boolInts(a, b py.Object) (py.Object, py.Object, bool) {
	x, ok := a.(py.Bool)
	if !ok {
		return a, b, false
	}
	y, ok := b.(py.Bool)
	if !ok {
		return a, b, false
	}
	return pyvm.BoolInt(x), pyvm.BoolInt(y), true
}
