package pystd

// This file is the Go module _random, which backs lib/random.py: the
// Mersenne Twister MT19937 with CPython's seeding and CPython's ways of
// making floats and integers of its 32-bit outputs, so that a seeded
// generator gives the very numbers CPython 3.11 gives.
//
// _random.Random() returns a generator object (unseeded: seed it before
// use) with these methods:
//
//	seed(a)          a: int (its absolute value), float (its CPython hash),
//	                 str, bytes or bytearray (CPython's version-2 seeding:
//	                 the bytes followed by their SHA-512 digest, as a
//	                 big-endian integer)
//	random()         a float in [0.0, 1.0) made of 53 random bits
//	getrandbits(k)   an int of k random bits
//	randbelow(n)     an int in [0, n), by CPython's rejection sampling on
//	                 getrandbits(n.bit_length())
//	getstate()       a tuple of 625 ints: the 624 words and the index
//	setstate(state)  the inverse of getstate
//
// _random.float_hash(x) is CPython's hash of the float x. random.py takes
// its log, exp, cos, ... from _nbcmath, which gives glibc's results.

import (
	"crypto/sha512"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

const (
	mtN       = 624
	mtM       = 397
	mtUpper   = 0x80000000
	mtLower   = 0x7fffffff
	mtMatrixA = 0x9908b0df
)

// mt is the state of a Mersenne Twister.
type mt struct {
	state [mtN]uint32
	index int
}

func (g *mt) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		p := g.state[i-1]
		g.state[i] = 1812433253*(p^(p>>30)) + uint32(i)
	}
	g.index = mtN
}

