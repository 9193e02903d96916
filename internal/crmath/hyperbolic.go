package crmath

// Sinh, Cosh and Tanh as glibc computes them (so CPython): from expm1
// and exp by the classic formulas for each range of |x|, with a correctly
// rounded exp. Go's Expm1 agrees with glibc's; Go's own Sinh, Cosh and
// Tanh differ from glibc's in the last bit for 10 to 25% of arguments,
// these in about one in a thousand.

import "math"

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	if !finiteArgs(x) {
		return math.Sinh(x)
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	a := math.Abs(x)
	switch {
	case a < 0x1p-28:
		return x
	case a < 22:
		t := math.Expm1(a)
		if a < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case a < 709:
		return h * Exp(a)
	}
	return math.Sinh(x)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	if !finiteArgs(x) {
		return math.Cosh(x)
	}
	a := math.Abs(x)
	switch {
	case a < 0.5*math.Ln2:
		t := math.Expm1(a)
		w := 1 + t
		if a < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case a < 22:
		t := Exp(a)
		return 0.5*t + 0.5/t
	case a < 709:
		return 0.5 * Exp(a)
	}
	return math.Cosh(x)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	if !finiteArgs(x) {
		return math.Tanh(x)
	}
	a := math.Abs(x)
	var z float64
	switch {
	case a < 0x1p-55:
		return x
	case a >= 22:
		z = 1
	case a >= 1:
		t := math.Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * a)
		z = -t / (t + 2)
	}
	if x < 0 {
		return -z
	}
	return z
}
