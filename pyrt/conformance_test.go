package pyrt_test

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/pyrt"
)

var update = flag.Bool("update", false, "rewrite known-gaps.md from the failing cases")

// bufWriter is a file-like object for sys.stdout in tests.
type bufWriter struct{ b strings.Builder }

var bufWriterType = py.NewType("TestWriter", "")

func init() {
	bufWriterType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", pyrt.TypeName(arg))
		}
		self.(*bufWriter).b.WriteString(string(s))
		return py.Int(len([]rune(string(s)))), nil
	}, 0, "")
	bufWriterType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "")
}

func (w *bufWriter) Type() *py.Type { return bufWriterType }

// runPy runs src in a fresh context with pyrt installed and returns what
// it printed, with an uncaught exception appended as CPython prints its
// last line.
func runPy(t *testing.T, name, src string) string {
	t.Helper()
	return runPyWith(t, name, src, nil)
}

// runPyWith is runPy with setup, when not nil, run on the context after
// pyrt's installation.
func runPyWith(t *testing.T, name, src string, setup func(py.Context) error) string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := pyrt.Install(ctx, pyrt.Options{}); err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		if err := setup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	out := &bufWriter{}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = out
	// show(x) prints pyrt.Pretty(x); gen.py defines it with IPython's.
	ctx.Store().Builtins.Globals["show"] = py.MustNewMethod("show", func(_ py.Object, arg py.Object) (py.Object, error) {
		s, err := pyrt.Pretty(arg)
		if err != nil {
			return nil, err
		}
		out.b.WriteString(s + "\n")
		return py.None, nil
	}, 0, "")
	code, err := py.Compile(src, name, py.ExecMode, 0, true)
	if err != nil {
		return "COMPILE ERROR: " + err.Error()
	}
	_, err = py.RunCode(ctx, code, name, nil)
	if err != nil {
		out.b.WriteString("EXCEPTION: " + excLine(err) + "\n")
	}
	return out.b.String()
}

func excLine(err error) string {
	var v py.Object
	switch e := err.(type) {
	case py.ExceptionInfo:
		v = e.Value
	case *py.Exception:
		v = e
	default:
		return err.Error()
	}
	s, serr := pyrt.Str(v)
	if serr != nil {
		s = "?"
	}
	name := pyrt.TypeName(v)
	if s == "" {
		return name
	}
	return name + ": " + s
}

// readGaps reads known-gaps.md: lines "- `category/name.py`: reason".
func readGaps(t *testing.T) map[string]string {
	gaps := map[string]string{}
	f, err := os.Open("testdata/conformance/known-gaps.md")
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
		i := strings.Index(rest, "`")
		if i < 0 {
			continue
		}
		gaps[rest[:i]] = strings.TrimPrefix(rest[i+1:], ": ")
	}
	return gaps
}

func TestConformance(t *testing.T) {
	files, err := filepath.Glob("testdata/conformance/*/*.py")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	gaps := readGaps(t)
	pass, listedPass := 0, []string{}
	var failing []string
	for _, f := range files {
		rel := strings.TrimPrefix(f, "testdata/conformance/")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(f + ".out")
		if err != nil {
			t.Errorf("%s: no .out file (run testdata/gen.sh)", rel)
			continue
		}
		got1 := runPy(t, rel, string(src))
		got2 := runPy(t, rel, string(src))
		ok := got1 == string(want) && got2 == string(want)
		_, listed := gaps[rel]
		switch {
		case ok && listed:
			listedPass = append(listedPass, rel)
			pass++
		case ok:
			pass++
		case !listed:
			failing = append(failing, rel)
			if *update {
				continue
			}
			if got1 != got2 {
				t.Errorf("%s: output differs between two runs (map order leak?):\n%s", rel, cmp.Diff(got1, got2))
			} else {
				t.Errorf("%s: output mismatch (-want +got):\n%s", rel, cmp.Diff(string(want), got1))
			}
		}
	}
	t.Logf("conformance: %d/%d cases match CPython 3.11", pass, len(files))
	for _, rel := range listedPass {
		t.Logf("%s passes now: remove it from known-gaps.md", rel)
	}
	if *update && len(failing) > 0 {
		f, err := os.OpenFile("testdata/conformance/known-gaps.md", os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, rel := range failing {
			f.WriteString("- `" + rel + "`: TODO explain\n")
		}
	}
}
