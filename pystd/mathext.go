package pystd

// This file adds to gpython's math module what CPython 3.11's has and
// gpython v0.2.0 lacks:
//
//	inf, nan, tau
//	gcd(*integers), lcm(*integers), isqrt(n), comb(n, k), perm(n, k=None)
//	prod(iterable, *, start=1)
//	dist(p, q)          the Euclidean distance, correctly rounded
//	isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
//	cbrt(x), exp2(x), nextafter(x, y), ulp(x), remainder(x, y)
//
// with CPython's argument checks and error messages. exp, log, log2,
// log10, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, hypot
// and pow of finite
// floats in their domains are replaced by internal/crmath's, which give
// glibc's results, hence CPython's, where Go's math differs in the last
// bit in several percent of cases (hypot in a third); other arguments
// still go to gpython's. hypot takes any number of coordinates. exp2 is correctly
// rounded; cbrt is Go's (glibc's, which CPython calls, is not always
// correctly rounded: cbrt(27) is 3.0000000000000004 there).

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/math" // registers math first
	"github.com/nbcheck/nbcheck/internal/crmath"
)

func intArg(o py.Object) (*big.Int, error) {
	if b, ok := bigOf(o); ok {
		return b, nil
	}
	if _, ok := o.(py.I__index__); ok {
		i, err := py.Index(o)
		if err != nil {
			return nil, err
		}
		return big.NewInt(int64(i)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

func floatArg(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Int:
		return float64(v), nil
	case *py.BigInt:
		f, err := v.Float()
		if err != nil {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return float64(f), nil
	}
	if _, ok := o.(py.I__float__); ok {
		return py.FloatAsFloat64(o)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", o.Type().Name)
}

func domainError() error { return py.ExceptionNewf(py.ValueError, "math domain error") }

func gcdLcm(args py.Tuple, lcm bool) (py.Object, error) {
	acc := big.NewInt(0)
	if lcm {
		acc.SetInt64(1)
	}
	for _, a := range args {
		b, err := intArg(a)
		if err != nil {
			return nil, err
		}
		b.Abs(b)
		if !lcm {
			acc.GCD(nil, nil, acc, b)
			continue
		}
		if b.Sign() == 0 || acc.Sign() == 0 {
			acc.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, acc, b)
		acc.Mul(acc, new(big.Int).Quo(b, g))
	}
	return intObject(acc), nil
}

// permComb returns n!/(n-k)!, divided by k! when comb.
func permComb(n, k *big.Int, comb bool) *big.Int {
	if k.Cmp(n) > 0 {
		return big.NewInt(0)
	}
	if comb {
		// C(n, k) = C(n, n-k): the smaller k.
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
	}
	r := big.NewInt(1)
	i := new(big.Int).Sub(n, k)
	one := big.NewInt(1)
	for i.Add(i, one); i.Cmp(n) <= 0; i.Add(i, one) {
		r.Mul(r, i)
	}
	if comb {
		f := new(big.Int).MulRange(1, k.Int64())
		r.Quo(r, f)
	}
	return r
}

func permCombArgs(name string, args py.Tuple, comb bool) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 || (comb && len(args) != 2) {
		if comb {
			return nil, py.ExceptionNewf(py.TypeError, "comb expected 2 arguments, got %d", len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "perm expected at most 2 arguments, got %d", len(args))
	}
	n, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	var k *big.Int
	if len(args) == 2 && args[1] != py.None {
		if k, err = intArg(args[1]); err != nil {
			return nil, err
		}
	}
	if k == nil {
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
		}
		return intObject(new(big.Int).MulRange(1, n.Int64())), nil
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
	}
	if !k.IsInt64() || k.Int64() > 1<<24 && k.Cmp(n) <= 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "%s: k too large for nbcheck", name)
	}
	return intObject(permComb(n, k, comb)), nil
}

// exactSquare adds x*x to sum, exactly.
func exactSquare(sum *big.Rat, x float64) {
	r := new(big.Rat).SetFloat64(x)
	sum.Add(sum, r.Mul(r, r))
}

// plainFloat returns the value of a float, bool or int64, converted as
// CPython converts them to a C double.
func plainFloat(o py.Object) (float64, bool) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), true
	case py.Int:
		return float64(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// realCheck returns CPython's TypeError for an argument that is no number.
func realCheck(args py.Tuple) error {
	for _, a := range args {
		switch a.(type) {
		case py.Float, py.Int, py.Bool, *py.BigInt, py.I__float__:
			continue
		}
		return py.ExceptionNewf(py.TypeError, "must be real number, not %s", a.Type().Name)
	}
	return nil
}

// correctlyRounded replaces math's exp, log, sin, cos, acos and pow by
// crmath's for plain finite arguments in their domains.
func correctlyRounded(impl *py.ModuleImpl) {
	one := map[string]func(float64) (float64, bool){
		"exp": func(x float64) (float64, bool) { r := crmath.Exp(x); return r, finite(r) && (r != 0 || x < -700) },
		"sin": func(x float64) (float64, bool) { return crmath.Sin(x), true },
		"cos": func(x float64) (float64, bool) { return crmath.Cos(x), true },
		"acos": func(x float64) (float64, bool) {
			if x < -1 || x > 1 {
				return 0, false
			}
			return crmath.Acos(x), true
		},
		"asin": func(x float64) (float64, bool) {
			if x < -1 || x > 1 {
				return 0, false
			}
			return crmath.Asin(x), true
		},
		"tan":   func(x float64) (float64, bool) { return crmath.Tan(x), true },
		"sinh":  func(x float64) (float64, bool) { return crmath.Sinh(x), math.Abs(x) < 709 },
		"cosh":  func(x float64) (float64, bool) { return crmath.Cosh(x), math.Abs(x) < 709 },
		"tanh":  func(x float64) (float64, bool) { return crmath.Tanh(x), true },
		"atan":  func(x float64) (float64, bool) { return crmath.Atan(x), true },
		"log10": func(x float64) (float64, bool) { return crmath.Log10(x), x > 0 },
		"log2":  func(x float64) (float64, bool) { return crmath.Log2(x), x > 0 },
	}
	for i, m := range impl.Methods {
		orig := m
		if f, ok := one[m.Name]; ok {
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self, x py.Object) (py.Object, error) {
				if v, ok := plainFloat(x); ok && finite(v) {
					if r, ok := f(v); ok {
						return py.Float(r), nil
					}
				}
				if err := realCheck(py.Tuple{x}); err != nil {
					return nil, err
				}
				return orig.Call(self, py.Tuple{x})
			}, 0, m.Doc)
			continue
		}
		switch m.Name {
		case "log":
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				var vs []float64
				for _, a := range args {
					v, ok := plainFloat(a)
					if !ok || !finite(v) || v <= 0 {
						if err := realCheck(args); err != nil {
							return nil, err
						}
						return orig.Call(self, args)
					}
					vs = append(vs, v)
				}
				switch len(vs) {
				case 1:
					return py.Float(crmath.Log(vs[0])), nil
				case 2:
					if vs[1] != 1 {
						return py.Float(crmath.Log(vs[0]) / crmath.Log(vs[1])), nil
					}
				}
				return orig.Call(self, args)
			}, 0, m.Doc)
		case "atan2":
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, py.ExceptionNewf(py.TypeError, "atan2 expected 2 arguments, got %d", len(args))
				}
				{
					y, ok1 := plainFloat(args[0])
					x, ok2 := plainFloat(args[1])
					if ok1 && ok2 {
						return py.Float(crmath.Atan2(y, x)), nil
					}
				}
				if err := realCheck(args); err != nil {
					return nil, err
				}
				return orig.Call(self, args)
			}, 0, m.Doc)
		case "hypot":
			// CPython's takes any number of coordinates.
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				xs := make([]float64, len(args))
				for j, a := range args {
					v, ok := plainFloat(a)
					if !ok {
						var err error
						if v, err = floatArg(a); err != nil {
							return nil, err
						}
					}
					xs[j] = v
				}
				return py.Float(crmath.Hypot(xs...)), nil
			}, 0, m.Doc)
		case "pow":
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 2 {
					x, ok1 := plainFloat(args[0])
					y, ok2 := plainFloat(args[1])
					if ok1 && ok2 && x > 0 && finite(x) && finite(y) {
						if r := crmath.Pow(x, y); finite(r) && r != 0 {
							return py.Float(r), nil
						}
					}
				}
				if err := realCheck(args); err != nil {
					return nil, err
				}
				return orig.Call(self, args)
			}, 0, m.Doc)
		}
	}
}

