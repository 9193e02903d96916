package crmath

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestFastAgreesWithBig checks the double-double path against the
// big.Float one: whenever it answers, it answers the same; and it answers
// almost always.
func TestFastAgreesWithBig(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	n := 4000
	if testing.Short() {
		n = 2000
	}
	fallbacks := 0
	check := func(name string, x float64, fast func() (float64, bool), slow func() float64) {
		v, ok := fast()
		if !ok {
			fallbacks++
			return
		}
		if w := slow(); v != w && !(math.IsNaN(v) && math.IsNaN(w)) {
			t.Errorf("%s(%v): fast %v, big %v", name, x, v, w)
		}
	}
	for i := 0; i < n; i++ {
		u := rng.Float64()
		x := math.Ldexp(0.5+u/2, rng.Intn(200)-100)
		check("log", x, func() (float64, bool) { return fastLog(x) }, func() float64 { return round(logBig(x)) })
		e := (u - 0.5) * 1400
		check("exp", e, func() (float64, bool) { return fastExp(e) }, func() float64 { return round(expBig(newF().SetFloat64(e))) })
		s := (u - 0.5) * math.Ldexp(1, rng.Intn(20))
		check("sin", s, func() (float64, bool) { return fastSinCos(s, true) }, func() float64 { r, k, _ := reduce(s); return sinCosBig(r, k, true) })
		check("cos", s, func() (float64, bool) { return fastSinCos(s, false) }, func() float64 { r, k, _ := reduce(s); return sinCosBig(r, k, false) })
		a := (u - 0.5) * 1.98
		check("acos", a, func() (float64, bool) { return fastAcos(a) }, func() float64 {
			bx := newF().SetFloat64(a)
			d := newF().Mul(bx, bx)
			d.Sub(big.NewFloat(1), d)
			d.Sqrt(d)
			t := atanBig(newF().Quo(bx, d))
			return round(t.Sub(newF().Set(halfPi), t))
		})
		check("tan", s, func() (float64, bool) {
			c := sinCosDD(s, false)
			t := ddDiv(sinCosDD(s, true), c)
			return rounded(t, 0x1p-90*(1+math.Abs(t.hi))/math.Abs(c.hi))
		}, func() float64 {
			r, k, _ := reduce(s)
			sb, cb := sinCosSeries(r, true), sinCosSeries(r, false)
			if k&1 == 0 {
				return round(sb.Quo(sb, cb))
			}
			return -round(cb.Quo(cb, sb))
		})
		y := (rng.Float64() - 0.5) * 20
		check("pow", x, func() (float64, bool) { return fastPow(x, y) }, func() float64 {
			l := logBig(x)
			l.Mul(l, newF().SetFloat64(y))
			return round(expBig(l))
		})
	}
	if fallbacks > n/100 {
		t.Errorf("%d fallbacks to big.Float in %d calls", fallbacks, 6*n)
	}
}
