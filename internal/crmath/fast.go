package crmath

// This file is the fast path: the functions evaluated in double-double
// arithmetic (about 100 bits) with a bound on the error, rounded to
// float64 when the bound proves the rounding is the correct one, which is
// all but about one argument in 2**30; the others go to the big.Float
// evaluation.

import (
	"math"
	"math/big"
	"sync"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(x, y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s = quickTwoSum(s.hi, s.lo+t.hi)
	return quickTwoSum(s.hi, s.lo+t.lo)
}

func ddMul(x, y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += x.hi*y.lo + x.lo*y.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(x dd, f float64) dd {
	p := twoProd(x.hi, f)
	p.lo += x.lo * f
	return quickTwoSum(p.hi, p.lo)
}

func ddScale(x dd, e int) dd { return dd{math.Ldexp(x.hi, e), math.Ldexp(x.lo, e)} }

// ddOf returns the double-double nearest to a big.Float.
func ddOf(b *big.Float) dd {
	hi, _ := b.Float64()
	r := new(big.Float).SetPrec(b.Prec()).Sub(b, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

var (
	fastOnce sync.Once
	ddLn2    dd
	invFact  [30]dd     // 1/n!
	halfPi3  [3]float64 // pi/2 = halfPi3[0] + halfPi3[1] + halfPi3[2], the first two of 33 bits
)

func initFast() {
	fastOnce.Do(func() {
		initConsts()
		ddLn2 = ddOf(ln2)
		f := new(big.Float).SetPrec(prec).SetInt64(1)
		for n := range invFact {
			if n > 0 {
				f.Quo(f, new(big.Float).SetInt64(int64(n)))
			}
			invFact[n] = ddOf(f)
		}
		rest := new(big.Float).SetPrec(halfPi.Prec()).Set(halfPi)
		for i := 0; i < 3; i++ {
			var v float64
			if i < 2 {
				// The leading 33 bits, so that k*v is exact for |k| < 2**20.
				t := new(big.Float).SetPrec(33).Set(rest)
				v, _ = t.Float64()
			} else {
				v, _ = rest.Float64()
			}
			halfPi3[i] = v
			rest.Sub(rest, new(big.Float).SetFloat64(v))
		}
	})
}

// rounded returns the float64 nearest to the exact value v, given x =
// hi + lo with |v - x| <= bound, and whether that is certain.
func rounded(x dd, bound float64) (float64, bool) {
	x = quickTwoSum(x.hi, x.lo)
	a := math.Abs(x.hi)
	if a == 0 || math.IsInf(a, 0) || a < 0x1p-1000 {
		return 0, false
	}
	half := (a - math.Nextafter(a, 0)) / 2 // the smaller half-spacing
	if math.Abs(x.lo)+bound < half {
		return x.hi, true
	}
	return 0, false
}

// expDD returns exp(x) for |x| < 708, within a relative 2**-92.
func expDD(x dd) dd {
	initFast()
	k := math.Round(x.hi / ddLn2.hi)
	r := ddAdd(x, ddMulF(ddLn2, -k))
	s := ddScale(r, -8)
	// 1 + s + s^2/2! + ... + s^11/11!, |s| < 2**-9.
	p := invFact[11]
	for n := 10; n >= 0; n-- {
		p = ddAdd(ddMul(p, s), invFact[n])
	}
	for i := 0; i < 8; i++ {
		p = ddMul(p, p)
	}
	return ddScale(p, int(k))
}

// logDD returns log(x) for a finite x > 0 and a bound on its absolute error.
func logDD(x float64) (dd, float64) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = y0 + log(m exp(-y0)), m exp(-y0) = 1 + d with d tiny.
	y0 := math.Log(m)
	d := ddAdd(ddMulF(expDD(dd{-y0, 0}), m), dd{-1, 0})
	l := ddAdd(dd{y0, 0}, ddAdd(d, dd{-d.hi * d.hi / 2, 0}))
	if e != 0 {
		l = ddAdd(l, ddMulF(ddLn2, float64(e)))
	}
	return l, 0x1p-90 + math.Abs(float64(e))*0x1p-100
}

func fastExp(x float64) (float64, bool) {
	if math.Abs(x) >= 708 {
		return 0, false
	}
	r := expDD(dd{x, 0})
	return rounded(r, math.Abs(r.hi)*0x1p-90)
}

func fastLog(x float64) (float64, bool) {
	l, b := logDD(x)
	return rounded(l, b)
}

// sinCosDD returns sin(x) or cos(x), within 2**-92, for |x| < 2**20.
func sinCosDD(x float64, wantSin bool) dd {
	initFast()
	k := math.Round(x / (math.Pi / 2))
	r := ddAdd(dd{x, 0}, dd{-k * halfPi3[0], 0})
	r = ddAdd(r, twoProd(-k, halfPi3[1]))
	r = ddAdd(r, twoProd(-k, halfPi3[2]))
	q := int64(k) & 3
	if !wantSin {
		q = (q + 1) & 3
	}
	odd := q&1 == 0 // sin(r) in quadrants 0 and 2, cos(r) in 1 and 3
	r2 := ddMul(r, r)
	var p dd
	if odd {
		// r - r^3/3! + r^5/5! - ..., to r^27.
		p = invFact[27]
		for n := 25; n >= 1; n -= 2 {
			p = ddMul(p, r2)
			p = dd{-p.hi, -p.lo}
			p = ddAdd(p, invFact[n])
		}
		p = ddMul(p, r)
	} else {
		p = invFact[28]
		for n := 26; n >= 0; n -= 2 {
			p = ddMul(p, r2)
			p = dd{-p.hi, -p.lo}
			p = ddAdd(p, invFact[n])
		}
	}
	if q&2 != 0 {
		p = dd{-p.hi, -p.lo}
	}
	return p
}

func fastSinCos(x float64, wantSin bool) (float64, bool) {
	if math.Abs(x) >= 1<<20 {
		return 0, false
	}
	return rounded(sinCosDD(x, wantSin), 0x1p-92)
}

// fastAcos corrects Go's acos by a Newton step on cos in double-double.
func fastAcos(x float64) (float64, bool) {
	if math.Abs(x) > 0.99 {
		return 0, false
	}
	y0 := math.Acos(x)
	num := ddAdd(sinCosDD(y0, false), dd{-x, 0}) // cos(y0) - x, tiny
	s := math.Sin(y0)
	d := num.hi / s
	d -= math.Cos(y0) / s * d * d / 2
	return rounded(ddAdd(dd{y0, 0}, dd{d, 0}), 0x1p-86)
}

func fastPow(x, y float64) (float64, bool) {
	l, b := logDD(x)
	z := ddMulF(l, y)
	if math.Abs(z.hi) >= 708 {
		return 0, false
	}
	r := expDD(z)
	return rounded(r, math.Abs(r.hi)*(0x1p-89+b*math.Abs(y)*2))
}
