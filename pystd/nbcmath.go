package pystd

// This file is the Go module _nbcmath: numeric helpers for the Python
// modules of lib/ that need CPython's exact results.
//
//	log(x), exp(x), sin(x), cos(x), acos(x), sqrt(x), pow(x, y)
//	    of floats, correctly rounded (internal/crmath): these are
//	    glibc's results, which CPython's math gives, in all but about one
//	    case in a thousand, where Go's math differs in several percent
//	ratio_float(n, d)   the float nearest to the fraction n/d of ints
//	sqrt_ratio(n, d)    the float nearest to the square root of n/d >= 0
//	gcd(a, b)           the greatest common divisor of two ints, >= 0
//	isqrt(n)            the integer square root of an int n >= 0

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/internal/crmath"
)

// bigArgs returns the integer arguments of a function of n ints.
func bigArgs(name string, args py.Tuple, n int) ([]*big.Int, error) {
	if len(args) != n {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	out := make([]*big.Int, n)
	for i, a := range args {
		b, ok := bigOf(a)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", a.Type().Name)
		}
		out[i] = b
	}
	return out, nil
}

// ratioFloat returns the float64 nearest to n/d, d != 0.
func ratioFloat(n, d *big.Int) (float64, error) {
	f, _ := new(big.Rat).SetFrac(n, d).Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return f, nil
}

// sqrtRatio returns the float64 nearest to the square root of n/d.
func sqrtRatio(n, d *big.Int) float64 {
	// sqrt(n/d) = sqrt(n*d) / d; with enough bits the one rounding of
	// the big.Float square root to float64 is the correct one.
	const p = 256
	q := new(big.Float).SetPrec(2 * p).SetInt(n)
	q.Quo(q, new(big.Float).SetPrec(2*p).SetInt(d))
	r := new(big.Float).SetPrec(p).Sqrt(q)
	f, _ := r.Float64()
	return f
}

func init() {
	var methods []*py.Method
	for name, f := range map[string]func(float64) float64{
		"log": crmath.Log, "exp": crmath.Exp, "sin": crmath.Sin, "cos": crmath.Cos,
		"acos": crmath.Acos, "sqrt": math.Sqrt,
	} {
		methods = append(methods, py.MustNewMethod(name, func(self, x py.Object) (py.Object, error) {
			v, err := py.FloatAsFloat64(x)
			if err != nil {
				return nil, err
			}
			if (name == "log" && v <= 0) || (name == "sqrt" && v < 0) || (name == "acos" && (v < -1 || v > 1)) {
				return nil, py.ExceptionNewf(py.ValueError, "math domain error")
			}
			return py.Float(f(v)), nil
		}, 0, ""))
	}
	methods = append(methods,
		py.MustNewMethod("pow", func(self py.Object, args py.Tuple) (py.Object, error) {
			var x, y py.Object
			if err := py.UnpackTuple(args, nil, "pow", 2, 2, &x, &y); err != nil {
				return nil, err
			}
			a, err := py.FloatAsFloat64(x)
			if err != nil {
				return nil, err
			}
			b, err := py.FloatAsFloat64(y)
			if err != nil {
				return nil, err
			}
			if a == 0 && b < 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			return py.Float(crmath.Pow(a, b)), nil
		}, 0, ""),
		py.MustNewMethod("ratio_float", func(self py.Object, args py.Tuple) (py.Object, error) {
			b, err := bigArgs("ratio_float", args, 2)
			if err != nil {
				return nil, err
			}
			if b[1].Sign() == 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
			}
			f, err := ratioFloat(b[0], b[1])
			return py.Float(f), err
		}, 0, ""),
		py.MustNewMethod("sqrt_ratio", func(self py.Object, args py.Tuple) (py.Object, error) {
			b, err := bigArgs("sqrt_ratio", args, 2)
			if err != nil {
				return nil, err
			}
			if b[1].Sign() == 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
			}
			if b[0].Sign()*b[1].Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "math domain error")
			}
			return py.Float(sqrtRatio(b[0].Abs(b[0]), b[1].Abs(b[1]))), nil
		}, 0, ""),
		py.MustNewMethod("gcd", func(self py.Object, args py.Tuple) (py.Object, error) {
			b, err := bigArgs("gcd", args, 2)
			if err != nil {
				return nil, err
			}
			return intObject(new(big.Int).GCD(nil, nil, b[0].Abs(b[0]), b[1].Abs(b[1]))), nil
		}, 0, ""),
		py.MustNewMethod("isqrt", func(self py.Object, args py.Tuple) (py.Object, error) {
			b, err := bigArgs("isqrt", args, 1)
			if err != nil {
				return nil, err
			}
			if b[0].Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
			}
			return intObject(new(big.Int).Sqrt(b[0])), nil
		}, 0, ""),
	)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbcmath", Doc: "nbcheck's numeric helpers for the standard modules"},
		Methods: methods,
	})
}
