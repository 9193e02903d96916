package pyobj_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readGapsFile reads a known-gaps file: lines "- `cat/name.py`: why".
func readGapsFile(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gaps := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "- `") {
			continue
		}
		rest := line[3:]
		i := strings.Index(rest, "`")
		if i < 0 {
			continue
		}
		gaps[rest[:i]] = strings.TrimSpace(strings.TrimPrefix(rest[i+1:], ":"))
	}
	return gaps
}

// TestConformance runs every case twice on fresh contexts and compares
// its output with CPython 3.11's (testdata/gen.py).
func TestConformance(t *testing.T) {
	files, err := filepath.Glob("testdata/conformance/*/*.py")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	gaps := readGapsFile(t, "testdata/conformance/known-gaps.md")
	pass, listedPassing := 0, []string{}
	for _, file := range files {
		name := strings.TrimPrefix(filepath.ToSlash(file), "testdata/conformance/")
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(file + ".out")
		if err != nil {
			t.Errorf("%s: no golden output (run python3 testdata/gen.py): %v", name, err)
			continue
		}
		got1 := runPy(t, string(src))
		got2 := runPy(t, string(src))
		ok := got1 == string(want) && got2 == string(want)
		if ok {
			pass++
			if _, listed := gaps[name]; listed {
				listedPassing = append(listedPassing, name)
			}
			continue
		}
		if _, listed := gaps[name]; listed {
			continue
		}
		if got1 != got2 {
			t.Errorf("%s: output differs between runs (-run1 +run2):\n%s", name, cmp.Diff(got1, got2))
		}
		t.Errorf("%s: output differs from CPython (-want +got):\n%s", name, cmp.Diff(string(want), got1))
	}
	for name := range gaps {
		if _, err := os.Stat(filepath.Join("testdata/conformance", name)); err != nil {
			t.Errorf("known-gaps.md lists %s, which does not exist", name)
		}
	}
	t.Logf("conformance: %d/%d cases match CPython 3.11", pass, len(files))
	if len(listedPassing) > 0 {
		t.Logf("listed in known-gaps.md but passing now: %s", strings.Join(listedPassing, ", "))
	}
}
