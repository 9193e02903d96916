package numcmp

import (
	"math"
	"math/big"
	"testing"
)

func TestIntFloat(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 2000)
	tests := []struct {
		x    *big.Int
		y    float64
		want int
		ok   bool
	}{
		{big.NewInt(1), 1.0, 0, true},
		{big.NewInt(3), 2.5, 1, true},
		{big.NewInt(1<<53 + 1), math.Pow(2, 53), 1, true}, // float64(2**53+1) would be 2**53
		{big.NewInt(1<<53 + 1), math.Pow(2, 53) + 2, -1, true},
		{huge, 1e308, 1, true},
		{new(big.Int).Neg(huge), -1e308, -1, true},
		{huge, math.Inf(1), -1, true},
		{huge, math.Inf(-1), 1, true},
		{big.NewInt(0), math.Copysign(0, -1), 0, true},
		{big.NewInt(1), math.NaN(), 0, false},
	}
	for _, tt := range tests {
		got, ok := IntFloat(tt.x, tt.y)
		if got != tt.want || ok != tt.ok {
			t.Errorf("IntFloat(%v, %v) = %d, %v; want %d, %v", tt.x, tt.y, got, ok, tt.want, tt.ok)
		}
	}
	if Holds("<", 0, false) || !Holds("!=", 0, false) || !Holds(">=", 0, true) || Holds(">", 0, true) {
		t.Errorf("Holds is wrong for NaN or equality")
	}
}
