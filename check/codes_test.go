package check_test

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/check"
)

func TestCodesTable(t *testing.T) {
	codeRE := regexp.MustCompile(`^NB[0-9]{3}$`)
	if !sort.SliceIsSorted(check.Codes, func(i, j int) bool { return check.Codes[i].Code < check.Codes[j].Code }) {
		t.Error("Codes is not sorted by code")
	}
	seen := map[check.Code]bool{}
	for _, c := range check.Codes {
		if !codeRE.MatchString(string(c.Code)) {
			t.Errorf("bad code %q", c.Code)
		}
		if seen[c.Code] {
			t.Errorf("code %s listed twice", c.Code)
		}
		seen[c.Code] = true
		if c.Title == "" || strings.HasSuffix(c.Title, ".") || strings.ToLower(c.Title[:1]) != c.Title[:1] {
			t.Errorf("%s: title %q must be lowercase with no final period", c.Code, c.Title)
		}
		if len(c.Doc) < 80 || !strings.HasSuffix(c.Doc, ".") {
			t.Errorf("%s: doc must be a paragraph of full sentences", c.Code)
		}
		if c.Code.Doc() != c {
			t.Errorf("%s: Doc() does not find it", c.Code)
		}
	}
	for _, c := range []check.Code{check.StreamMismatch, check.ResultMismatch, check.ErrorMismatch, check.UnexpectedError,
		check.MissingError, check.Drift, check.LinesReordered, check.OutputCount, check.NormalizedMatch, check.RichOutput,
		check.CellUnsupported, check.CellNotRun, check.CellSkipped, check.NoOutputRecorded, check.BadMarker, check.UnneededMarker} {
		if !seen[c] {
			t.Errorf("constant %s has no entry in Codes", c)
		}
	}
	if len(seen) != 16 {
		t.Errorf("Codes has %d entries; update the constant list in this test", len(seen))
	}
}

func TestExplain(t *testing.T) {
	d, err := check.Explain("NB104")
	if err != nil || d.Title != "cell raised an exception" {
		t.Errorf("Explain(NB104) = %+v, %v", d, err)
	}
	_, err = check.Explain("NB1O4")
	if err == nil || err.Error() != `unknown code "NB1O4"; did you mean NB104?` {
		t.Errorf("got %v", err)
	}
}

func TestVerdictSpellings(t *testing.T) {
	var got []string
	for _, v := range check.Verdicts {
		got = append(got, string(v))
	}
	want := "error,mismatch,numeric drift,reordered,match,unsupported,skipped,not run,no recorded output"
	if strings.Join(got, ",") != want {
		t.Errorf("verdicts %q, want %q", strings.Join(got, ","), want)
	}
}
