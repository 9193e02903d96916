package asyncshim_test

// This file runs the conformance originals through the real transpiler
// (package transpile) instead of gen.py's lowering, under -transpiled:
// it measures how far the transpiler and asyncshim agree with CPython
// end to end. It is off by default because the transpiler is another
// package's work in progress.

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/asyncshim"
	"github.com/nbcheck/nbcheck/transpile"
)

var transpiled = flag.Bool("transpiled", false, "run the conformance originals through package transpile")

func TestConformanceTranspiled(t *testing.T) {
	if !*transpiled {
		t.Skip("run with -transpiled")
	}
	files, err := filepath.Glob("testdata/conformance/*.orig.py")
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, orig := range files {
		base := strings.TrimSuffix(orig, ".orig.py")
		name := filepath.Base(base)
		src, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(base + ".out")
		if err != nil {
			continue
		}
		ok := t.Run(name, func(t *testing.T) {
			jupyter := strings.HasPrefix(string(src), "# mode: jupyter")
			k := newKernel(t, asyncshim.Options{Script: !jupyter})
			defer k.ctx.Close()
			defer k.loop.Close()
			for i, cell := range splitCells(string(src)) {
				var res *transpile.Result
				var err error
				if jupyter {
					res, err = transpile.Cell(cell, transpile.Options{})
				} else {
					res, err = transpile.Script(cell, transpile.Options{})
				}
				if err != nil {
					k.out.b.WriteString("!! TRANSPILE: " + err.Error() + "\n")
					continue
				}
				k.runCell("<cell "+string(rune('0'+i))+">", res.Code)
			}
			if d := cmp.Diff(normalize(string(want)), normalize(k.out.b.String())); d != "" {
				t.Errorf("output mismatch (-cpython +transpiled):\n%s", d)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d of %d cases match CPython through the transpiler", pass, len(files))
}
