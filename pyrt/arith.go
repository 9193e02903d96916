package pyrt

// This file defines the arithmetic helpers for operators whose gpython
// methods differ from CPython where nbcheck cannot replace them (they are
// Go methods of int and float): the transpiler lowers `a / b` to
// __nbc_truediv(a, b) and `a ** b` to __nbc_pow(a, b) (docs/lowering.md),
// and __nbc_mod uses numMod for numbers. A third argument marks an
// augmented assignment (x /= y as x = __nbc_truediv(x, y, 1)): an object
// that is not a number gets its in-place method first.
//
//   - int / int is correctly rounded (gpython divided two rounded floats:
//     (2**60+1)/(2**55+3) gave 32.0) and overflows only when the quotient
//     does (10**400//3/10**399 raised OverflowError);
//   - a number / x tries x.__rtruediv__ (gpython converted x with
//     __float__, or raised TypeError): 1 / Fraction(3) is Fraction(1, 3);
//   - float ** is the correctly rounded pow (internal/crmath), which is
//     what the C library's pow gives CPython (Go's math.Pow is off in the
//     last bit: 1.1**10); a negative base with a fractional exponent gives
//     a complex; 0 ** -1 raises ZeroDivisionError; overflow raises
//     OverflowError (34, 'Numerical result out of range');
//   - zero divisors raise CPython's messages.

import (
	"math"
	"math/big"
	"math/cmplx"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/crmath"
	"github.com/nbcheck/nbcheck/pyvm"
)

// numKind classifies an operand: 1 int (bool too), 2 float, 0 anything else.
func numKind(o py.Object) int {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return 1
	case py.Float:
		return 2
	}
	return 0
}

// toFloat converts an int or float operand as CPython does (correctly
// rounded; OverflowError when too large).
func toFloat(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		return float64(pyvm.BoolInt(x)), nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", TypeName(o))
}

// reflected calls b's reflected method for a number a that cannot handle
// b, as CPython does when a's method returns NotImplemented.
func reflected(a, b py.Object, op string, call func() (py.Object, error, bool)) (py.Object, error) {
	if res, err, ok := call(); ok {
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, TypeName(a), TypeName(b))
}

func helper_truediv(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 3 && len(kw) == 0 && numKind(args[0]) == 0 {
		return py.ITrueDiv(args[0], args[1]) // an augmented assignment
	}
	if len(args) < 2 || len(args) > 3 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_truediv expected 2 or 3 arguments, got %d", len(args))
	}
	return TrueDiv(args[0], args[1])
}

// TrueDiv is CPython's a / b.
func TrueDiv(a, b py.Object) (py.Object, error) {
	// The common cases first, without allocation.
	switch x := a.(type) {
	case py.Int:
		const exact = 1 << 53
		switch y := b.(type) {
		case py.Int:
			if y != 0 && x <= exact && x >= -exact && y <= exact && y >= -exact {
				return py.Float(float64(x) / float64(y)), nil
			}
		case py.Float:
			if y != 0 && x <= exact && x >= -exact {
				return py.Float(float64(x) / float64(y)), nil
			}
		}
	case py.Float:
		switch y := b.(type) {
		case py.Float:
			if y != 0 {
				return x / y, nil
			}
		case py.Int:
			if y != 0 {
				return py.Float(float64(x) / float64(y)), nil
			}
		}
	}
	ka, kb := numKind(a), numKind(b)
	switch {
	case ka == 0:
		return py.TrueDiv(a, b)
	case kb == 0:
		if c, ok := b.(py.Complex); ok {
			// gpython's int and float cannot divide by a complex.
			if c == 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
			}
			x, err := toFloat(a)
			if err != nil {
				return nil, err
			}
			return py.TrueDiv(py.Complex(complex(x, 0)), b)
		}
		return reflected(a, b, "/", func() (py.Object, error, bool) {
			if r, ok := b.(py.I__rtruediv__); ok {
				res, err := r.M__rtruediv__(a)
				return res, err, true
			}
			return nil, nil, false
		})
	case ka == 1 && kb == 1:
		x, _ := bigOf(a)
		y, _ := bigOf(b)
		if y.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
		const exact = 1 << 53
		if x.IsInt64() && y.IsInt64() && abs64(x.Int64()) <= exact && abs64(y.Int64()) <= exact {
			return py.Float(float64(x.Int64()) / float64(y.Int64())), nil
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
		}
		return py.Float(f), nil
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	if y == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(x / y), nil
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// numMod is a % b for numbers, with CPython's zero-divisor messages.
func numMod(a, b py.Object) (py.Object, error) {
	ka, kb := numKind(a), numKind(b)
	if ka != 0 && kb != 0 {
		if zero, _ := isZero(b); zero {
			if ka == 1 && kb == 1 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer modulo by zero")
			}
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "float modulo")
		}
	}
	if x, y, ok := floatOperands(a, b); ok && y != 0 {
		_, mod := crmath.FloorDivmod(x, y)
		return py.Float(mod), nil
	}
	a, b, _ = boolInts(a, b)
	return py.Mod(a, b)
}

