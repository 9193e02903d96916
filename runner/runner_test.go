package runner_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/runner"
)

// notebook builds a notebook of code cells.
func notebook(sources ...string) *ipynb.Notebook {
	nb := &ipynb.Notebook{Nbformat: 4, NbformatMinor: 5}
	for _, s := range sources {
		nb.Cells = append(nb.Cells, &ipynb.Cell{Type: ipynb.Code, Source: s})
	}
	return nb
}

// text returns the produced outputs in one readable string.
func text(outs []*ipynb.Output) string {
	var b strings.Builder
	for _, o := range outs {
		switch o.Type {
		case ipynb.Stream:
			b.WriteString(o.Name + ": " + o.Text)
		case ipynb.ExecuteResult:
			v, _ := o.Data.Text("text/plain")
			b.WriteString("result: " + v + "\n")
		case ipynb.Error:
			b.WriteString("error: " + o.Ename + ": " + o.Evalue + "\n")
		}
	}
	return b.String()
}

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		opts    runner.Options
		want    []string       // text of each cell's produced outputs
		status  []check.Status // of each cell
		reason  string
	}{
		{
			name:    "jupyter-semantics",
			sources: []string{"import asyncio\nasync def f():\n    await asyncio.sleep(1)\n    return 42", "await f()", "asyncio.run(f())"},
			want:    []string{"", "result: 42\n", "error: RuntimeError: asyncio.run() cannot be called from a running event loop\n"},
			status:  []check.Status{check.StatusRan, check.StatusRan, check.StatusRaised},
			reason:  "top-level await works and asyncio.run raises inside Jupyter's running loop",
		},
		{
			name:    "script-semantics",
			sources: []string{"import asyncio\nasync def f():\n    print('in f')\n    return 1\nprint(asyncio.run(f()))", "1 + 1"},
			opts:    runner.Options{Script: true},
			want:    []string{"stdout: in f\n1\n", "result: 2\n"},
			status:  []check.Status{check.StatusRan, check.StatusRan},
			reason:  "asyncio.run works under script semantics; a cell's last value is still shown, as tutorials record it",
		},
		{
			name:    "unsupported-then-not-run",
			sources: []string{"import numpy as np", "print(np.zeros(3))", "print('fine')"},
			want:    []string{"error: ModuleNotFoundError: No module named 'numpy'\n", "error: NameError: name 'np' is not defined\n", "stdout: fine\n"},
			status:  []check.Status{check.StatusUnsupported, check.StatusNotRun, check.StatusRan},
			reason:  "a missing module makes the cell unsupported; a later NameError is not the notebook's fault",
		},
		{
			name:    "syntax-error",
			sources: []string{"print(1"},
			want:    []string{"error: SyntaxError: '(' was never closed (nb.ipynb:cells[0], line 1)\n"},
			status:  []check.Status{check.StatusRaised},
			reason:  "a cell that does not parse raises SyntaxError as in CPython",
		},
		{
			name:    "merged-streams",
			sources: []string{"import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')"},
			opts:    runner.Options{Script: true, MergeStreams: true},
			want:    []string{"stdout: a\nb\nc\n"},
			status:  []check.Status{check.StatusRan},
			reason:  "Markdown documents record stdout and stderr in one block, in write order",
		},
		{
			name:    "merged-results",
			sources: []string{"print('a', end='')\nx = 3\nx + 1", "from IPython.display import display\nprint('b')\ndisplay(5)\nprint('c')"},
			opts:    runner.Options{Script: true, MergeStreams: true},
			want:    []string{"stdout: a\n4\n", "stdout: b\n5\nc\n"},
			status:  []check.Status{check.StatusRan, check.StatusRan},
			reason:  "a Markdown document's block records a displayed value as a line of its text, as mddoc writes it",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, err := runner.Run("nb.ipynb", notebook(tt.sources...), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(cells) != len(tt.sources) {
				t.Fatalf("got %d cells, want %d", len(cells), len(tt.sources))
			}
			for i, c := range cells {
				if got := text(c.Produced); got != tt.want[i] {
					t.Errorf("cells[%d] produced %q, want %q (%s)", i, got, tt.want[i], tt.reason)
				}
				if c.Status != tt.status[i] {
					t.Errorf("cells[%d] status %v (%s), want %v (%s)", i, c.Status, c.Reason, tt.status[i], tt.reason)
				}
			}
		})
	}
}

func TestRunSkipsMarkedCells(t *testing.T) {
	nb := notebook("# NBVAL_SKIP\nwhile True: pass", "print('after')")
	cells, err := runner.Run("nb.ipynb", nb, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if cells[0].Status != check.StatusSkipped || text(cells[1].Produced) != "stdout: after\n" {
		t.Errorf("got %v / %q; want the first cell skipped and the second run", cells[0].Status, text(cells[1].Produced))
	}
}
