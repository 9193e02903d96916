package pyrt

// This file defines hashing and equality with CPython's semantics: numbers
// that compare equal hash equal (1 == 1.0 == True), and int, float and
// tuple hashes are CPython's own, so sets of them iterate in CPython's
// order.

import (
	"hash/fnv"
	"math"
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"
)

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// Hash returns hash(o) as CPython 3.11 computes it for numbers and tuples
// of numbers; strings and other objects get a deterministic hash of
// nbcheck's own (CPython randomizes those per process).
func Hash(o py.Object) (int64, error) {
	h, _, err := hashOf(o)
	return h, err
}

// hashOf returns o's hash, and whether CPython's hash of o is the same in
// every process (so that a set of such keys has CPython's order).
func hashOf(o py.Object) (h int64, det bool, err error) {
	switch x := o.(type) {
	case py.Int:
		return hashInt64(int64(x)), true, nil
	case py.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *py.BigInt:
		return hashBig((*big.Int)(x)), true, nil
	case py.Float:
		return hashFloat(float64(x)), !math.IsNaN(float64(x)), nil
	case py.Complex:
		hr := hashFloat(real(complex128(x)))
		hi := hashFloat(imag(complex128(x)))
		r := uint64(hr) + 1000003*uint64(hi)
		if int64(r) == -1 {
			r = ^uint64(1)
		}
		return int64(r), true, nil
	case py.String:
		return hashString(string(x)), false, nil
	case py.Bytes:
		return hashString(string(x)), false, nil
	case py.Tuple:
		return hashTuple(x)
	case *Set:
		if !x.frozen {
			return 0, false, unhashable(o)
		}
		return x.frozenHash()
	case *py.List, *Dict, py.StringDict, *py.Set, *DictView, *ByteArray:
		return 0, false, unhashable(o)
	case py.NoneType:
		return 0x7f3a5c0f5d0 >> 4, false, nil
	}
	if hb, ok := o.(interface{ HashBase() py.Object }); ok {
		// An instance of a subclass of an immutable builtin (pyobj).
		if b := hb.HashBase(); b != nil {
			return hashOf(b)
		}
	}
	if hh, ok := o.(py.I__hash__); ok {
		res, err := hh.M__hash__()
		if err != nil {
			return 0, false, err
		}
		return hashResult(res)
	}
	if t, ok := o.(*py.Type); ok && t.Name == "" {
		if res, ok, err := t.CallMethod("__hash__", py.Tuple{t}, nil); ok {
			if err != nil {
				return 0, false, err
			}
			if res == py.None {
				return 0, false, unhashable(o)
			}
			return hashResult(res)
		}
	}
	return int64(Addr(o) >> 4), false, nil
}

func hashResult(res py.Object) (int64, bool, error) {
	switch r := res.(type) {
	case py.Int:
		// A result that fits in 64 bits is the hash as it is (CPython
		// reduces only bigger ones), -1 being reserved.
		if r == -1 {
			return -2, false, nil
		}
		return int64(r), false, nil
	case *py.BigInt:
		if b := (*big.Int)(r); b.IsInt64() {
			if b.Int64() == -1 {
				return -2, false, nil
			}
			return b.Int64(), false, nil
		}
		return hashBig((*big.Int)(r)), false, nil
	case py.Bool:
		if r {
			return 1, false, nil
		}
		return 0, false, nil
	}
	return 0, false, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
}

func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", TypeName(o))
}

func hashInt64(n int64) int64 {
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-n)
		if n == math.MinInt64 {
			u = 1 << 63
		}
	} else {
		u = uint64(n)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(n *big.Int) int64 {
	if n.IsInt64() {
		return hashInt64(n.Int64())
	}
	var m big.Int
	m.Abs(n)
	m.Mod(&m, bigModulus)
	h := m.Int64()
	if n.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat is CPython's hash of a float: the value modulo 2**61-1
// (_Py_HashDouble), 0 for a NaN.
func HashFloat(v float64) int64 { return hashFloat(v) }

// hashFloat is CPython's _Py_HashDouble.
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		return hashInt64(int64(v))
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func hashString(s string) int64 {
	f := fnv.New64a()
	f.Write([]byte(s))
	h := int64(f.Sum64())
	if h == -1 {
		h = -2
	}
	return h
}

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// hashTuple is CPython 3.8+'s tuplehash (xxHash-based).
func hashTuple(t py.Tuple) (int64, bool, error) {
	acc := uint64(xxPrime5)
	det := true
	for _, it := range t {
		h, d, err := hashOf(it)
		if err != nil {
			return 0, false, err
		}
		det = det && d
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(t)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, det, nil
	}
	return int64(acc), det, nil
}
