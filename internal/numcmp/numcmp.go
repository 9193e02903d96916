// Package numcmp compares an int with a float exactly, as CPython does:
// gpython converted the int to a float, so 2**53 + 1 == 2.0**53 was true
// and an int beyond float's range could not be compared with a float at
// all.
package numcmp

import (
	"math"
	"math/big"
)

// IntFloat compares the int x with the float y: -1, 0 or +1, and false
// when y is NaN (every ordering is then false, and != true).
func IntFloat(x *big.Int, y float64) (int, bool) {
	switch {
	case math.IsNaN(y):
		return 0, false
	case math.IsInf(y, 1):
		return -1, true
	case math.IsInf(y, -1):
		return 1, true
	}
	if x.IsInt64() {
		if i := x.Int64(); i >= -1<<53 && i <= 1<<53 {
			f := float64(i) // exact
			switch {
			case f < y:
				return -1, true
			case f > y:
				return 1, true
			}
			return 0, true
		}
	}
	return new(big.Float).SetInt(x).Cmp(big.NewFloat(y)), true
}

// Holds reports whether c, a result of IntFloat with ok, satisfies the
// comparison op, one of "<", "<=", "==", "!=", ">", ">=".
func Holds(op string, c int, ok bool) bool {
	if !ok {
		return op == "!="
	}
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case "==":
		return c == 0
	case "!=":
		return c != 0
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	}
	return false
}

// Floats reports whether x op y holds for floats (op as for Holds; NaN
// satisfies only !=).
func Floats(op string, x, y float64) bool {
	switch op {
	case "<":
		return x < y
	case "<=":
		return x <= y
	case "==":
		return x == y
	case "!=":
		return x != y
	case ">":
		return x > y
	case ">=":
		return x >= y
	}
	return false
}
