package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
)

// corpusDir is the shared corpus of real notebooks, beside the repository.
// Its files have no licence, so they are read in place, never copied.
const corpusDir = "../../shared/corpus"

// TestCorpusOracle compares each corpus notebook's recorded outputs with
// the outputs of a real Jupyter run of it (the oracle). Both are CPython
// outputs of the same code, so every cell must match, or fail for a
// reason a second run explains (timings, random values, thread order,
// dates, changed library behaviour); what each verdict counts is logged.
func TestCorpusOracle(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.ipynb"))
	if len(paths) == 0 {
		t.Skip("no corpus at " + corpusDir)
	}
	counts := map[check.Verdict]int{}
	normalized := 0
	for _, path := range paths {
		rec, err := ipynb.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ora, err := ipynb.ReadFile(filepath.Join(corpusDir, "oracle", filepath.Base(path)))
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Cells) != len(ora.Cells) {
			t.Fatalf("%s: %d cells, oracle has %d", path, len(rec.Cells), len(ora.Cells))
		}
		for i, c := range rec.Cells {
			if c.Type != ipynb.Code {
				continue
			}
			r := check.CheckCell(check.CellInput{Cell: c, Index: i, Produced: ora.Cells[i].Outputs}, check.Options{})
			counts[r.Verdict]++
			if r.Normalized {
				normalized++
			}
			if sameOutputs(c.Outputs, ora.Cells[i].Outputs) && r.Verdict != check.Match && r.Verdict != check.NoRecordedOutput {
				t.Errorf("%s cells[%d]: identical outputs judged %q: %s", filepath.Base(path), i, r.Verdict, r.Reason)
			}
			if testing.Verbose() && r.Verdict != check.Match && r.Verdict != check.NoRecordedOutput {
				t.Logf("%s cells[%d]: %s: %s", filepath.Base(path), i, r.Verdict, r.Reason)
			}
		}
	}
	var keys []string
	for v, n := range counts {
		keys = append(keys, fmt.Sprintf("%s=%d", v, n))
	}
	sort.Strings(keys)
	t.Logf("%d notebooks: %s; %d matched after normalisation", len(paths), strings.Join(keys, " "), normalized)
}

// TestCorpusTimings pins verdicts on cells whose recorded and oracle
// outputs differ only by timings: they must match within the default
// tolerance.
func TestCorpusTimings(t *testing.T) {
	tests := []struct {
		file   string
		cell   int
		want   check.Verdict
		reason string
	}{
		{"indiwara_asyncio_basics.ipynb", -1, check.Match, "\"Time elapsed = 1.508040428161621\" against 1.5037198066711426 and the like"},
		{"vikarp_asyncio.ipynb", -1, check.Match, "\"Time: 6.024572849273682\" against 6.007542133331299"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(corpusDir, tt.file)
			if _, err := os.Stat(path); err != nil {
				t.Skip("no corpus")
			}
			rec, err := ipynb.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ora, err := ipynb.ReadFile(filepath.Join(corpusDir, "oracle", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for i, c := range rec.Cells {
				text := outputText(c.Outputs)
				if c.Type != ipynb.Code || !strings.Contains(text, "Time") || !timingOnly(text, outputText(ora.Cells[i].Outputs)) {
					continue
				}
				n++
				r := check.CheckCell(check.CellInput{Cell: c, Index: i, Produced: ora.Cells[i].Outputs}, check.Options{})
				if r.Verdict != tt.want {
					t.Errorf("cells[%d]: %q, want %q (%s): %s\n%s", i, r.Verdict, tt.want, tt.reason, r.Reason, r.Diff)
				}
			}
			if n == 0 {
				t.Errorf("no timing cell found (%s)", tt.reason)
			}
		})
	}
}

func outputText(outs []*ipynb.Output) string {
	var sb strings.Builder
	for _, o := range outs {
		sb.WriteString(o.Text)
	}
	return sb.String()
}

// timingOnly reports whether a and b differ, and only in digits.
func timingOnly(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, s)
	}
	return a != b && strip(a) == strip(b)
}

func sameOutputs(a, b []*ipynb.Output) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Type != y.Type || x.Name != y.Name || x.Text != y.Text || x.Ename != y.Ename || x.Evalue != y.Evalue {
			return false
		}
		xt, _ := x.Data.Text("text/plain")
		yt, _ := y.Data.Text("text/plain")
		if xt != yt {
			return false
		}
	}
	return true
}