// isZero reports whether an int or float operand is zero.
func isZero(o py.Object) (bool, bool) {
	switch x := o.(type) {
	case py.Int:
		return x == 0, true
	case py.Bool:
		return !bool(x), true
	case py.Float:
		return x == 0, true
	case *py.BigInt:
		return (*big.Int)(x).Sign() == 0, true
	}
	return false, false
}

func helper_floordiv(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 3 && len(kw) == 0 && numKind(args[0]) == 0 {
		return py.IFloorDiv(args[0], args[1]) // an augmented assignment
	}
	if len(args) < 2 || len(args) > 3 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_floordiv expected 2 or 3 arguments, got %d", len(args))
	}
	return FloorDiv(args[0], args[1])
}

// FloorDiv is a // b with CPython's zero-divisor messages.
func FloorDiv(a, b py.Object) (py.Object, error) {
	if ka, kb := numKind(a), numKind(b); ka != 0 && kb != 0 {
		if zero, _ := isZero(b); zero {
			if ka == 1 && kb == 1 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
			}
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
		}
	}
	if x, y, ok := floatOperands(a, b); ok && y != 0 {
		div, _ := crmath.FloorDivmod(x, y)
		return py.Float(div), nil
	}
	a, b, _ = boolInts(a, b)
	return py.FloorDiv(a, b)
}

func helper_pow(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 3 && len(kw) == 0 && numKind(args[0]) == 0 {
		return py.IPow(args[0], args[1], py.None) // an augmented assignment
	}
	if len(args) < 2 || len(args) > 3 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_pow expected 2 or 3 arguments, got %d", len(args))
	}
	return Pow(args[0], args[1])
}

// Pow is CPython's a ** b (two arguments).
func Pow(a, b py.Object) (py.Object, error) {
	ka, kb := numKind(a), numKind(b)
	if ka == 0 || kb == 0 {
		return py.Pow(a, b, py.None)
	}
	if ka == 1 && kb == 1 {
		e, _ := bigOf(b)
		if e.Sign() >= 0 {
			return py.Pow(unbool(a), unbool(b), py.None)
		}
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	return floatPow(x, y)
}

// floatPow is CPython's float_pow.
func floatPow(x, y float64) (py.Object, error) {
	switch {
	case y == 0:
		return py.Float(1), nil
	case math.IsNaN(x):
		return py.Float(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return py.Float(1), nil
		}
		return py.Float(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return py.Float(1), nil
		case (ax > 1) == (y > 0):
			return py.Float(math.Inf(1)), nil
		}
		return py.Float(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return py.Float(x), nil
			}
			return py.Float(math.Abs(x)), nil
		}
		if odd {
			return py.Float(math.Copysign(0, x)), nil
		}
		return py.Float(0), nil
	case x == 0:
		if y < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return py.Float(x), nil
		}
		return py.Float(0), nil
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return complexPow(complex(x, 0), complex(y, 0))
		}
		neg = isOddInteger(y)
		x = -x
	}
	r := 1.0
	if x != 1 {
		r = crmath.Pow(x, y)
	}
	if neg {
		r = -r
	}
	if math.IsInf(r, 0) {
		return nil, &py.Exception{Base: py.OverflowError, Args: py.Tuple{py.Int(34), py.String("Numerical result out of range")}, Dict: py.StringDict{}}
	}
	return py.Float(r), nil
}

func isOddInteger(y float64) bool {
	return y == math.Trunc(y) && math.Abs(y) < 1<<53 && int64(y)%2 != 0
}

// complexPow is CPython's _Py_c_pow for a nonzero base.
func complexPow(a, b complex128) (py.Object, error) {
	vabs := cmplx.Abs(a)
	l := crmath.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= crmath.Exp(at * imag(b))
		phase += imag(b) * crmath.Log(vabs)
	}
	r := complex(l*crmath.Cos(phase), l*crmath.Sin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}
