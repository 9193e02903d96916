package pysyntax_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/pysyntax"
)

type confCase struct {
	name string
	src  string
}

// readCases reads a conformance case file as testdata/gen_ast.py does.
func readCases(t testing.TB, path string) []confCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	var out []confCase
	if strings.HasPrefix(filepath.Base(path), "lines") {
		for i, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#!") {
				out = append(out, confCase{"line" + strconv.Itoa(i+1), line + "\n"})
			}
		}
		return out
	}
	var cur string
	var buf []string
	have := false
	flush := func() {
		if have {
			out = append(out, confCase{cur, strings.TrimRight(strings.Join(buf, "\n"), "\n") + "\n"})
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "<<< ") {
			flush()
			cur, buf, have = strings.TrimSpace(line[4:]), nil, true
			continue
		}
		buf = append(buf, line)
	}
	flush()
	return out
}

// readGolden reads "<<< name" sections of one line each.
func readGolden(t testing.TB, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	lines := strings.Split(string(data), "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i], "<<< ") {
			out[strings.TrimSpace(lines[i][4:])] = lines[i+1]
			i++
		}
	}
	return out
}

func TestConformanceAST(t *testing.T) {
	files, _ := filepath.Glob("testdata/conformance/*.txt")
	total, pass := 0, 0
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "errors") {
			continue
		}
		golden := readGolden(t, strings.TrimSuffix(f, ".txt")+".ast.golden")
		for _, c := range readCases(t, f) {
			want, ok := golden[c.name]
			if !ok {
				t.Errorf("%s: case %s has no golden; run gen_ast.py with python3.12", f, c.name)
				continue
			}
			total++
			t.Run(filepath.Base(f)+"/"+c.name, func(t *testing.T) {
				m, err := pysyntax.ParseAST([]byte(c.src))
				if err != nil {
					t.Fatalf("source:\n%s\nerror: %v", c.src, err)
				}
				got := pysyntax.DumpNoFStringParts(m)
				if got != want {
					t.Errorf("source:\n%s\nmismatch (-want +got):\n%s", c.src, cmp.Diff(splitNodes(want), splitNodes(got)))
					return
				}
				pass++
			})
		}
	}
	t.Logf("conformance: %d/%d trees identical to CPython 3.12's", pass, total)
}

// splitNodes breaks a dump into lines at each node so diffs are readable.
func splitNodes(s string) []string {
	return strings.Split(strings.ReplaceAll(s, ", ", ",\n"), "\n")
}
