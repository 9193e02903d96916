package pyrun_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/transpile"
)

// mapScript is a script whose transpiled lines differ from its own: the
// decorated function with defaults takes a line more (C-DECODEF), the
// **kw prologue another, and the comprehension gains a check.
const mapScript = `def deco(f):
    def w(*a, **k):
        return f(*a, **k)
    return w

@deco
def g(x, y=2, **kw):
    z = {x: y}
    return z[x] / (y - 2)

def h(n):
    return [g(i) for i in range(n)]

print(f"{1+1}")
h(3)
`

// mapScriptTraceback is what CPython 3.11 prints for mapScript, without
// the ^^^^ lines it prints under the failing expressions.
const mapScriptTraceback = `Traceback (most recent call last):
  File "m.py", line 15, in <module>
    h(3)
  File "m.py", line 12, in h
    return [g(i) for i in range(n)]
  File "m.py", line 12, in <listcomp>
    return [g(i) for i in range(n)]
  File "m.py", line 3, in w
    return f(*a, **k)
  File "m.py", line 9, in g
    return z[x] / (y - 2)
ZeroDivisionError: division by zero
`

func TestScriptSourceMap(t *testing.T) {
	res, err := transpile.Script(mapScript, transpile.Options{Filename: "m.py"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Code == mapScript {
		t.Fatal("the script transpiled to itself: the test needs lines that move")
	}
	k := newKernel(t, pyrun.Options{})
	var so, se strings.Builder
	st := k.RunScriptSource(pyrun.Cell{Code: res.Code, Source: mapScript, Filename: "m.py", Map: res.Map}, &so, &se)
	if st != 1 || so.String() != "2\n" || se.String() != mapScriptTraceback {
		t.Errorf("got (%d, %q, stderr:\n%s), want (1, \"2\\n\", stderr:\n%s)\ntranspiled:\n%s", st, so.String(), se.String(), mapScriptTraceback, res.Code)
	}
}

func TestCellSourceMap(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	cells := []string{
		"@print\ndef p(a=1): pass\ndef f(x, **kw):\n    d = {x: 1}\n    return d[x] / 0",
		"y = {1: 2}\n\nf(y[1])",
	}
	var r pyrun.Result
	for i, src := range cells {
		res, err := transpile.Cell(src, transpile.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r = k.Run(pyrun.Cell{Code: res.Code, Source: src, Map: res.Map, Filename: "Cell In[" + string(rune('1'+i)) + "]"})
	}
	if r.Status != pyrun.Error {
		t.Fatalf("got status %v, want Error", r.Status)
	}
	tb := strings.Join(r.Outputs[len(r.Outputs)-1].Traceback, "\n")
	for _, want := range []string{"Cell In[2], line 3\n----> 3 f(y[1])", "Cell In[1], line 5, in f\n----> 5 return d[x] / 0"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
}