func init() {
	impl := py.GetModuleImpl("math")
	if impl == nil {
		return
	}
	correctlyRounded(impl)
	impl.Globals["inf"] = py.Float(math.Inf(1))
	impl.Globals["nan"] = py.Float(math.NaN())
	impl.Globals["tau"] = py.Float(2 * math.Pi)
	float1 := func(name string, f func(float64) (float64, error)) *py.Method {
		return py.MustNewMethod(name, func(self, x py.Object) (py.Object, error) {
			v, err := floatArg(x)
			if err != nil {
				return nil, err
			}
			r, err := f(v)
			return py.Float(r), err
		}, 0, "")
	}
	float2 := func(name string, f func(x, y float64) (float64, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
			}
			x, err := floatArg(args[0])
			if err != nil {
				return nil, err
			}
			y, err := floatArg(args[1])
			if err != nil {
				return nil, err
			}
			r, err := f(x, y)
			return py.Float(r), err
		}, 0, "")
	}
	impl.Methods = append(impl.Methods,
		py.MustNewMethod("gcd", func(self py.Object, args py.Tuple) (py.Object, error) { return gcdLcm(args, false) }, 0, ""),
		py.MustNewMethod("lcm", func(self py.Object, args py.Tuple) (py.Object, error) { return gcdLcm(args, true) }, 0, ""),
		py.MustNewMethod("isqrt", func(self, x py.Object) (py.Object, error) {
			n, err := intArg(x)
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
			}
			return intObject(n.Sqrt(n)), nil
		}, 0, ""),
		py.MustNewMethod("comb", func(self py.Object, args py.Tuple) (py.Object, error) { return permCombArgs("comb", args, true) }, 0, ""),
		py.MustNewMethod("perm", func(self py.Object, args py.Tuple) (py.Object, error) { return permCombArgs("perm", args, false) }, 0, ""),
		py.MustNewMethod("prod", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
			}
			var acc py.Object = py.Int(1)
			for k, v := range kw {
				if k != "start" {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for prod()", k)
				}
				acc = v
			}
			var items []py.Object
			if err := py.Iterate(args[0], func(o py.Object) bool { items = append(items, o); return false }); err != nil {
				return nil, err
			}
			for _, it := range items {
				r, err := py.Mul(acc, it)
				if err != nil {
					return nil, err
				}
				acc = r
			}
			return acc, nil
		}, 0, ""),
		py.MustNewMethod("dist", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "dist expected 2 arguments, got %d", len(args))
			}
			var pts [2][]py.Object
			for i, a := range args {
				switch v := a.(type) {
				case py.Tuple:
					pts[i] = v
				case *py.List:
					pts[i] = v.Items
				default:
					return nil, py.ExceptionNewf(py.TypeError, "dist(): argument %d must be tuple, not %s", i+1, a.Type().Name)
				}
			}
			if len(pts[0]) != len(pts[1]) {
				return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
			}
			sum := new(big.Rat)
			inf, nan := false, false
			for i := range pts[0] {
				p, err := floatArg(pts[0][i])
				if err != nil {
					return nil, err
				}
				q, err := floatArg(pts[1][i])
				if err != nil {
					return nil, err
				}
				d := p - q
				switch {
				case math.IsInf(d, 0):
					inf = true
				case math.IsNaN(d):
					nan = true
				default:
					exactSquare(sum, d)
				}
			}
			if inf {
				return py.Float(math.Inf(1)), nil
			}
			if nan {
				return py.Float(math.NaN()), nil
			}
			return py.Float(sqrtRatio(sum.Num(), sum.Denom())), nil
		}, 0, ""),
		py.MustNewMethod("isclose", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var a, b py.Object
			var relTol, absTol py.Object = py.Float(1e-9), py.Float(0)
			if err := py.ParseTupleAndKeywords(args, kw, "OO|$OO:isclose", []string{"a", "b", "rel_tol", "abs_tol"}, &a, &b, &relTol, &absTol); err != nil {
				return nil, err
			}
			x, err := floatArg(a)
			if err != nil {
				return nil, err
			}
			y, err := floatArg(b)
			if err != nil {
				return nil, err
			}
			rt, err := floatArg(relTol)
			if err != nil {
				return nil, err
			}
			at, err := floatArg(absTol)
			if err != nil {
				return nil, err
			}
			if rt < 0 || at < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
			}
			if x == y {
				return py.True, nil
			}
			if math.IsInf(x, 0) || math.IsInf(y, 0) {
				return py.False, nil
			}
			diff := math.Abs(y - x)
			return py.NewBool(diff <= math.Abs(rt*y) || diff <= math.Abs(rt*x) || diff <= at), nil
		}, 0, ""),
		float1("cbrt", func(x float64) (float64, error) { return math.Cbrt(x), nil }),
		float1("exp2", func(x float64) (float64, error) {
			r := crmath.Exp2(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return 0, py.ExceptionNewf(py.OverflowError, "math range error")
			}
			return r, nil
		}),
		float1("ulp", func(x float64) (float64, error) {
			if math.IsNaN(x) {
				return x, nil
			}
			x = math.Abs(x)
			if math.IsInf(x, 0) {
				return x, nil
			}
			x2 := math.Nextafter(x, math.Inf(1))
			if math.IsInf(x2, 0) {
				return x - math.Nextafter(x, math.Inf(-1)), nil
			}
			return x2 - x, nil
		}),
		float2("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }),
		float2("remainder", func(x, y float64) (float64, error) {
			if math.IsNaN(x) || math.IsNaN(y) {
				return math.NaN(), nil
			}
			if math.IsInf(x, 0) || y == 0 {
				return 0, domainError()
			}
			return math.Remainder(x, y), nil
		}),
	)
}
