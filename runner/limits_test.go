package runner_test

// Tests of the limits a hostile or broken notebook meets: each ends as
// that cell's error, and the following cells still run.

import (
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/runner"
)

func TestLimits(t *testing.T) {
	const after = "print('after')"
	tests := []struct {
		name   string
		code   string
		opts   runner.Options
		want   string // in the first cell's output
		status check.Status
	}{
		{"while-true", "while True: pass", runner.Options{}, "CellTimeoutError: the cell ran more than 300ms of wall time", check.StatusRaised},
		{"while-cond", "i = 0\nwhile i >= 0:\n    i += 1", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"for-range", "for i in range(10**15):\n    pass\nprint('not reached')", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"genexp", "sum(x for x in range(10**15))", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"listcomp", "[0 for x in range(10**15) if False]", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"recursion-loop", "def f(n):\n    if n > 0:\n        f(n - 1)\nwhile True:\n    f(50)", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"swallowed", "try:\n    while True: pass\nexcept Exception:\n    print('caught')", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"bare-except-loop", "while True:\n    try:\n        while True: pass\n    except:\n        pass", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"finally-loop", "try:\n    while True: pass\nfinally:\n    while True: pass", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"async-task", "import asyncio\nasync def spin():\n    while True: pass\nawait asyncio.create_task(spin())", runner.Options{}, "CellTimeoutError", check.StatusRaised},
		{"recursion", "def f(n): return f(n + 1)\nf(0)", runner.Options{CellTimeout: time.Minute}, "RecursionError: maximum recursion depth exceeded", check.StatusRaised},
		{"output", "for i in range(10000):\n    print('x' * 99)", runner.Options{MaxOutput: 1000, CellTimeout: time.Minute}, "[nbcheck: output cut: the cell wrote more than 1000 bytes (--max-output)]", check.StatusRan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			if opts.CellTimeout == 0 {
				// Short for the runaway loops; the cases that must finish
				// get a minute, so a loaded machine cannot fail them.
				opts.CellTimeout = 300 * time.Millisecond
			}
			start := time.Now()
			cells, err := runner.Run("nb.ipynb", notebook(tt.code, after), opts)
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if len(cells) != 2 {
				t.Fatalf("got %d cells", len(cells))
			}
			got := text(cells[0].Produced)
			if !strings.Contains(got, tt.want) || cells[0].Status != tt.status {
				t.Errorf("cell 0: status %v, output\n%s\nwant status %v and %q", cells[0].Status, got, tt.status, tt.want)
			}
			if got := text(cells[1].Produced); got != "stdout: after\n" {
				t.Errorf("the next cell produced %q", got)
			}
		})
	}
}

func TestNotebookTimeout(t *testing.T) {
	nb := notebook("print(1)", "while True: pass", "print(3)")
	cells, err := runner.Run("nb.ipynb", nb, runner.Options{CellTimeout: time.Minute, NotebookTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if got := text(cells[1].Produced); !strings.Contains(got, "CellTimeoutError: the notebook ran past its wall-time limit") {
		t.Errorf("cell 1: %s", got)
	}
	if cells[2].Status != check.StatusNotRun || !strings.Contains(cells[2].Reason, "--notebook-timeout") {
		t.Errorf("cell 2: %v %q", cells[2].Status, cells[2].Reason)
	}
}

// TestInterrupt: the worker's memory watchdog interrupts the running cell
// from another goroutine; the cell raises that exception at its next
// check, and the next cell runs once the interruption is withdrawn.
func TestInterrupt(t *testing.T) {
	nb := notebook("x = 0\nwhile True:\n    x += 1", "print('after')")
	opts := runner.Options{CellTimeout: time.Minute}
	opts.OnKernel = func(k *pyrun.Kernel) {
		time.AfterFunc(200*time.Millisecond, func() { k.Interrupt(py.MemoryError, "too much") })
	}
	var kernel *pyrun.Kernel
	hook := opts.OnKernel
	opts.OnKernel = func(k *pyrun.Kernel) { kernel = k; hook(k) }
	opts.OnCell = func(i int, done *runner.Cell) {
		if i == 1 && done == nil {
			kernel.ClearInterrupt() // what the watchdog does once memory is back under the limit
		}
	}
	cells, err := runner.Run("nb.ipynb", nb, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(cells[0].Produced); got != "error: MemoryError: too much\n" {
		t.Errorf("cell 0: %q", got)
	}
	if got := text(cells[1].Produced); got != "stdout: after\n" {
		t.Errorf("cell 1: %q", got)
	}
}
