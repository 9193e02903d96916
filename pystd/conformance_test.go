package pystd_test

// The conformance cases: testdata/conformance/<module>/<case>.py, each run
// as `nbcheck exec` runs a script, stdout and stderr together, compared
// byte for byte with <case>.out, which is what CPython 3.11 printed
// (`python3 case.py > case.out 2>&1`, run by gen.sh). A case that does not
// match yet is listed in testdata/conformance/known-gaps.md with its
// reason; -update rewrites that list.

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/runner"
	"github.com/nbcheck/nbcheck/transpile"
)

var update = flag.Bool("update", false, "rewrite known-gaps.md from the failing cases")

const gapsFile = "testdata/conformance/known-gaps.md"

// runScript runs a Python file as `nbcheck exec` does and returns its
// output, stdout and stderr together, with the exit status appended when
// it is not 0.
func runScript(t *testing.T, path string) string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	res, err := transpile.Script(string(src), transpile.Options{Filename: name})
	if err != nil {
		return "TRANSPILE ERROR: " + err.Error() + "\n"
	}
	k, err := runner.NewKernel(runner.Options{Script: true}, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	var out bytes.Buffer
	status := k.RunScript(res.Code, name, &out, &out)
	if status != 0 {
		fmt.Fprintf(&out, "[exit status %d]\n", status)
	}
	return out.String()
}

func readGaps() map[string]string {
	gaps := map[string]string{}
	f, err := os.Open(gapsFile)
	if err != nil {
		return gaps
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "- `") {
			continue
		}
		rest := line[3:]
		if i := strings.Index(rest, "`"); i > 0 {
			gaps[rest[:i]] = strings.TrimPrefix(rest[i+1:], ": ")
		}
	}
	return gaps
}

func TestConformance(t *testing.T) {
	cases, _ := filepath.Glob("testdata/conformance/*/*.py")
	if len(cases) == 0 {
		t.Fatal("no conformance cases")
	}
	gaps := readGaps()
	failing := map[string]string{}
	pass := 0
	for _, path := range cases {
		rel := strings.TrimPrefix(filepath.ToSlash(path), "testdata/conformance/")
		want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".out")
		if err != nil {
			t.Errorf("%s: no expected output: %v", rel, err)
			continue
		}
		got := runScript(t, path)
		// CPython names the script by its path in tracebacks; cases
		// compare only what a tutorial prints.
		if got == string(want) {
			pass++
			if _, ok := gaps[rel]; ok && !*update {
				t.Errorf("%s: passes but is listed in %s", rel, gapsFile)
			}
			continue
		}
		reason, known := gaps[rel]
		if !known || *update {
			reason = "output differs"
			if r, ok := gaps[rel]; ok {
				reason = r
			}
		}
		failing[rel] = reason
		if !known && !*update {
			t.Errorf("%s: output differs from CPython (-want +got):\n%s", rel, cmp.Diff(string(want), got))
		}
	}
	t.Logf("%d of %d cases match CPython 3.11 (%.1f%%)", pass, len(cases), 100*float64(pass)/float64(len(cases)))
	if *update {
		writeGaps(t, failing)
	}
}

func writeGaps(t *testing.T, failing map[string]string) {
	var keys []string
	for k := range failing {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# Known gaps: conformance cases that do not match CPython 3.11 yet\n\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "- `%s`: %s\n", k, failing[k])
	}
	if err := os.WriteFile(gapsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
