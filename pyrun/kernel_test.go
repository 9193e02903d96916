package pyrun_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
)

// out is a compact view of an output for comparisons.
type out struct {
	Type   string
	Name   string // stream name
	Text   string // stream text, or text/plain
	Ename  string
	Evalue string
	Count  int
}

func compact(t *testing.T, outs []*ipynb.Output) []out {
	t.Helper()
	var r []out
	for _, o := range outs {
		c := out{Type: string(o.Type), Name: o.Name, Text: o.Text, Ename: o.Ename, Evalue: o.Evalue}
		if raw, ok := o.Data["text/plain"]; ok {
			if err := json.Unmarshal(raw, &c.Text); err != nil {
				t.Fatal(err)
			}
		}
		if o.ExecutionCount != nil {
			c.Count = *o.ExecutionCount
		}
		r = append(r, c)
	}
	return r
}

func newKernel(t *testing.T, opts pyrun.Options) *pyrun.Kernel {
	t.Helper()
	k, err := pyrun.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k
}

func panicky(ctx py.Context) error {
	ctx.Store().Builtins.Globals["go_panic"] = py.MustNewMethod("go_panic", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var m map[string]int
		m["boom"] = 1 // nil map write: a Go runtime panic
		return py.None, nil
	}, 0, "")
	return nil
}

