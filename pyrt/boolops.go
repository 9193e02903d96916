package pyrt

// This file makes bool an int in arithmetic and ordering, as in CPython.
// gpython's bool has arithmetic only against an int: True + True,
// True < False, True & True raised TypeError.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// boolInts returns a and b as ints when both are bools. It stays beside
// pyvm's boolBinary, which is not the same thing: that one computes the
// VM's binary opcodes on two bools (and keeps &, | and ^ bools), this
// one converts the operands of pyrt's own helpers (__nbc_add, the
// orderings, divmod), which then compute on ints.
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
