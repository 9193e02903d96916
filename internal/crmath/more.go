package crmath

// Log2, Tan, Atan, Atan2, Asin and Hypot: double-double fast paths with
// an error bound, big.Float when the bound cannot prove the rounding;
// Log10 as glibc computes it. Arguments outside the functions' finite domains go to Go's
// math (C99's special values).

import (
	"math"
	"math/big"
	"sync"
)

var (
	moreOnce        sync.Once
	ddInvLn2        dd // 1/log(2)
	bigPi, bigHalfP *big.Float
)

func initMore() {
	moreOnce.Do(func() {
		initFast()
		one := new(big.Float).SetPrec(prec).SetInt64(1)
		ddInvLn2 = ddOf(new(big.Float).SetPrec(prec).Quo(one, ln2))
		bigPi = new(big.Float).SetPrec(prec).Set(pi)
		bigHalfP = new(big.Float).SetPrec(prec).Set(halfPi)
	})
}

func ddDiv(a, b dd) dd {
	q := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q))
	return quickTwoSum(q, r.hi/b.hi)
}

func finiteArgs(xs ...float64) bool {
	for _, x := range xs {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return false
		}
	}
	return true
}

// Log10 returns the decimal logarithm of x as glibc computes it (and so
// CPython): not correctly rounded, but by fdlibm's formula over the
// (correctly rounded) natural logarithm of the mantissa, x = m * 2**y:
// y*log10(2)lo + log(m)/log(10), plus y*log10(2)hi.
func Log10(x float64) float64 {
	if !(x > 0) || !finiteArgs(x) {
		return math.Log10(x)
	}
	const (
		ivln10   = 4.34294481903251816668e-01 // 1/log(10)
		log102hi = 3.01029995663611771306e-01 // log10(2), high part
		log102lo = 3.69423907715893078616e-13 // log10(2) - log102hi
	)
	bits := math.Float64bits(x)
	k := int64(0)
	if bits>>52 == 0 { // subnormal
		x *= 0x1p54
		k = -54
		bits = math.Float64bits(x)
	}
	hx := int64(bits >> 32)
	k += (hx >> 20) - 1023
	i := int64(0)
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	m := math.Float64frombits(uint64(hx)<<32 | bits&0xffffffff)
	z := y*log102lo + ivln10*Log(m)
	return z + y*log102hi
}

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64 {
	if !(x > 0) || !finiteArgs(x) {
		return math.Log2(x)
	}
	initMore()
	l, b := logDD(x)
	if v, ok := rounded(ddMul(l, ddInvLn2), b*1.5+math.Abs(l.hi)*0x1p-100); ok {
		return v
	}
	r := logBig(x)
	return round(r.Quo(r, ln2))
}

// Tan returns the tangent of x (radians).
func Tan(x float64) float64 {
	if x == 0 || !finiteArgs(x) || math.Abs(x) >= 1<<20 {
		return math.Tan(x)
	}
	initMore()
	s := sinCosDD(x, true)
	c := sinCosDD(x, false)
	t := ddDiv(s, c)
	if v, ok := rounded(t, 0x1p-90*(1+math.Abs(t.hi))/math.Abs(c.hi)); ok {
		return v
	}
	r, k, _ := reduce(x)
	sb := sinCosSeries(r, true)
	cb := sinCosSeries(r, false)
	if k&1 == 0 {
		return round(sb.Quo(sb, cb))
	}
	cb.Quo(cb, sb)
	return -round(cb)
}

// newtonAtan returns y0 + atan(num/den) for a tiny num/den, as a
// double-double, and a bound on its absolute error given numErr, the
// error of num.
func newtonAtan(y0 float64, num, den dd, numErr float64) (dd, float64) {
	q := ddDiv(num, den)
	d := q.hi - q.hi*q.hi*q.hi/3
	return ddAdd(dd{y0, 0}, dd{d, 0}), numErr/math.Abs(den.hi) + 0x1p-100
}

