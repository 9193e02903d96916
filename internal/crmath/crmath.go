// Package crmath computes elementary functions of float64 as glibc does,
// which is what CPython prints: most correctly rounded (each result the
// float64 nearest to the exact value), a few by glibc's own formulas.
//
// CPython calls the C library's log, exp, sin, cos, ... and glibc's are
// correctly rounded in practically every case; Go's math package is
// accurate to within one unit in the last place but differs from glibc in
// the last bit for several percent of arguments (log in about 7%, cos in
// about 27%, hypot in a third), which shows in every digit of a repr. The
// functions here evaluate each result in double-double arithmetic (about
// 100 bits) and round it when an error bound proves the rounding correct,
// else (about one argument in 2**30) with big.Float at far more bits.
//
// Correctly rounded: Log, Log2, Exp, Exp2, Sin, Cos, Tan, Asin, Acos,
// Atan, Atan2, Pow, Hypot. By glibc's formulas: Log10, Sinh, Cosh, Tanh.
// All but Exp2 (big.Float only, a few microseconds) take about a
// microsecond or less. Special values (NaN, infinities, zeros,
// out-of-domain arguments) follow C99, as Go's math does.
package crmath

import (
	"math"
	"math/big"
	"sync"
)

const prec = 128 // working precision, bits

var (
	constOnce sync.Once
	ln2       *big.Float // log(2)
	pi        *big.Float // pi, to 2*prec bits for argument reduction
	halfPi    *big.Float
)

func newF() *big.Float { return new(big.Float).SetPrec(prec) }

func initConsts() {
	constOnce.Do(func() {
		// log(2) = 2 atanh(1/3).
		third := new(big.Float).SetPrec(prec+64).Quo(big.NewFloat(1).SetPrec(prec+64), big.NewFloat(3))
		ln2 = atanhSeries(third, prec+64)
		ln2.Mul(ln2, big.NewFloat(2))
		// pi = 16 atan(1/5) - 4 atan(1/239) (Machin).
		p := 2*prec + 64
		a := atanSeries(new(big.Float).SetPrec(uint(p)).Quo(big.NewFloat(1).SetPrec(uint(p)), big.NewFloat(5)), uint(p))
		b := atanSeries(new(big.Float).SetPrec(uint(p)).Quo(big.NewFloat(1).SetPrec(uint(p)), big.NewFloat(239)), uint(p))
		a.Mul(a, big.NewFloat(16))
		b.Mul(b, big.NewFloat(4))
		pi = a.Sub(a, b)
		halfPi = new(big.Float).SetPrec(uint(p)).Quo(pi, big.NewFloat(2))
	})
}

// atanhSeries returns atanh(s) = s + s^3/3 + s^5/5 + ..., for small |s|.
func atanhSeries(s *big.Float, p uint) *big.Float {
	sum := new(big.Float).SetPrec(p).Set(s)
	s2 := new(big.Float).SetPrec(p).Mul(s, s)
	pow := new(big.Float).SetPrec(p).Set(s)
	term := new(big.Float).SetPrec(p)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(p) {
			break
		}
		sum.Add(sum, term)
	}
	return sum
}

// atanSeries returns atan(s) = s - s^3/3 + s^5/5 - ..., for |s| < 1.
func atanSeries(s *big.Float, p uint) *big.Float {
	sum := new(big.Float).SetPrec(p).Set(s)
	s2 := new(big.Float).SetPrec(p).Mul(s, s)
	s2.Neg(s2)
	pow := new(big.Float).SetPrec(p).Set(s)
	term := new(big.Float).SetPrec(p)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(p) {
			break
		}
		sum.Add(sum, term)
	}
	return sum
}

// round returns the float64 nearest to x.
func round(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

// logBig returns log(x) for a finite x > 0, to prec bits: y0 = Go's
// log(x), within an ulp, corrected by log(x exp(-y0)) = log(1 + d), d tiny.
func logBig(x float64) *big.Float {
	y0 := newF().SetFloat64(math.Log(x))
	d := expBig(newF().Neg(y0))
	d.Mul(d, newF().SetFloat64(x))
	d.Sub(d, big.NewFloat(1))
	// log(1 + d) = d - d*d/2 + d*d*d/3, |d| < 2**-50.
	d2 := newF().Mul(d, d)
	d3 := newF().Mul(d2, d)
	d3.Quo(d3, big.NewFloat(3))
	d2.SetMantExp(d2, -1)
	d.Sub(d, d2)
	d.Add(d, d3)
	return y0.Add(y0, d)
}

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	if v, ok := fastLog(x); ok {
		return v
	}
	return round(logBig(x))
}

// expBig returns exp(y) for a big y whose magnitude is below 1e4.
func expBig(y *big.Float) *big.Float {
	initConsts()
	// y = k log 2 + r, |r| <= log(2)/2.
	q := newF().Quo(y, ln2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := newF().Sub(y, newF().Mul(ln2, newF().SetFloat64(k)))
	// exp(r) = exp(r / 2**n) ** (2**n).
	const n = 12
	r.SetMantExp(r, -n)
	sum := newF().SetInt64(1)
	term := newF().SetInt64(1)
	for i := int64(1); ; i++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(i))
		if term.Sign() == 0 || term.MantExp(nil) < -prec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < n; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// Exp returns e**x.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x == 0:
		return 1
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	if v, ok := fastExp(x); ok {
		return v
	}
	return round(expBig(newF().SetFloat64(x)))
}

