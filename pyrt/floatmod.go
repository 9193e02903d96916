package pyrt

// This file picks the operands of float % and // (and divmod), which
// crmath.FloorDivmod computes as CPython's float_divmod does, from C's
// fmod: gpython's lost precision on large or
// small quotients (1e20 % 7.0 gave 0.0, CPython 2.0; 0.7 % 0.1 gave
// 0.09999999999999987, CPython 0.09999999999999992).

import (
	"github.com/go-python/gpython/py"
)

// floatOperands returns a and b as float64 when one is a float and the
// other a float, a small int or a bool: the operands CPython's float
// arithmetic takes.
func floatOperands(a, b py.Object) (x, y float64, ok bool) {
	_, aFloat := a.(py.Float)
	_, bFloat := b.(py.Float)
	if !aFloat && !bFloat {
		return 0, 0, false
	}
	conv := func(o py.Object) (float64, bool) {
		switch v := o.(type) {
		case py.Float:
			return float64(v), true
		case py.Int:
			return float64(v), true
		case py.Bool:
			return float64(boolInt(v)), true
		}
		return 0, false
	}
	x, okx := conv(a)
	y, oky := conv(b)
	return x, y, okx && oky
}
