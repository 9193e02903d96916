package ipynb_test

import (
	"os"
	"testing"

	"github.com/nbcheck/nbcheck/ipynb"
)

// biggestCorpusFile returns the largest notebook of the shared corpus.
func biggestCorpusFile(b *testing.B) []byte {
	var best []byte
	for _, path := range corpusFiles(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if len(data) > len(best) {
			best = data
		}
	}
	if best == nil {
		b.Skip("no corpus")
	}
	return best
}

// BenchmarkReadWrite reads and writes the biggest corpus notebook; MB/s
// counts the file's bytes once.
func BenchmarkReadWrite(b *testing.B) {
	data := biggestCorpusFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		nb, err := ipynb.Read("nb.ipynb", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ipynb.Write(nb); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead reads the biggest corpus notebook.
func BenchmarkRead(b *testing.B) {
	data := biggestCorpusFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ipynb.Read("nb.ipynb", data); err != nil {
			b.Fatal(err)
		}
	}
}
