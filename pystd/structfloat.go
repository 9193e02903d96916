package pystd

// This file is module _nbstruct, behind lib/struct.py: the bit patterns
// of IEEE 754 binary16, binary32 and binary64 numbers.

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// f16bits rounds x to binary16 (half to even); ok is false when x is
// finite but too large.
func f16bits(x float64) (uint16, bool) {
	b := math.Float64bits(x)
	sign := uint16(b>>48) & 0x8000
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	}
	a := math.Abs(x)
	if a == 0 {
		return sign, true
	}
	// Scale to an integer number of units of the smallest step for the
	// binade (subnormal step 2^-24), rounding half to even.
	exp := math.Ilogb(a)
	if exp < -14 {
		exp = -14
	}
	step := math.Ldexp(1, exp-10)
	m := a / step // in [1024, 2048) for normal numbers, exact
	r := math.RoundToEven(m)
	if r >= 2048 {
		r /= 2
		exp++
	}
	if exp > 15 {
		return 0, false
	}
	mant := uint16(r)
	if mant < 1024 { // subnormal
		return sign | mant, true
	}
	return sign | uint16(exp+15)<<10 | (mant - 1024), true
}

func fromF16bits(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1024+m, e-25)
}

func init() {
	bits := py.MustNewMethod("bits", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "bits(size, x, checked)")
		}
		size, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		x, err := floatArg(args[1])
		if err != nil {
			return py.None, nil
		}
		checked := args[2] == py.True
		switch size {
		case 2:
			h, ok := f16bits(x)
			if !ok {
				return py.False, nil
			}
			return py.Int(h), nil
		case 4:
			f := float32(x)
			if checked && math.IsInf(float64(f), 0) && !math.IsInf(x, 0) {
				return py.False, nil
			}
			return py.Int(int64(math.Float32bits(f))), nil
		}
		u := math.Float64bits(x)
		return intObject(new(big.Int).SetUint64(u)), nil
	}, 0, "bits(size, x, checked) -> the bit pattern of float x in 2, 4 or 8 bytes; None if x is not a number, False if too large")
	float := py.MustNewMethod("float", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "float(size, bits)")
		}
		size, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		b, ok := bigOf(args[1])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "float(): bits must be an int")
		}
		u := b.Uint64()
		switch size {
		case 2:
			return py.Float(fromF16bits(uint16(u))), nil
		case 4:
			return py.Float(float64(math.Float32frombits(uint32(u)))), nil
		}
		return py.Float(math.Float64frombits(u)), nil
	}, 0, "float(size, bits) -> the float whose 2-, 4- or 8-byte pattern is bits")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbstruct", Doc: "IEEE 754 bit patterns behind nbcheck's struct"},
		Methods: []*py.Method{bits, float},
	})
}
