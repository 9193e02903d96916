package crmath

import "testing"

func BenchmarkLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Log(0.7111917696952796 + float64(i&1023)*1e-6)
	}
}

func BenchmarkExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Exp(-12.928303512851771 + float64(i&1023)*1e-6)
	}
}

func BenchmarkCos(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Cos(4.5 + float64(i&1023)*1e-6)
	}
}
