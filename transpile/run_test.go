package transpile_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/transpile"
)

// runScript transpiles src as a script, runs it on a gpython context with
// the transpiler's helpers and returns the value of the global "out".
func runScript(t *testing.T, src string) py.Object {
	t.Helper()
	res, err := transpile.Script(src, transpile.Options{})
	if err != nil {
		t.Fatalf("Script: %v", err)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := transpile.InstallHelpers(ctx); err != nil {
		t.Fatal(err)
	}
	code, err := py.Compile(res.Code, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("compile: %v\n%s", err, res.Code)
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ctx.RunCode(code, m.Globals, m.Globals, nil); err != nil {
		t.Fatalf("run: %v\n%s", err, res.Code)
	}
	return m.Globals["out"]
}

// TestRunLowered runs lowerings that need no runtime helper but the
// transpiler's own, and checks CPython's results.
func TestRunLowered(t *testing.T) {
	tests := []struct {
		name, src, want, reason string
	}{
		{"decorator", "def deco(fn):\n    def w(*a):\n        return fn(*a) + 1\n    return w\nout = deco(len)([1, 2])", "3", "C-CLOSURE: captured argument copied to a local"},
		{"keyword call", "def deco(fn):\n    return lambda: fn()\nout = deco(fn=lambda: 7)()", "7", "the argument keeps its name"},
		{"nested lambda", "f = lambda x, y: lambda: x + y\nout = f(2, 3)()", "5", "lambda arguments go through a comprehension"},
		{"comprehension", "def f(k):\n    return [x * k for x in (1, 2)]\nout = f(3)", "[3, 6]", "a comprehension captures arguments too"},
		{"kwonly", "def f(a, *, b, c=2, d, e=5):\n    return (a, b, c, d, e)\nout = f(0, b=1, d=3)", "(0, 1, 2, 3, 5)", "C-KWONLY: defaulted keyword-only parameters first"},
		{"yield from value", "def g():\n    yield 1\n    return 5\ndef h():\n    r = yield from g()\n    yield r\nout = list(h())", "[1, 5]", "C-GEN: the sub-generator's return value"},
		{"yield from send", "def g():\n    x = yield 1\n    return x * 2\ndef h():\n    return (yield from g())\nit = h()\nnext(it)\ntry:\n    it.send(4)\nexcept StopIteration:\n    pass\nout = 1", "1", "send reaches the sub-generator"},
		{"yield from list", "def h():\n    yield from [1, 2]\n    r = yield from (3,)\n    yield r\nout = list(h())", "[1, 2, 3, None]", "any iterable, value None"},
		{"decorated defaults", "def deco(fn):\n    return lambda *a: fn(*a) * 10\n@deco\ndef f(a, b=2, *, c=3):\n    return a + b + c\nout = f(1)", "60", "C-DECODEF: gpython pushes defaults before decorators"},
		{"dotted decorator", "class NS:\n    pass\nns = NS()\nns.d = lambda f: lambda: f() + 1\n@ns.d\ndef g():\n    return 1\nout = g()", "2", "gpython parses `@ns.d` as the name 'ns.d'"},
		{"free and cell", "def outer(a):\n    def inner(b):\n        return (lambda: (a, b))()\n    return inner\nout = outer(1)(2)", "(1, 2)", "C-FREEVAR: a free variable passed on by a function with cells"},
		{"decorator factory", "def repeat(n):\n    def deco(f):\n        def w(x):\n            return [f(x) for _ in range(n)]\n        return w\n    return deco\n@repeat(2)\ndef g(x):\n    return x + 1\nout = g(1)", "[2, 2]", "C-FREEVAR"},
		{"free late binding", "def outer():\n    x = 1\n    def mid():\n        y = 2\n        def inner():\n            return x + y\n        return inner()\n    x = 10\n    return mid()\nout = outer()", "12", "the getter reads the variable when called"},
		{"free three levels", "def a(x):\n    def b(y):\n        def c(z):\n            def d():\n                return (x, y, z)\n            return d\n        return c\n    return b\nout = a(1)(2)(3)()", "(1, 2, 3)", "getters passed down"},
		{"free with kwargs", "def f(k):\n    def g(*args, **kw):\n        h = lambda: (k, args, kw)\n        return h()\n    return g\nout = f(1)(2, 3, z=4)", "(1, (2, 3), {'z': 4})", "hidden parameter before **kw"},
		{"free nonlocal", "def f():\n    n = 0\n    def g():\n        def h():\n            nonlocal n\n            n += 1\n        h()\n        return n\n    return g()\nout = f()", "1", "nonlocal below: left alone"},
		{"generator throw", "def g():\n    try:\n        yield 1\n    except ValueError:\n        yield 2\nit = g()\nnext(it)\nout = it.throw(ValueError)", "2", "C-THROW: the exception is raised at the paused yield"},
		{"generator close", "log = []\ndef g():\n    try:\n        yield 1\n    finally:\n        log.append('f')\nit = g()\nnext(it)\nit.close()\nit.close()\nout = log", "['f']", "C-THROW: close runs finally once"},
		{"walrus", "a = [1, 2, 3]\nif (n := len(a)) > 2:\n    out = n", "3", "hoisted before the if"},
		{"annotation name error", "try:\n    def f(c: httpx.AsyncClient) -> str:\n        pass\n    out = 'defined'\nexcept NameError as e:\n    out = str(e)", `"name 'httpx' is not defined"`,
			"a def evaluates its annotations (lostways_async 12)"},
		{"annotation kept names", "def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None:\n    return a\nout = f(4)", "4", "dotted-name annotations evaluated, the def still works"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := py.Repr(runScript(t, tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if s := strings.TrimSpace(string(got.(py.String))); s != tt.want {
				t.Errorf("out = %s, want %s (%s)", s, tt.want, tt.reason)
			}
		})
	}
}
