package pysyntax_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/nbcheck/nbcheck/pysyntax"
)

// TestParseStringSameAsParse checks that ParseString, which shares the
// caller's string, gives the same trees and errors as Parse on every
// conformance case.
func TestParseStringSameAsParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/conformance/*.txt")
	n := 0
	for _, f := range files {
		for _, c := range readCases(t, f) {
			m1, err1 := pysyntax.Parse("c.py", []byte(c.src), pysyntax.Options{})
			m2, err2 := pysyntax.ParseString("c.py", c.src, pysyntax.Options{})
			if fmt.Sprint(err1) != fmt.Sprint(err2) {
				t.Errorf("%s %s: errors differ: %v / %v", f, c.name, err1, err2)
				continue
			}
			if err1 == nil && pysyntax.Dump(m1, true) != pysyntax.Dump(m2, true) {
				t.Errorf("%s %s: trees differ", f, c.name)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no conformance cases found")
	}
}
