package pyobj_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrt"
)

// newContext returns a fresh context with pyrt and pyobj installed in the
// kernel's order (pyrt's builtins and type methods, then pyobj).
func newContext(t testing.TB) py.Context {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	if err := pyrt.Install(ctx, pyrt.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := pyobj.Install(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// runPy compiles src as a module on a fresh context with pyobj installed
// and returns what it printed, followed by an uncaught exception as
// "Name: message".
func runPy(t testing.TB, src string) string {
	t.Helper()
	ctx := newContext(t)
	defer ctx.Close()
	var out strings.Builder
	mod, err := ctx.GetModule("builtins")
	if err != nil {
		t.Fatal(err)
	}
	mod.Globals["print"] = py.MustNewMethod("print", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sep, end := " ", "\n"
		if s, ok := kwargs["sep"].(py.String); ok {
			sep = string(s)
		}
		if s, ok := kwargs["end"].(py.String); ok {
			end = string(s)
		}
		for i, a := range args {
			if i > 0 {
				out.WriteString(sep)
			}
			s, err := pyobj.Str(a)
			if err != nil {
				return nil, err
			}
			str, ok := s.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "__str__ returned non-string")
			}
			out.WriteString(string(str))
		}
		out.WriteString(end)
		return py.None, nil
	}, 0, "")
	mod.Globals["repr"] = py.MustNewMethod("repr", func(self py.Object, o py.Object) (py.Object, error) {
		return pyobj.Repr(o)
	}, 0, "")
	// Until pyrt's str() is installed here, stand in for it: str(x)
	// must reach an exception's __str__ along its MRO, as pyrt's will.
	// str is every context's: put pyrt's back after the run, or the
	// pipeline cases that run next in this process get this one.
	strNew := py.StringType.New
	defer func() { py.StringType.New = strNew }()
	py.StringType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return py.String(""), nil
		}
		return pyobj.Str(args[0])
	}
	code, err := py.Compile(src, "case.py", py.ExecMode, 0, true)
	if err != nil {
		return out.String() + "CompileError: " + err.Error() + "\n"
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				out.WriteString("GoPanic: ")
				out.WriteString(strings.TrimSpace(strings.SplitN(sprint(r), "\n", 2)[0]))
				out.WriteString("\n")
			}
		}()
		_, err = py.RunCode(ctx, code, "__main__", nil)
	}()
	if err != nil {
		out.WriteString(describe(err))
	}
	return out.String()
}

func sprint(r interface{}) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "panic"
}

// describe renders an uncaught exception like the last line of CPython's
// traceback.
func describe(err error) string {
	var v py.Object
	switch e := err.(type) {
	case py.ExceptionInfo:
		v = e.Value
	case *py.Exception:
		v = e
	default:
		return "GoError: " + err.Error() + "\n"
	}
	s, serr := pyobj.Str(v)
	msg := ""
	if serr == nil {
		if str, ok := s.(py.String); ok {
			msg = string(str)
		}
	}
	name := v.Type().Name
	if msg == "" {
		return name + "\n"
	}
	return name + ": " + msg + "\n"
}
