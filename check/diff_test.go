package check_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/check"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// sections reads a golden file split into "<<< name" / ">>> name" sections.
func readSections(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[string]string{}
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	lines := strings.SplitAfter(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		name, ok := strings.CutPrefix(strings.TrimSuffix(lines[i], "\n"), "<<< ")
		if !ok {
			continue
		}
		var body strings.Builder
		for i++; i < len(lines) && strings.TrimSuffix(lines[i], "\n") != ">>> "+name; i++ {
			body.WriteString(lines[i])
		}
		if i == len(lines) {
			t.Fatalf("%s: section %q has no end line", path, name)
		}
		out[name] = body.String()
	}
	return out
}

func writeSections(t *testing.T, path string, sections map[string]string) {
	t.Helper()
	names := make([]string, 0, len(sections))
	for n := range sections {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sb, "<<< %s\n%s>>> %s\n", n, sections[n], n)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o666); err != nil {
		t.Fatal(err)
	}
}

// checkGolden compares got with the golden sections (or rewrites them with
// -update), and fails on golden sections that no test produced.
func checkGolden(t *testing.T, path string, got map[string]string) {
	t.Helper()
	if *update {
		writeSections(t, path, got)
		return
	}
	want := readSections(t, path)
	for name, g := range got {
		w, ok := want[name]
		if !ok {
			t.Errorf("%s: no golden section %q; run go test -update", path, name)
			continue
		}
		if d := cmp.Diff(w, g); d != "" {
			t.Errorf("%s: section %q mismatch (-want +got):\n%s", path, name, d)
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("%s: golden section %q has no test", path, name)
		}
	}
}

func numbered(from, to int) string {
	var sb strings.Builder
	for i := from; i <= to; i++ {
		fmt.Fprintf(&sb, "line %d\n", i)
	}
	return sb.String()
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		reason    string
	}{
		{"equal", "a\nb\n", "a\nb\n", "equal texts give an empty diff"},
		{"empty-both", "", "", "two empty texts are equal"},
		{"added-to-empty", "", "hello\n", "every produced line is an insertion"},
		{"removed-all", "hello\nworld\n", "", "every recorded line is a deletion"},
		{"one-line-changed", "a\nb\nc\n", "a\nB\nc\n", "a changed line is shown as - then +, with its neighbours"},
		{"context-collapse", numbered(1, 20), strings.Replace(numbered(1, 20), "line 10\n", "line ten\n", 1),
			"2 lines of context each side; longer equal runs collapse to a count"},
		{"two-changes-far", strings.Replace(strings.Replace(numbered(1, 30), "line 5\n", "five\n", 1), "line 25\n", "twenty-five\n", 1),
			numbered(1, 30), "the equal run between two changes keeps 2 lines after the first and 2 before the second"},
		{"two-changes-close", "a\nb\nc\nd\ne\nf\ng\n", "a\nB\nc\nd\ne\nF\ng\n",
			"a run that would hide a single line shows it instead"},
		{"missing-final-newline", "done\n", "done", "a missing final newline quotes the changed lines"},
		{"trailing-space", "x = 1\n", "x = 1 \n", "trailing spaces are made visible by quoting"},
		{"control-chars", "progress\n", "prog\rress\x1b[0m\n", "non-printable characters are quoted"},
		{"tab", "a\tb\n", "a    b\n", "tabs are quoted so they differ visibly from spaces"},
		{"insert-middle", "start\nend\n", "start\nmiddle\nend\n", "a pure insertion"},
		{"reordered", "Task A done\nTask B done\nTask C done\n", "Task B done\nTask A done\nTask C done\n", "a swap is a delete and an insert"},
		{"unicode", "café ☕\n", "cafe ☕\n", "printable non-ASCII text is shown as is"},
		{"no-newlines", "abc", "abd", "single lines without newlines"},
	}
	got := map[string]string{}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if seen[tt.name] {
				t.Fatalf("duplicate test name %q", tt.name)
			}
			seen[tt.name] = true
			if tt.reason == "" {
				t.Fatal("test has no reason")
			}
			d := check.Diff(tt.want, tt.got)
			if (d == "") != (tt.want == tt.got) {
				t.Errorf("Diff(%q, %q) = %q: empty must mean equal (%s)", tt.want, tt.got, d, tt.reason)
			}
			if d != "" && !strings.HasPrefix(d, "(-recorded +produced)\n") {
				t.Errorf("diff lacks header: %q", d)
			}
			got[tt.name] = d
		})
	}
	checkGolden(t, filepath.Join("testdata", "diffs"), got)
}

// TestDiffLarge checks that a diff past the edit bound stays correct.
func TestDiffLarge(t *testing.T) {
	var a, b strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&a, "a%d\n", i)
		fmt.Fprintf(&b, "b%d\n", i)
	}
	d := check.Diff(a.String(), b.String())
	if got, want := strings.Count(d, "\n- "), 3000; got != want {
		t.Errorf("got %d removed lines, want %d", got, want)
	}
	if got, want := strings.Count(d, "\n+ "), 3000; got != want {
		t.Errorf("got %d added lines, want %d", got, want)
	}
}

// TestDiffApplies rebuilds both texts from the diff lines of small
// inputs, which checks that the edit script is a valid one.
func TestDiffApplies(t *testing.T) {
	pairs := [][2]string{
		{"a\nb\nc\nd\n", "b\nc\nx\nd\n"},
		{"1\n2\n3\n4\n5\n", "5\n4\n3\n2\n1\n"},
		{"x\n", "y\nx\ny\n"},
		{"a\na\na\nb\n", "a\nb\nb\na\n"},
	}
	for _, p := range pairs {
		d := check.Diff(p[0], p[1])
		var want, got strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(d, "\n"), "\n")[1:] {
			switch {
			case strings.HasPrefix(l, "- "):
				want.WriteString(l[2:] + "\n")
			case strings.HasPrefix(l, "+ "):
				got.WriteString(l[2:] + "\n")
			case strings.HasPrefix(l, "  "):
				want.WriteString(l[2:] + "\n")
				got.WriteString(l[2:] + "\n")
			}
		}
		if want.String() != p[0] || got.String() != p[1] {
			t.Errorf("Diff(%q, %q) =\n%s\ndoes not rebuild the inputs: %q, %q", p[0], p[1], d, want.String(), got.String())
		}
	}
}
