package pystd

import (
	"math/big"
	"testing"
)

// The expected values were printed by CPython 3.11's random module.

func seeded(n *big.Int) *mt {
	g := &mt{}
	g.seedInt(n)
	return g
}

func TestMTAgainstCPython(t *testing.T) {
	g := seeded(big.NewInt(42))
	if got := g.float(); got != 0.6394267984578837 {
		t.Errorf("seed 42: random() = %v", got)
	}
	g = seeded(big.NewInt(42))
	for i, want := range []uint32{2746317213, 478163327, 107420369} {
		if got := g.next(); got != want {
			t.Errorf("seed 42: output %d = %d, want %d", i, got, want)
		}
	}
	big200 := new(big.Int).Lsh(big.NewInt(1), 200)
	big200.Add(big200, big.NewInt(12345))
	if got := seeded(big200).float(); got != 0.14734203971452786 {
		t.Errorf("seed 2**200+12345: random() = %v", got)
	}
	g = &mt{}
	g.seedInt(seedBytes([]byte("nbcheck")))
	if got := g.getrandbits(100).String(); got != "738935008812388972589059643214" {
		t.Errorf("seed 'nbcheck': getrandbits(100) = %s", got)
	}
	g = seeded(big.NewInt(7))
	n, _ := new(big.Int).SetString("100000000000000000000", 10)
	for i, want := range []string{"35931773795037525048", "12007621696699967246", "88936812917358800691"} {
		if got := g.randbelow(n).String(); got != want {
			t.Errorf("seed 7: randbelow(10**20) #%d = %s, want %s", i, got, want)
		}
	}
	g = &mt{}
	g.seedInt(new(big.Int).SetUint64(uint64(floatHash(3.75))))
	if got := g.float(); got != 0.8669343461487233 {
		t.Errorf("seed 3.75: random() = %v", got)
	}
	g = seeded(big.NewInt(0))
	if g.state[0] != 2147483648 || g.state[1] != 766982754 || g.state[623] != 2902720905 || g.index != 624 {
		t.Errorf("seed 0: state %d %d %d index %d", g.state[0], g.state[1], g.state[623], g.index)
	}
}

func TestFloatHash(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want int64
	}{{0.1, 230584300921369408}, {-2.5, -1152921504606846978}, {1e300, 1224995262755759164}, {-1.0, -2}, {0, 0}, {7, 7}} {
		if got := floatHash(c.x); got != c.want {
			t.Errorf("hash(%v) = %d, want %d", c.x, got, c.want)
		}
	}
}
