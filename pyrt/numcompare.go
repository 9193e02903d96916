package pyrt

// This file compares an int with a float exactly, as CPython does
// (internal/numcmp): gpython converted the int to a float.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/numcmp"
)

// intFloatCompare is a op b when one is an int (or bool) and the other a
// float; ok is false for other operands.
func intFloatCompare(op string, a, b py.Object) (r, ok bool) {
	// Ints a float holds exactly compare as floats, without allocating.
	if x, isInt := a.(py.Int); isInt && x >= -1<<53 && x <= 1<<53 {
		if y, isFloat := b.(py.Float); isFloat {
			return numcmp.Floats(op, float64(x), float64(y)), true
		}
	} else if x, isFloat := a.(py.Float); isFloat {
		if y, isInt := b.(py.Int); isInt && y >= -1<<53 && y <= 1<<53 {
			return numcmp.Floats(op, float64(x), float64(y)), true
		}
	}
	if y, isFloat := b.(py.Float); isFloat {
		if x, isInt := bigOf(a); isInt {
			c, cmpOK := numcmp.IntFloat(x, float64(y))
			return numcmp.Holds(op, c, cmpOK), true
		}
	} else if x, isFloat := a.(py.Float); isFloat {
		if y, isInt := bigOf(b); isInt {
			c, cmpOK := numcmp.IntFloat(y, float64(x))
			return numcmp.Holds(op, -c, cmpOK), true
		}
	}
	return false, false
}
