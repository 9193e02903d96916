package check_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/check"
)

// FuzzDiff checks that Diff never panics, is "" exactly for equal texts,
// and that its lines rebuild both texts when no line is quoted.
func FuzzDiff(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nB\nc\n")
	f.Add("", "x")
	f.Add("x\r\n\x00", "x\n")
	f.Add(numbered(1, 40), numbered(3, 45))
	f.Fuzz(func(t *testing.T, a, b string) {
		if check.Diff(a, a) != "" {
			t.Fatalf("Diff(a, a) != \"\" for %q", a)
		}
		d := check.Diff(a, b)
		if (d == "") != (a == b) {
			t.Fatalf("Diff(%q, %q) = %q", a, b, d)
		}
		terminated := func(s string) bool { return s == "" || strings.HasSuffix(s, "\n") }
		if d == "" || strings.Contains(d, "... //") || strings.Contains(d, "\"") || !terminated(a) || !terminated(b) {
			return
		}
		var want, got strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(d, "\n"), "\n")[1:] {
			switch l[:2] {
			case "- ":
				want.WriteString(l[2:] + "\n")
			case "+ ":
				got.WriteString(l[2:] + "\n")
			default:
				want.WriteString(l[2:] + "\n")
				got.WriteString(l[2:] + "\n")
			}
		}
		if want.String() != a || got.String() != b {
			t.Fatalf("Diff(%q, %q) =\n%s\ndoes not rebuild its inputs", a, b, d)
		}
	})
}

// FuzzParseSanitizers checks that the sanitize-file parser never panics,
// and that every rule it accepts applies without panicking.
func FuzzParseSanitizers(f *testing.F) {
	f.Add(nbvalFile)
	f.Add("[a]\nregex: (x)(?P<n>y)\nreplace: \\g<n>\\1\\101\n")
	f.Add("regex: \\Z[\\Z]\nreplace: \\\n")
	f.Fuzz(func(t *testing.T, file string) {
		rules, err := check.ParseSanitizers("f.cfg", []byte(file))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.cfg:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, r := range rules {
			r.Apply(file)
		}
	})
}

// FuzzParseConfig checks that the config parser never panics and that its
// errors name the file.
func FuzzParseConfig(f *testing.F) {
	f.Add("nbcheck.toml", "rel_tol = 0.1\nnormalize = [\"ansi\"]\n")
	f.Add("pyproject.toml", "[tool.nbcheck]\nlax = true\ncell_timeout = 3.5\n")
	f.Add("pyproject.toml", "[tool]\nnbcheck = 1\n")
	f.Fuzz(func(t *testing.T, name, text string) {
		if name != "pyproject.toml" {
			name = "nbcheck.toml"
		}
		if strings.Contains(text, "sanitize_with") {
			return // would read files
		}
		_, _, err := check.ParseConfig(name, []byte(text))
		if err != nil && !strings.HasPrefix(err.Error(), name+":") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

// FuzzCompare checks that any stdout text matches itself and that the
// comparison never panics on two different texts.
func FuzzCompare(f *testing.F) {
	f.Add("Time elapsed = 1.508\n", "Time elapsed = 1.5\n")
	f.Add("a\rb\x1b[1m\n", "b\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		r := check.Compare(outs(stdout(a)), outs(stdout(a)), check.Options{})
		if r.Verdict != check.Match {
			t.Fatalf("%q against itself: %q", a, r.Verdict)
		}
		r = check.Compare(outs(stdout(a)), outs(stdout(b)), check.Options{})
		if r.Verdict.Fails() && r.Diff == "" {
			t.Fatalf("%q against %q: %q without a diff", a, b, r.Verdict)
		}
	})
}