// Atan returns the arctangent of x, in [-pi/2, pi/2].
func Atan(x float64) float64 {
	if x == 0 || !finiteArgs(x) {
		return math.Atan(x)
	}
	initMore()
	y0 := math.Atan(x)
	s := sinCosDD(y0, true)
	c := sinCosDD(y0, false)
	// atan(x) - y0 = atan((x c - s) / (c + x s)).
	num := ddAdd(ddMulF(c, x), dd{-s.hi, -s.lo})
	den := ddAdd(c, ddMulF(s, x))
	r, b := newtonAtan(y0, num, den, 0x1p-91*(1+math.Abs(x)))
	if v, ok := rounded(r, b); ok {
		return v
	}
	return round(atanBig(newF().SetFloat64(x)))
}

// Atan2 returns the arctangent of y/x in (-pi, pi], by the signs of both.
func Atan2(y, x float64) float64 {
	if y == 0 || x == 0 || !finiteArgs(x, y) {
		return math.Atan2(y, x)
	}
	initMore()
	y0 := math.Atan2(y, x)
	s := sinCosDD(y0, true)
	c := sinCosDD(y0, false)
	// atan2(y, x) - y0 = atan((y c - x s) / (x c + y s)).
	num := ddAdd(ddMulF(c, y), ddMulF(dd{-s.hi, -s.lo}, x))
	den := ddAdd(ddMulF(c, x), ddMulF(s, y))
	if den.hi > 0 {
		r, b := newtonAtan(y0, num, den, 0x1p-91*(math.Abs(x)+math.Abs(y)))
		if v, ok := rounded(r, b); ok {
			return v
		}
	}
	q := newF().Quo(newF().SetFloat64(y), newF().SetFloat64(x))
	a := atanBig(q)
	if x < 0 {
		if y > 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return round(a)
}

// Asin returns the arcsine of x, in [-pi/2, pi/2].
func Asin(x float64) float64 {
	if x == 0 || !finiteArgs(x) || x > 1 || x < -1 {
		return math.Asin(x)
	}
	initMore()
	if x == 1 || x == -1 {
		v := round(bigHalfP)
		if x < 0 {
			v = -v
		}
		return v
	}
	if math.Abs(x) <= 0.99 {
		// A Newton step on sin from Go's asin.
		y0 := math.Asin(x)
		s := sinCosDD(y0, true)
		num := ddAdd(dd{x, 0}, dd{-s.hi, -s.lo})
		c := math.Cos(y0)
		d := num.hi / c
		d += math.Tan(y0) * d * d / 2
		if v, ok := rounded(ddAdd(dd{y0, 0}, dd{d, 0}), 0x1p-88); ok {
			return v
		}
	}
	// asin(x) = atan(x / sqrt(1 - x*x)).
	bx := newF().SetFloat64(x)
	d := newF().Mul(bx, bx)
	d.Sub(big.NewFloat(1), d)
	d.Sqrt(d)
	return round(atanBig(newF().Quo(bx, d)))
}

// Hypot returns the Euclidean norm of xs, sqrt(sum of squares).
func Hypot(xs ...float64) float64 {
	if !finiteArgs(xs...) {
		return hypotSpecial(xs)
	}
	var s dd
	maxAbs := 0.0
	for _, x := range xs {
		s = ddAdd(s, twoProd(x, x))
		maxAbs = math.Max(maxAbs, math.Abs(x))
	}
	if s.hi == 0 {
		return 0
	}
	if s.hi > 0x1p-900 && s.hi < 0x1p1000 {
		r0 := math.Sqrt(s.hi)
		p := twoProd(r0, r0)
		res := ddAdd(s, dd{-p.hi, -p.lo})
		r := quickTwoSum(r0, res.hi/(2*r0))
		if v, ok := rounded(r, r0*0x1p-100*float64(len(xs)+2)); ok {
			return v
		}
	}
	sum := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		b := new(big.Float).SetPrec(2200).SetFloat64(x)
		sum.Add(sum, b.Mul(b, b))
	}
	return round(new(big.Float).SetPrec(prec).Sqrt(sum))
}

// hypotSpecial is hypot of arguments among which is an infinity or a
// NaN: infinity if any is infinite, else NaN.
func hypotSpecial(xs []float64) float64 {
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
	}
	return math.NaN()
}