func (g *mt) initByArray(key []uint32) {
	g.initGenrand(19650218)
	s := &g.state
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		p := s[i-1]
		s[i] = (s[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		p := s[i-1]
		s[i] = (s[i] ^ ((p ^ (p >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
	}
	s[0] = 0x80000000
}

// next returns the next 32-bit output.
func (g *mt) next() uint32 {
	s := &g.state
	if g.index >= mtN {
		mag := [2]uint32{0, mtMatrixA}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s[kk] & mtUpper) | (s[kk+1] & mtLower)
			s[kk] = s[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (s[kk] & mtUpper) | (s[kk+1] & mtLower)
			s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (s[mtN-1] & mtUpper) | (s[0] & mtLower)
		s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ mag[y&1]
		g.index = 0
	}
	y := s[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float returns a float in [0, 1) from 53 bits of two outputs.
func (g *mt) float() float64 {
	a := g.next() >> 5
	b := g.next() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds with the non-negative integer n.
func (g *mt) seedInt(n *big.Int) {
	var key []uint32
	words := n.Bits()
	// big.Word is 64 or 32 bits; split it into 32-bit words, little-endian.
	for _, w := range words {
		key = append(key, uint32(w))
		if math.MaxUint == math.MaxUint64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.initByArray(key)
}

// getrandbits returns k random bits, as CPython does: the first output
// is the least significant word, and the last word keeps the top bits of
// its output.
func (g *mt) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(g.next() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	bs := make([]byte, words*4) // big-endian, filled from the end
	for i := 0; i < words; i++ {
		r := g.next()
		if k < 32 {
			r >>= 32 - k
		}
		o := len(bs) - 4*(i+1)
		bs[o], bs[o+1], bs[o+2], bs[o+3] = byte(r>>24), byte(r>>16), byte(r>>8), byte(r)
		k -= 32
	}
	return new(big.Int).SetBytes(bs)
}

// randbelow returns an int in [0, n), n > 0.
func (g *mt) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	for {
		r := g.getrandbits(k)
		if r.Cmp(n) < 0 {
			return r
		}
	}
}

// Generator is the Python object of a _random.Random.
type Generator struct{ mt }

// GeneratorType is _random.Random.
var GeneratorType = py.NewType("Random", "Random() -> create a random number generator with its own internal state.")

// Type returns GeneratorType.
func (g *Generator) Type() *py.Type { return GeneratorType }

func intObject(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(n))
}

// bigOf returns the integer value of an int or bool.
func bigOf(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// floatHash is CPython's hash of a float, which seeds from a float use.
func floatHash(x float64) int64 { return pyrt.HashFloat(x) }

func generatorSeed(self, a py.Object) (py.Object, error) {
	g := self.(*Generator)
	var n *big.Int
	switch v := a.(type) {
	case py.String:
		n = seedBytes([]byte(v))
	case py.Bytes:
		n = seedBytes(v)
	case py.Float:
		n = new(big.Int).SetUint64(uint64(floatHash(float64(v))))
	default:
		b, ok := bigOf(a)
		if !ok {
			if _, isIndex := a.(py.I__index__); isIndex {
				// An instance of a subclass of int (IntEnum, ...).
				if i, err := intArg(a); err == nil {
					g.seedInt(i.Abs(i))
					return py.None, nil
				}
			}
			if bs, ok := bytesArg(a); ok {
				n = seedBytes(bs)
				break
			}
			return nil, py.ExceptionNewf(py.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		}
		n = b.Abs(b)
	}
	g.seedInt(n)
	return py.None, nil
}

// seedBytes is CPython's version-2 seed of str and bytes.
func seedBytes(b []byte) *big.Int {
	sum := sha512.Sum512(b)
	all := append(append([]byte{}, b...), sum[:]...)
	return new(big.Int).SetBytes(all)
}

func init() {
	methods := map[string]any{
		"seed": generatorSeed,
		"random": func(self py.Object) (py.Object, error) {
			return py.Float(self.(*Generator).float()), nil
		},
		"getrandbits": func(self, k py.Object) (py.Object, error) {
			n, err := py.IndexInt(k)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
			}
			if n == 0 {
				return py.Int(0), nil
			}
			return intObject(self.(*Generator).getrandbits(n)), nil
		},
		"randbelow": func(self, n py.Object) (py.Object, error) {
			b, ok := bigOf(n)
			if !ok || b.Sign() <= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "randbelow: n must be a positive int")
			}
			return intObject(self.(*Generator).randbelow(b)), nil
		},
		"getstate": func(self py.Object) (py.Object, error) {
			g := self.(*Generator)
			t := make(py.Tuple, mtN+1)
			for i, w := range g.state {
				t[i] = py.Int(w)
			}
			t[mtN] = py.Int(g.index)
			return t, nil
		},
		"setstate": func(self, state py.Object) (py.Object, error) {
			g := self.(*Generator)
			t, ok := state.(py.Tuple)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "state vector must be a tuple")
			}
			if len(t) != mtN+1 {
				return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
			}
			var s [mtN]uint32
			for i := 0; i < mtN; i++ {
				b, ok := bigOf(t[i])
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "state vector items must be integers")
				}
				s[i] = uint32(b.Uint64())
			}
			idx, ok := bigOf(t[mtN])
			if !ok || !idx.IsInt64() || idx.Int64() < 0 || idx.Int64() > mtN {
				return nil, py.ExceptionNewf(py.ValueError, "invalid state")
			}
			g.state = s
			g.index = int(idx.Int64())
			return py.None, nil
		},
	}
	for name, f := range methods {
		GeneratorType.Dict[name] = py.MustNewMethod(name, f, 0, "")
	}
	newGen := py.MustNewMethod("Random", func(self py.Object, args py.Tuple) (py.Object, error) {
		g := &Generator{}
		g.seedInt(big.NewInt(0))
		return g, nil
	}, 0, "Random() -> a new generator, seeded with 0")
	floatHashFn := py.MustNewMethod("float_hash", func(self, x py.Object) (py.Object, error) {
		f, ok := x.(py.Float)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "float_hash: a float is required")
		}
		return py.Int(floatHash(float64(f))), nil
	}, 0, "float_hash(x) -> CPython's hash of the float x")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_random", Doc: "nbcheck's _random: CPython's Mersenne Twister (see lib/random.py)"},
		Methods: []*py.Method{newGen, floatHashFn},
	})
}
