package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFixtureGoldens checks every fixture against fixtures/NAME.golden:
// the verbose text report of `nbcheck check -v`, which holds a verdict for
// every code cell. Regenerate with `go test ./cmd/nbcheck -update` and
// review the diff. A golden without its fixture fails.
func TestFixtureGoldens(t *testing.T) {
	const dir = "../../fixtures"
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fixtures := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".ipynb") || strings.HasSuffix(name, ".md")) {
			continue
		}
		fixtures[strings.TrimSuffix(name, filepath.Ext(name))] = true
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run([]string{"check", "-v", filepath.Join(dir, name)}, nil, &out, &errb)
			got := strings.ReplaceAll(out.String(), dir+"/", "fixtures/")
			got += "exit status " + string(rune('0'+code)) + "\n"
			if errb.Len() > 0 {
				got += "stderr:\n" + errb.String()
			}
			golden := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/nbcheck -update to create it)", err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("report differs from %s (-want +got):\n%s", golden, d)
			}
		})
	}
	for _, e := range entries {
		if base, ok := strings.CutSuffix(e.Name(), ".golden"); ok && !fixtures[base] {
			t.Errorf("%s has no fixture", e.Name())
		}
	}
}
