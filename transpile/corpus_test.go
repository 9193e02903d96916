package transpile_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
	"github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/transpile"
)

// corpusCell is one code cell of the corpus or the fixtures.
type corpusCell struct {
	where string // file and cell index
	src   string
}

// corpusCells reads every code cell of ../shared/corpus (with its oracle
// folders) and of ../fixtures; the corpus part is skipped when absent.
func corpusCells(t testing.TB) []corpusCell {
	var files []string
	for _, pat := range []string{"../../shared/corpus/*.ipynb", "../../shared/corpus/*/*.ipynb", "../fixtures/*.ipynb", "../fixtures/*.md"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	sort.Strings(files)
	var cells []corpusCell
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var nb *ipynb.Notebook
		if strings.HasSuffix(f, ".md") {
			d, err := mddoc.Parse(f, data, mddoc.Options{})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			nb = d.Notebook()
		} else if nb, err = ipynb.Read(f, data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i, c := range nb.Cells {
			if c.Type == ipynb.Code {
				cells = append(cells, corpusCell{where: f + ":cells[" + itoa(i) + "]", src: c.Source})
			}
		}
	}
	return cells
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestCorpus transpiles every corpus and fixture cell: each must either
// compile under gpython or be reported unsupported with a reason that
// names the construct.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat("../../shared/corpus"); err != nil {
		t.Log("../../shared/corpus is absent: checking the fixtures only")
	}
	cells := corpusCells(t)
	var ok, unsupported, syntax int
	reasons := map[string]int{}
	for _, c := range cells {
		res, err := transpile.Cell(c.src, transpile.Options{Filename: c.where})
		var se *pysyntax.SyntaxError
		var ul transpile.ErrorList
		switch {
		case err == nil:
			if cerr := gpythonCompiles(res.Code); cerr != nil {
				t.Errorf("%s: gpython cannot compile the transpiled cell: %v\n--- cell:\n%s\n--- transpiled:\n%s", c.where, cerr, c.src, res.Code)
				continue
			}
			ok++
		case errors.As(err, &ul):
			unsupported++
			for _, u := range ul {
				if u.Msg == "" {
					t.Errorf("%s: unsupported error without a reason", c.where)
				}
				reasons[u.Msg]++
			}
		case errors.As(err, &se):
			syntax++
			t.Logf("%s: syntax error: %v", c.where, err)
		default:
			t.Errorf("%s: unexpected error %v", c.where, err)
		}
	}
	t.Logf("%d cells: %d transpiled and compiled by gpython, %d unsupported, %d syntax errors", len(cells), ok, unsupported, syntax)
	for r, n := range reasons {
		t.Logf("unsupported %3d: %s", n, r)
	}
}
