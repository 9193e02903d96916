package pysyntax_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nbcheck/nbcheck/pysyntax"
)

// stdlibDirs are where CPython's standard library may be found.
var stdlibDirs = []string{
	"/root/.pyenv/versions/3.12.1/lib/python3.12",
	"/usr/lib/python3.12",
	"/root/.pyenv/versions/3.11.7/lib/python3.11",
	"/usr/lib/python3.11",
}

// stdlibKnownBad lists stdlib files that CPython 3.11/3.12 accepts and we
// do not, with the reason.
var stdlibKnownBad = map[string]string{}

// TestStdlib parses every .py file of the first standard library found
// (test data folders with deliberately bad files are skipped).
func TestStdlib(t *testing.T) {
	dir := ""
	for _, d := range stdlibDirs {
		if _, err := os.Stat(filepath.Join(d, "os.py")); err == nil {
			dir = d
			break
		}
	}
	if dir == "" {
		t.Skip("no CPython standard library found")
	}
	var files []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if e.IsDir() && (e.Name() == "site-packages" || e.Name() == "lib2to3" || e.Name() == "__pycache__" || e.Name() == "bad_coding" || strings.HasPrefix(e.Name(), "bad")) {
			return filepath.SkipDir
		}
		if !e.IsDir() && strings.HasSuffix(p, ".py") && !strings.Contains(e.Name(), "bad") && !strings.Contains(p, "/test/") && !strings.Contains(p, "/tests/") {
			files = append(files, p)
		}
		return nil
	})
	if testing.Short() && len(files) > 300 {
		files = files[:300]
	}
	start := time.Now()
	ok, size := 0, 0
	var failed []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		size += len(src)
		rel, _ := filepath.Rel(dir, f)
		if _, err := pysyntax.Parse(rel, src, pysyntax.Options{}); err != nil {
			if _, known := stdlibKnownBad[rel]; !known {
				failed = append(failed, err.Error())
			}
			continue
		}
		ok++
	}
	sort.Strings(failed)
	for i, f := range failed {
		if i == 30 {
			t.Errorf("... and %d more", len(failed)-30)
			break
		}
		t.Errorf("stdlib file does not parse: %s", f)
	}
	t.Logf("stdlib %s: %d/%d files parse (%d KB in %v)", dir, ok, len(files), size/1024, time.Since(start))
}

// corpusRejected lists corpus cells that CPython 3.11 rejects too (with
// PyCF_ALLOW_TOP_LEVEL_AWAIT), with the reason.
var corpusRejected = map[string]string{
	"jh0ward_coroutines.ipynb:40": "IPython help syntax (obj??)",
	"jh0ward_coroutines.ipynb:41": "IPython help syntax (obj??)",
	"pbprasad_asyncio.ipynb:18":   "IPython syntax, invalid Python",
	"vikarp_asyncio.ipynb:8":      "Python 2 print statement",
	"yangsoon_coroutine.ipynb:39": "invalid Python",
}

// TestCorpusCells parses every code cell of the shared notebook corpus
// with TopLevelAwait, skipping cells with IPython magics or shell lines.
func TestCorpusCells(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*.ipynb")
	if len(files) == 0 {
		t.Skip("../../shared/corpus absent")
	}
	cells, ok, skipped := 0, 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var nb struct {
			Cells []struct {
				CellType string          `json:"cell_type"`
				Source   json.RawMessage `json:"source"`
			} `json:"cells"`
		}
		if err := json.Unmarshal(data, &nb); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i, c := range nb.Cells {
			if c.CellType != "code" {
				continue
			}
			src := cellSource(c.Source)
			if hasMagic(src) {
				skipped++
				continue
			}
			cells++
			_, err := pysyntax.Parse(filepath.Base(f), []byte(src), pysyntax.Options{TopLevelAwait: true})
			key := filepath.Base(f) + ":" + strconv.Itoa(i)
			if _, bad := corpusRejected[key]; bad {
				if err == nil {
					t.Errorf("%s: CPython rejects this cell, we accept it", key)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s cell %d: %v", filepath.Base(f), i, err)
				continue
			}
			ok++
		}
	}
	t.Logf("corpus: %d/%d code cells parse (%d with magics skipped)", ok, cells, skipped)
}

func cellSource(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var lines []string
	json.Unmarshal(raw, &lines)
	return strings.Join(lines, "")
}

func hasMagic(src string) bool {
	for _, line := range strings.Split(src, "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "%") || strings.HasPrefix(l, "!") {
			return true
		}
	}
	return false
}

// FuzzParse checks that Parse never panics and that a tree it returns
// dumps without panicking; seeded with the conformance cases.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/conformance/*.txt")
	for _, file := range files {
		for _, c := range readCases(f, file) {
			f.Add([]byte(c.src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := pysyntax.Parse("fuzz.py", src, pysyntax.Options{TopLevelAwait: true})
		if err != nil {
			if _, ok := err.(*pysyntax.SyntaxError); !ok {
				t.Fatalf("error %T is not a *SyntaxError", err)
			}
			return
		}
		pysyntax.Dump(m, true)
	})
}

// BenchmarkParse measures parse throughput over all conformance cases
// concatenated, repeated to about 1 MB.
func BenchmarkParse(b *testing.B) {
	var buf bytes.Buffer
	files, _ := filepath.Glob("testdata/conformance/*.txt")
	var one bytes.Buffer
	for _, file := range files {
		if strings.HasPrefix(filepath.Base(file), "errors") {
			continue
		}
	cases:
		for _, c := range readCases(b, file) {
			m, err := pysyntax.Parse("b.py", []byte(c.src), pysyntax.Options{TopLevelAwait: true})
			if err != nil {
				continue
			}
			// A module-level global statement is an error after other
			// cases' uses of its names.
			for _, s := range m.Body {
				if _, ok := s.(*pysyntax.Global); ok {
					continue cases
				}
			}
			one.WriteString(c.src)
		}
	}
	for buf.Len() < 1<<20 {
		buf.Write(one.Bytes())
	}
	src := buf.Bytes()
	if _, err := pysyntax.Parse("b.py", src, pysyntax.Options{TopLevelAwait: true}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pysyntax.Parse("b.py", src, pysyntax.Options{TopLevelAwait: true})
	}
}

func TestDeepNesting(t *testing.T) {
	tests := []struct {
		name, src, want, reason string
	}{
		{"parens", strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300), "too many nested parentheses", "CPython's tokenizer allows 200 levels"},
		{"unary", strings.Repeat("-", 100000) + "1", "too many nested expressions", "a long unary chain must not overflow the stack"},
		{"not", strings.Repeat("not ", 100000) + "x", "too many nested expressions", "a long not chain must not overflow the stack"},
		{"lambda", strings.Repeat("lambda: ", 100000) + "x", "too many nested expressions", "nested lambdas must not overflow the stack"},
		{"power", strings.Repeat("2**", 100000) + "1", "too many nested expressions", "right-associative ** recurses"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pysyntax.Parse("deep.py", []byte(tt.src), pysyntax.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q (%s)", err, tt.want, tt.reason)
			}
		})
	}
}