func TestKernelCells(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		cells  []string // run in order; outputs of the last are compared
		want   []out
	}{
		{
			name:   "print",
			reason: "print goes to a stdout stream output",
			cells:  []string{"print('hello', 1)"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "hello 1\n"}},
		},
		{
			name:   "coalesce",
			reason: "consecutive writes to one stream coalesce into one output",
			cells:  []string{"import sys\nprint('a')\nsys.stdout.write('b')\nprint('c', end='')"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "a\nbc"}},
		},
		{
			name:   "interleaved",
			reason: "a switch of stream starts a new output",
			cells:  []string{"import sys\nprint('a')\nprint('e', file=sys.stderr)\nprint('b')\nsys.stderr.write('f\\n')"},
			want: []out{
				{Type: "stream", Name: "stdout", Text: "a\n"},
				{Type: "stream", Name: "stderr", Text: "e\n"},
				{Type: "stream", Name: "stdout", Text: "b\n"},
				{Type: "stream", Name: "stderr", Text: "f\n"},
			},
		},
		{
			name:   "writelines",
			reason: "writelines writes each string",
			cells:  []string{"import sys\nsys.stdout.writelines(['x', 'y\\n'])\nprint(sys.stdout.isatty(), sys.stdout.encoding)"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "xy\nFalse utf-8\n"}},
		},
		{
			name:   "display result",
			reason: "__nbc_display records an execute_result with the repr and execution count",
			cells:  []string{"x = 1", "__nbc_display((x, 'a'))"},
			want:   []out{{Type: "execute_result", Text: "(1, 'a')", Count: 2}},
		},
		{
			name:   "display pretty",
			reason: "execute_result text is IPython's pretty text: long lists wrap, sets sort, classes are bare names",
			cells:  []string{"__nbc_display(list(range(30)))", "__nbc_display((set(['b', 'a']), int))"},
			want:   []out{{Type: "execute_result", Text: "({'a', 'b'}, int)", Count: 2}},
		},
		{
			name:   "display wrapped",
			reason: "a list longer than 79 columns is one item per line",
			cells:  []string{"__nbc_display(['x' * 30, 'y' * 30, 'z' * 30])"},
			want:   []out{{Type: "execute_result", Text: "['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']", Count: 1}},
		},
		{
			name:   "display none",
			reason: "None is not displayed",
			cells:  []string{"__nbc_display(None)"},
			want:   nil,
		},
		{
			name:   "underscore",
			reason: "_, __, Out and _N hold earlier results",
			cells:  []string{"__nbc_display(10)", "__nbc_display(20)", "print(_, __, Out[1], _2, In[1])"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "20 10 10 20 __nbc_display(10)\n"}},
		},
		{
			name:   "display builtin",
			reason: "display(x) records display_data, in order with prints",
			cells:  []string{"print('a')\ndisplay([1], 'b')\nprint('c')"},
			want: []out{
				{Type: "stream", Name: "stdout", Text: "a\n"},
				{Type: "display_data", Text: "[1]"},
				{Type: "display_data", Text: "'b'"},
				{Type: "stream", Name: "stdout", Text: "c\n"},
			},
		},
		{
			name:   "ipython display",
			reason: "from IPython.display import display works",
			cells:  []string{"from IPython.display import display\ndisplay(3)"},
			want:   []out{{Type: "display_data", Text: "3"}},
		},
		{
			name:   "zero division",
			reason: "an exception becomes an error output after earlier output",
			cells:  []string{"print('before')\n1/0"},
			want: []out{
				{Type: "stream", Name: "stdout", Text: "before\n"},
				{Type: "error", Ename: "ZeroDivisionError", Evalue: "division by zero"},
			},
		},
		{
			name:   "name error",
			reason: "NameError's message matches CPython",
			cells:  []string{"x"},
			want:   []out{{Type: "error", Ename: "NameError", Evalue: "name 'x' is not defined"}},
		},
		{
			name:   "key error",
			reason: "KeyError's str is the repr of the key",
			cells:  []string{"d = dict(a=1)\nd['b']"},
			want:   []out{{Type: "error", Ename: "KeyError", Evalue: "'b'"}},
		},
		{
			name:   "custom raise",
			reason: "raise with a message",
			cells:  []string{"raise ValueError('bad value: %d' % 3)"},
			want:   []out{{Type: "error", Ename: "ValueError", Evalue: "bad value: 3"}},
		},
		{
			name:   "raise class",
			reason: "raising a class gives an empty message",
			cells:  []string{"raise RuntimeError"},
			want:   []out{{Type: "error", Ename: "RuntimeError"}},
		},
		{
			name:   "state kept",
			reason: "names persist from cell to cell",
			cells:  []string{"def f(x):\n    return x * 2", "print(f(21))"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "42\n"}},
		},
		{
			name:   "go panic",
			reason: "a Go panic is an internal-error exception in the cell",
			cells:  []string{"print('x')\ngo_panic()"},
			want: []out{
				{Type: "stream", Name: "stdout", Text: "x\n"},
				{Type: "error", Ename: "SystemError", Evalue: "internal nbcheck error: Go panic: assignment to entry in nil map"},
			},
		},
		{
			name:   "after panic",
			reason: "the kernel stays usable after a panic",
			cells:  []string{"go_panic()", "print('still here')"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "still here\n"}},
		},
		{
			name:   "gpython panic",
			reason: "a panic inside gpython itself (a tuple in gpython's own set) is recovered",
			cells:  []string{"def f():\n    return {(1, 2)}\nf()"},
			want:   []out{{Type: "error", Ename: "SystemError", Evalue: "internal nbcheck error: Go panic: runtime error: hash of unhashable type py.Tuple"}},
		},
		{
			name:   "recursion",
			reason: "deep recursion raises RecursionError instead of killing the process",
			cells:  []string{"def f(n):\n    return f(n + 1)\nf(0)"},
			want:   []out{{Type: "error", Ename: "RecursionError", Evalue: "maximum recursion depth exceeded"}},
		},
		{
			name:   "recursion caught",
			reason: "RecursionError can be caught, and the depth is right after it",
			cells: []string{
				"import sys\ndef f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0) > 900, sys.getrecursionlimit())",
				"print(f(0) > 900)",
			},
			want: []out{{Type: "stream", Name: "stdout", Text: "True\n"}},
		},
		{
			name:   "syntax error",
			reason: "a compile error is an error output",
			cells:  []string{"x = = 1"},
			want:   []out{{Type: "error", Ename: "SyntaxError", Evalue: "invalid syntax (Cell In[1], line 1)"}},
		},
		{
			name:   "transpile helpers",
			reason: "the transpiler's own helpers (yield from) are installed",
			cells:  []string{"def g():\n    yield 1\n    return 2\ndef h():\n    st = __nbc_yf_start(g())\n    while __nbc_yf_step(st):\n        __nbc_yf_send(st, (yield __nbc_yf_value(st)))\n    print('ret', __nbc_yf_value(st))\nprint(list(h()))"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "ret 2\n[1]\n"}},
		},
		{
			name:   "sys version",
			reason: "sys.version_info compares with tuples and has named fields; maxsize and platform exist",
			cells:  []string{"import sys\nprint(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info)\nprint(sys.maxsize, sys.platform)"},
			want:   []out{{Type: "stream", Name: "stdout", Text: "True (3, 11) 3 sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)\n9223372036854775807 linux\n"}},
		},
		{
			name:   "input",
			reason: "input() has no stdin",
			cells:  []string{"input('name? ')"},
			want:   []out{{Type: "error", Ename: "EOFError", Evalue: "input(): nbcheck runs notebooks without stdin, so input() cannot read a line"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := newKernel(t, pyrun.Options{Install: []func(py.Context) error{panicky}})
			var res pyrun.Result
			for _, c := range tt.cells {
				res = k.Run(pyrun.Cell{Code: c})
			}
			if diff := cmp.Diff(tt.want, compact(t, res.Outputs)); diff != "" {
				t.Errorf("%s: outputs (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestEmptyCell(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	if r := k.Run(pyrun.Cell{Code: "  \n"}); r.Status != pyrun.Empty || r.ExecutionCount != 0 {
		t.Errorf("empty cell: got status %v count %d, want Empty 0", r.Status, r.ExecutionCount)
	}
	if r := k.Run(pyrun.Cell{Code: "1"}); r.ExecutionCount != 1 {
		t.Errorf("first cell after an empty one: got count %d, want 1", r.ExecutionCount)
	}
}

func TestErrorTraceback(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	r := k.Run(pyrun.Cell{Code: "def g():\n    return 1/0\ng()"})
	if r.Status != pyrun.Error {
		t.Fatalf("got status %v, want Error", r.Status)
	}
	tb := strings.Join(r.Outputs[0].Traceback, "\n")
	for _, want := range []string{"ZeroDivisionError", "Traceback (most recent call last)", "Cell In[1], line 3", "line 2", "ZeroDivisionError: division by zero"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
}

// TestErrorTracebackChain checks that a cell's error shows the
// exceptions it chains to first, with IPython's separator lines (the
// oracle's rahulsalgare_asyncio cell 44 records one).
func TestErrorTracebackChain(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	r := k.Run(pyrun.Cell{Code: "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e"})
	if r.Status != pyrun.Error {
		t.Fatalf("got status %v, want Error", r.Status)
	}
	tb := r.Outputs[0].Traceback
	var heads []string
	for _, l := range tb {
		if strings.Contains(l, "Traceback (most recent call last)") || strings.Contains(l, "exception") && strings.HasPrefix(l, "\n") {
			heads = append(heads, strings.Fields(l)[0])
		}
	}
	want := []string{"KeyError", "The", "ValueError"}
	if strings.Join(heads, " ") != strings.Join(want, " ") {
		t.Errorf("chained traceback blocks %v, want %v:\n%s", heads, want, strings.Join(tb, "\n"))
	}
	if last := tb[len(tb)-1]; last != "ValueError: v" {
		t.Errorf("last line %q, want the raised exception's", last)
	}
}

type countingRunner struct{ n int }

func (r *countingRunner) RunCell(ctx py.Context, fn func() error) error {
	r.n++
	return fn()
}

func TestRunner(t *testing.T) {
	r := &countingRunner{}
	k := newKernel(t, pyrun.Options{Runner: r})
	res := k.Run(pyrun.Cell{Code: "print(1)"})
	if r.n != 1 || len(res.Outputs) != 1 {
		t.Errorf("runner called %d times, %d outputs; want 1, 1", r.n, len(res.Outputs))
	}
}

func TestScript(t *testing.T) {
	tests := []struct {
		name, reason, code, stdout, stderr string
		status                             int
	}{
		{"ok", "output goes to the writers", "import sys\nprint('a')\nprint('b', file=sys.stderr)", "a\n", "b\n", 0},
		{"raise", "an uncaught exception prints a traceback and exits 1", "print('x')\n1/0",
			"x\n", "Traceback (most recent call last):\n  File \"s.py\", line 2, in <module>\n    1/0\nZeroDivisionError: division by zero\n", 1},
		{"module class", "a class of another module is named module.QualName, as CPython does", "raise StatisticsError('no data')",
			"", "Traceback (most recent call last):\n  File \"s.py\", line 1, in <module>\n    raise StatisticsError('no data')\nstatistics.StatisticsError: no data\n", 1},
		{"builtins class", "a builtin class is named bare", "raise KeyError('k')",
			"", "Traceback (most recent call last):\n  File \"s.py\", line 1, in <module>\n    raise KeyError('k')\nKeyError: 'k'\n", 1},
		{"tuple index", "an uncaught IndexError names the container as CPython does", "t = (1,)\nt[-5]",
			"", "Traceback (most recent call last):\n  File \"s.py\", line 2, in <module>\n    t[-5]\nIndexError: tuple index out of range\n", 1},
		{"str index", "the container found through an attribute and an index expression", "class C:\n    pass\nc = C()\nc.s = 'ab'\ni = 1\nc.s[i + 5]",
			"", "Traceback (most recent call last):\n  File \"s.py\", line 6, in <module>\n    c.s[i + 5]\nIndexError: string index out of range\n", 1},
		{"list store", "an item assignment out of range is a list's", "def f(l):\n    l[3] = 0\nf([])",
			"", "Traceback (most recent call last):\n  File \"s.py\", line 3, in <module>\n    f([])\n  File \"s.py\", line 2, in f\n    l[3] = 0\nIndexError: list assignment index out of range\n", 1},
		{"exit", "sys.exit(3) exits 3", "import sys\nsys.exit(3)\nprint('no')", "", "", 3},
		{"exit msg", "sys.exit('msg') prints msg and exits 1", "import sys\nsys.exit('bye')", "", "bye\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := newKernel(t, pyrun.Options{Install: []func(py.Context) error{statisticsError}})
			var so, se strings.Builder
			st := k.RunScript(tt.code, "s.py", &so, &se)
			if st != tt.status || so.String() != tt.stdout || se.String() != tt.stderr {
				t.Errorf("%s: got (%d, %q, %q), want (%d, %q, %q)", tt.reason, st, so.String(), se.String(), tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

// statisticsError installs the builtin StatisticsError, a class of module
// statistics.
func statisticsError(ctx py.Context) error {
	e := py.ValueError.NewType("StatisticsError", "", nil, nil)
	e.Dict["__module__"] = py.String("statistics")
	e.Dict["__qualname__"] = py.String("StatisticsError")
	ctx.Store().Builtins.Globals["StatisticsError"] = e
	return nil
}

func BenchmarkKernelStart(b *testing.B) {
	for i := 0; i < b.N; i++ {
		k, err := pyrun.New(pyrun.Options{})
		if err != nil {
			b.Fatal(err)
		}
		k.Close()
	}
}