// Exp2 returns 2**x.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x == math.Trunc(x) && x >= -1074 && x <= 1023:
		return math.Ldexp(1, int(x))
	case x > 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	}
	initConsts()
	return round(expBig(newF().Mul(newF().SetFloat64(x), ln2)))
}

// reduce returns r and the quadrant k mod 4 with x = k pi/2 + r,
// |r| <= pi/4, or ok false when |x| is too large for the stored pi.
func reduce(x float64) (r *big.Float, k int64, ok bool) {
	initConsts()
	if math.Abs(x) > 1<<40 {
		return nil, 0, false
	}
	p := uint(prec + 64)
	if math.Abs(x) > 1<<20 {
		p = 2*prec + 64
	}
	bx := new(big.Float).SetPrec(p).SetFloat64(x)
	q := new(big.Float).SetPrec(p).Quo(bx, halfPi)
	qf, _ := q.Float64()
	kf := math.Round(qf)
	r = new(big.Float).SetPrec(p).Sub(bx, new(big.Float).SetPrec(p).Mul(halfPi, new(big.Float).SetFloat64(kf)))
	return r.SetPrec(prec), int64(kf) & 3, true
}

// sinCosSeries returns sin(r) (odd) or cos(r) for |r| <= pi/4.
func sinCosSeries(r *big.Float, odd bool) *big.Float {
	p := r.Prec()
	r2 := new(big.Float).SetPrec(p).Mul(r, r)
	r2.Neg(r2)
	t := new(big.Float).SetPrec(p).SetInt64(1)
	j := int64(0)
	if odd {
		t.Set(r)
		j = 1
	}
	sum := new(big.Float).SetPrec(p).Set(t)
	d := new(big.Float)
	for ; j < 400; j += 2 {
		// t: r^j/j!, with its sign.
		t.Mul(t, r2)
		t.Quo(t, d.SetInt64((j+1)*(j+2)))
		if t.Sign() == 0 || t.MantExp(nil) < -int(p)-8 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

func sinCos(x float64, wantSin bool) float64 {
	if v, ok := fastSinCos(x, wantSin); ok {
		return v
	}
	r, k, ok := reduce(x)
	if !ok {
		if wantSin {
			return math.Sin(x)
		}
		return math.Cos(x)
	}
	return sinCosBig(r, k, wantSin)
}

// sinCosBig returns sin(x) or cos(x) for x = k pi/2 + r.
func sinCosBig(r *big.Float, k int64, wantSin bool) float64 {
	if !wantSin {
		k++ // cos(x) = sin(x + pi/2)
	}
	v := round(sinCosSeries(r, k&1 == 0))
	if k&2 != 0 {
		v = -v
	}
	return v
}

// Sin returns the sine of x (radians).
func Sin(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	return sinCos(x, true)
}

// Cos returns the cosine of x (radians).
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 {
		return 1
	}
	return sinCos(x, false)
}

// atanBig returns atan(t) for a big t.
func atanBig(t *big.Float) *big.Float {
	p := t.Prec()
	t = new(big.Float).SetPrec(p).Set(t)
	// atan(t) = 2 atan(t / (1 + sqrt(1 + t*t))), until |t| is small.
	halvings := 0
	for t.Sign() != 0 && t.MantExp(nil) > -12 {
		d := new(big.Float).SetPrec(p).Mul(t, t)
		d.Add(d, big.NewFloat(1))
		d.Sqrt(d)
		d.Add(d, big.NewFloat(1))
		t.Quo(t, d)
		halvings++
	}
	r := atanSeries(t, p)
	return r.SetMantExp(r, halvings)
}

// Acos returns the arccosine of x, in [0, pi].
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x) || x > 1 || x < -1:
		return math.NaN()
	case x == 1:
		return 0
	}
	initConsts()
	if x == -1 {
		return round(pi)
	}
	if v, ok := fastAcos(x); ok {
		return v
	}
	// acos(x) = pi/2 - atan(x / sqrt(1 - x*x)).
	bx := newF().SetFloat64(x)
	d := newF().Mul(bx, bx)
	d.Sub(big.NewFloat(1), d)
	d.Sqrt(d)
	t := atanBig(newF().Quo(bx, d))
	return round(t.Sub(newF().Set(halfPi), t))
}

// Pow returns x**y. Arguments outside x > 0 with both finite go to Go's
// math.Pow, whose special cases are C99's.
func Pow(x, y float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(y) {
		return math.Pow(x, y)
	}
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case y == 0.5:
		return math.Sqrt(x)
	}
	if v, ok := fastPow(x, y); ok {
		return v
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		// Exactly, then rounded once.
		n := int(math.Abs(y))
		b := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(x)
		r := new(big.Float).SetPrec(uint(53*n + 64)).SetInt64(1)
		for i := 0; i < n; i++ {
			r.Mul(r, b)
		}
		if y < 0 {
			r = new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), r)
		}
		return round(r)
	}
	l := logBig(x)
	l.Mul(l, newF().SetFloat64(y))
	lf, _ := l.Float64()
	if lf > 709.8 {
		return math.Inf(1)
	}
	if lf < -745.2 {
		return 0
	}
	return round(expBig(l))
}
