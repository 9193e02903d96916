package asyncshim_test

// This file runs testdata/conformance: each NAME.py is the gpython-dialect
// lowering (by gen.py) of NAME.orig.py, and NAME.out is what CPython 3.11
// printed for the original. Cells are separated by "# %%" lines; a first
// line "# mode: jupyter" selects Jupyter semantics. Memory addresses are
// normalised before comparing. A NAME.skip file marks a case whose
// CPython output depends on real timing; its content says why.

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/asyncshim"
	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/transpile"
)

var update = flag.Bool("update", false, "add failing conformance cases to testdata/conformance/known-gaps.txt")

// bufWriter is a file-like object for sys.stdout in tests.
type bufWriter struct{ b strings.Builder }

var bufWriterType = py.NewType("TestWriter", "")

func init() {
	bufWriterType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str")
		}
		self.(*bufWriter).b.WriteString(string(s))
		return py.Int(len([]rune(string(s)))), nil
	}, 0, "")
	bufWriterType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "")
}

func (w *bufWriter) Type() *py.Type { return bufWriterType }

// fakeWall is a wall clock for budgets that never moves.
func fakeWall() time.Time { return time.Unix(0, 0) }

// kernel is a minimal stand-in for pyrun's kernel: one context, one loop,
// one __main__ module.
type kernel struct {
	ctx  py.Context
	loop *asyncshim.Loop
	main *py.Module
	out  *bufWriter
}

// installMu serialises pyrt.Install and pyobj.Install, which are not safe
// to run in parallel (TestParallelKernels runs kernels concurrently).
var installMu sync.Mutex

func newKernel(t testing.TB, opts asyncshim.Options) *kernel {
	t.Helper()
	installMu.Lock()
	defer installMu.Unlock()
	ctx := py.NewContext(py.DefaultContextOpts())
	if err := pyrt.Install(ctx, pyrt.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := pyobj.Install(ctx); err != nil {
		t.Fatal(err)
	}
	// The builtins the transpiler's runtime adds, as in a kernel
	// (ExceptionGroup, which TaskGroup raises, among them).
	if err := transpile.InstallHelpers(ctx); err != nil {
		t.Fatal(err)
	}
	if opts.Wall == nil {
		opts.Wall = fakeWall
	}
	l := asyncshim.New(opts)
	if err := l.Install(ctx); err != nil {
		t.Fatal(err)
	}
	k := &kernel{ctx: ctx, loop: l, out: &bufWriter{}}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = k.out
	sys.Globals["stderr"] = k.out
	b := ctx.Store().Builtins
	b.Globals["__nbc_display"] = py.MustNewMethod("__nbc_display", func(self, v py.Object) (py.Object, error) {
		if v != py.None {
			s, err := pyrt.Repr(v)
			if err != nil {
				return nil, err
			}
			k.out.b.WriteString("Out: " + s + "\n")
		}
		return py.None, nil
	}, 0, "")
	m, err := ctx.ModuleInit(&py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<cell>"}})
	if err != nil {
		t.Fatal(err)
	}
	k.main = m
	return k
}

// runCell compiles and runs one cell; an uncaught error is printed as
// "!! Type: message".
func (k *kernel) runCell(name, src string) {
	code, err := py.Compile(src, name, py.ExecMode, 0, true)
	if err != nil {
		k.out.b.WriteString("!! COMPILE: " + err.Error() + "\n")
		return
	}
	if err := k.run(code); err != nil {
		k.out.b.WriteString("!! " + excLine(err) + "\n")
	}
}

// run runs compiled cell code in __main__ as one cell on the loop.
func (k *kernel) run(code *py.Code) error {
	return k.loop.RunCell(func() error {
		_, err := k.ctx.RunCode(code, k.main.Globals, k.main.Globals, nil)
		return err
	})
}

// mustCompile compiles cell source in gpython's dialect.
func mustCompile(t testing.TB, src string) *py.Code {
	t.Helper()
	code, err := py.Compile(src, "<cell>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return code
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
	if s == "" {
		return v.Type().Name
	}
	return v.Type().Name + ": " + s
}

// splitCells splits a source into cells at "# %%" lines.
func splitCells(src string) []string {
	var cells []string
	var cur []string
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "# %%") {
			cells = append(cells, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	cells = append(cells, strings.Join(cur, "\n"))
	return cells
}

var addrRE = regexp.MustCompile(`0x[0-9a-fA-F]+`)

func normalize(s string) string {
	return addrRE.ReplaceAllString(s, "0x…")
}

// runSource runs a dialect source the way a conformance case does.
func runSource(t testing.TB, src string) string {
	opts := asyncshim.Options{Script: !strings.HasPrefix(src, "# mode: jupyter")}
	k := newKernel(t, opts)
	defer k.ctx.Close()
	defer k.loop.Close()
	for i, cell := range splitCells(src) {
		k.runCell("<cell "+string(rune('0'+i))+">", cell)
	}
	return k.out.b.String()
}

func TestConformance(t *testing.T) {
	files, err := filepath.Glob("testdata/conformance/*.orig.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no conformance cases")
	}
	known := readKnownGaps(t)
	var gaps []string
	for _, orig := range files {
		name := strings.TrimSuffix(filepath.Base(orig), ".orig.py")
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(orig, ".orig.py")
			src, err := os.ReadFile(base + ".py")
			if err != nil {
				t.Fatalf("missing lowered file (run gen.py): %v", err)
			}
			want, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatalf("missing CPython output (run gen.py): %v", err)
			}
			if why, err := os.ReadFile(base + ".skip"); err == nil {
				t.Skip(strings.TrimSpace(string(why)))
			}
			got := runSource(t, string(src))
			d := cmp.Diff(normalize(string(want)), normalize(got))
			reason, isGap := known[name]
			switch {
			case d == "" && isGap:
				t.Errorf("known gap now passes: remove %q from known-gaps.txt", name)
			case d != "" && isGap:
				t.Skipf("known gap: %s", reason)
			case d != "":
				gaps = append(gaps, name+": (reason?)")
				t.Errorf("output mismatch (-cpython +asyncshim):\n%s", d)
			}
		})
	}
	if *update && len(gaps) > 0 {
		f, err := os.OpenFile("testdata/conformance/known-gaps.txt", os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		_, _ = f.WriteString(strings.Join(gaps, "\n") + "\n")
	}
}

// readKnownGaps reads testdata/conformance/known-gaps.txt: one "name:
// reason" line per case that fails for a reason outside asyncshim (a
// gpython gap the transpiler or runtime will close). Each must still fail.
func readKnownGaps(t *testing.T) map[string]string {
	data, err := os.ReadFile("testdata/conformance/known-gaps.txt")
	if err != nil {
		return nil
	}
	gaps := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Fatalf("known-gaps.txt: %q: want \"name: reason\"", line)
		}
		gaps[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return gaps
}
