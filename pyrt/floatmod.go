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
// other a float, an int or a bool (an int too large for a float is left
// to gpython, which raises).
func floatOperands(a, b py.Object) (x, y float64, ok bool) {
	_, aFloat := a.(py.Float)
	_, bFloat := b.(py.Float)
	if !aFloat && !bFloat {
		return 0, 0, false
	}
	x, errx := toFloat(a)
	y, erry := toFloat(b)
	return x, y, errx == nil && erry == nil
}
