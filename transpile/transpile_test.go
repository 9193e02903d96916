package transpile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/transpile"
)

// gpythonCompiles reports gpython's error compiling code, or nil.
func gpythonCompiles(code string) error {
	_, err := py.Compile(code, "<transpiled>", py.ExecMode, 0, true)
	return err
}

// expectTranspiled checks that cell src transpiles to want (compared
// without the trailing newline) and that gpython compiles the result.
func expectTranspiled(t *testing.T, src, want string) {
	t.Helper()
	t.Run(src, func(t *testing.T) {
		t.Helper()
		res, err := transpile.Cell(src, transpile.Options{})
		if err != nil {
			t.Fatalf("Cell(%q): %v", src, err)
		}
		got := strings.TrimRight(res.Code, "\n")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Cell(%q) mismatch (-want +got):\n%s", src, diff)
		}
		if err := gpythonCompiles(res.Code); err != nil {
			t.Errorf("gpython cannot compile the result of %q: %v\n%s", src, err, res.Code)
		}
	})
}

// expectTranspileError checks that cell src is refused with an error
// containing wantMsg.
func expectTranspileError(t *testing.T, src, wantMsg string) {
	t.Helper()
	t.Run(src, func(t *testing.T) {
		t.Helper()
		res, err := transpile.Cell(src, transpile.Options{})
		if err == nil {
			t.Fatalf("Cell(%q) = %q, want error %q", src, res.Code, wantMsg)
		}
		if !strings.Contains(err.Error(), wantMsg) {
			t.Errorf("Cell(%q) error = %q, want it to contain %q", src, err, wantMsg)
		}
	})
}

func TestLiterals(t *testing.T) {
	expectTranspiled(t, "x = 1_000_000", "x = 1000000")
	expectTranspiled(t, "x = 0x_ff + 1_0.5_0j", "x = 0xff + 10.50j")
	expectTranspiled(t, `x = "\N{BULLET} é"`, `x = '\u2022 \u00e9'`)
	expectTranspiled(t, `x = r"\d" 'a' "\t\x00"`, `x = '\\da\t\x00'`)
	expectTranspiled(t, `x = b"\xff'" rb"\n"`, `x = b'\xff\'\\n'`)
	expectTranspiled(t, `x = "😀"`, `x = '\U0001f600'`)
	expectTranspiled(t, "x = '''a\nb'''", `x = 'a\nb'`)
}

func TestFString(t *testing.T) {
	expectTranspiled(t, `s = f"a{x}b"`, `s = __nbc_cat('a', __nbc_fmt(x, '', ''), 'b')`)
	expectTranspiled(t, `s = f"{x!r:>{w}}"`, `s = __nbc_fmt(x, 'r', __nbc_cat('>', __nbc_fmt(w, '', '')))`)
	expectTranspiled(t, `s = f"{x=}"`, `s = __nbc_cat('x=', __nbc_fmt(x, 'r', ''))`)
	expectTranspiled(t, `s = f"{x = :.2f}"`, `s = __nbc_cat('x = ', __nbc_fmt(x, '', '.2f'))`)
	expectTranspiled(t, `s = f"{x!a}" "tail"`, `s = __nbc_cat(__nbc_fmt(x, 'a', ''), 'tail')`)
	expectTranspiled(t, `s = f"plain"`, `s = 'plain'`)
	expectTranspiled(t, `s = f"{f'{x}'}"`, `s = __nbc_fmt(__nbc_fmt(x, '', ''), '', '')`)
}

// TestArithLowering: / ** // % go through pyrt's helpers (C-ARITH)
// except where gpython's operator is CPython's.
func TestArithLowering(t *testing.T) {
	expectTranspiled(t, "x = a / b", "x = __nbc_truediv(a, b)")
	expectTranspiled(t, "x = a / 2.0", "x = a / 2.0")
	expectTranspiled(t, "x = 1 / f(3) / 2", "x = __nbc_truediv(__nbc_truediv(1, f(3)), 2)")
	expectTranspiled(t, "x = 1.1 ** 10", "x = __nbc_pow(1.1, 10)")
	expectTranspiled(t, "x = -a ** b", "x = -__nbc_pow(a, b)")
	expectTranspiled(t, "x = a ** 2 + a ** -1", "x = a ** 2 + __nbc_pow(a, -1)")
	expectTranspiled(t, "x = 2 ** a ** b", "x = __nbc_pow(2, __nbc_pow(a, b))")
	expectTranspiled(t, "x = n // 10 + n // m", "x = n // 10 + __nbc_floordiv(n, m)")
	expectTranspiled(t, "x = 7 % 0", "x = __nbc_mod(7, 0)")
	expectTranspiled(t, "x = 7 % 2", "x = 7 % 2")
	expectTranspiled(t, "x /= 2", "x = __nbc_truediv(x, 2, 1)")
	expectTranspiled(t, "x /= 2.0", "x /= 2.0")
	expectTranspiled(t, "x **= y", "x = __nbc_pow(x, y, 1)")
	expectTranspiled(t, "x //= 10", "x //= 10")
	expectTranspiled(t, "a.b /= 3", "a.b /= 3")
}

func TestDisplaysAndUnpacking(t *testing.T) {
	expectTranspiled(t, "d = {}", "d = __nbc_dict()")
	expectTranspiled(t, "d = {(1, 2): 'a', 3: x}", "d = __nbc_dict((1, 2), 'a', 3, x)")
	expectTranspiled(t, "d = {**a, 'k': 1, **b}", "d = __nbc_dict_merge(a, __nbc_dict('k', 1), b)")
	expectTranspiled(t, "s = {1, *a}", "s = __nbc_set(1, __nbc_star(a))")
	expectTranspiled(t, "l = [*a, 1, 2, *b]", "l = __nbc_list(__nbc_star(a), (1, 2,), __nbc_star(b))")
	expectTranspiled(t, "t = (*a,)", "t = __nbc_tuple(__nbc_star(a))")
	expectTranspiled(t, "f(*a, *b, k=1);", "__nbc_call(f, __nbc_star(a), __nbc_star(b), __nbc_dict('k', 1))")
	expectTranspiled(t, "f(*a, k=1, **m);", "f(*a, k=1, **__nbc_kw(m, 'k'))")
	expectTranspiled(t, "f(x, *a, y);", "__nbc_call(f, (x,), __nbc_star(a), (y,), __nbc_dict())")
	expectTranspiled(t, "f(**a, **b);", "__nbc_call(f, __nbc_dict_merge(a, b))")
	expectTranspiled(t, "a, *b = x", "(a, *b) = x")
	expectTranspiled(t, "d = {k: v for k, v in pairs if k}", "d = (lambda __nbc_it: __nbc_iterdone(__nbc_it, __nbc_dict_from(((k, v) for (k, v) in __nbc_it if __nbc_on if k))))(__nbc_iter(pairs))")
	expectTranspiled(t, "s = {x for x in range(3)}", "s = __nbc_set_from((x for x in range(3) if __nbc_on))")
	expectTranspiled(t, "g = (x for x in it)", "g = (x for __nbc_g, __nbc_s in __nbc_genit(it) if __nbc_iterdone(__nbc_g, __nbc_s) for x in __nbc_g if __nbc_on)")
	expectTranspiled(t, "sum(x for x in it)", "__nbc_display(sum((x for __nbc_g, __nbc_s in __nbc_genit(it) if __nbc_iterdone(__nbc_g, __nbc_s) for x in __nbc_g if __nbc_on)))")
	expectTranspiled(t, "g = (x for x in range(3) if x for y in f(x))", "g = (x for x in range(3) if __nbc_on if x for y in f(x) if __nbc_on)")
	expectTranspiled(t, "g = (x for x in it if x for y in f(x))", "g = (x for __nbc_g, __nbc_s in __nbc_genit(it) if __nbc_iterdone(__nbc_g, __nbc_s) for x in __nbc_g if __nbc_on if x for y in f(x) if __nbc_on)")
}

func TestCellSemantics(t *testing.T) {
	expectTranspiled(t, "x = 1\nx", "x = 1\n__nbc_display(x)")
	expectTranspiled(t, "x = 1\nx;", "x = 1\nx")
	expectTranspiled(t, "x;  # quiet", "x")
	expectTranspiled(t, "    x = 1\n    y = 2", "x = 1\ny = 2")
	expectTranspiled(t, "await f()", "__nbc_display(__nbc_await(f()))")
	expectTranspiled(t, "!pip install x\nimport os", "pass\nimport os")
	expectTranspiled(t, "%pip install x", "pass")
	expectTranspiled(t, "%time x = f()", "__nbc_time_start(); x = f(); __nbc_time_stop()")
	expectTranspiled(t, "%time f()", "__nbc_time_start(); __nbc_display(__nbc_time_stop(f()))")
	expectTranspiled(t, "%timeit -n1 -r1 f()", "__nbc_timeit_start(); f(); __nbc_timeit_stop()")
	expectTranspiled(t, "%%time\nx = 1\nx", "__nbc_time_start()\nx = 1\n__nbc_display(__nbc_time_stop(x))")
	expectTranspiled(t, "%%time\nx = 1", "__nbc_time_start()\nx = 1\n__nbc_time_stop()")
	expectTranspiled(t, "%%timeit\nf()", "__nbc_timeit_start()\nf(); __nbc_timeit_stop()")
	expectTranspileError(t, "%matplotlib inline", "magic `%matplotlib` is not supported")
	expectTranspiled(t, "%load_ext autoreload\n%autoreload 2\n%aimport os\n%reload_ext autoreload", "__nbc_load_ext(\"autoreload\")\npass\npass\npass")
	expectTranspiled(t, "%config InlineBackend.figure_format = 'retina'", "pass")
	expectTranspileError(t, "%load_ext line_profiler", "`%load_ext line_profiler` is not supported")
	expectTranspileError(t, "%aimport", "`%aimport` is not supported")
	expectTranspileError(t, "%config", "`%config` is not supported")
	expectTranspileError(t, "%%writefile a.py\nx = 1", "cell magic `%%writefile` is not supported")
	expectTranspiled(t, "len?", `__nbc_pinfo("len", lambda: len)`)
	expectTranspiled(t, "x = 1\n??task.set_result\nx", "x = 1\n__nbc_pinfo(\"task.set_result\", lambda: task.set_result)\n__nbc_display(x)")
	expectTranspileError(t, "f(x)?", "help `?` on an expression is not supported")
	expectTranspileError(t, "__nbc_x = 1", "name `__nbc_x` is reserved")
}

func TestAsync(t *testing.T) {
	expectTranspiled(t, "async def f():\n    await g()", "@__nbc_coroutine_at(1)\ndef f():\n    __nbc_await(g())")
	expectTranspiled(t, "async def f():\n    yield 1", "@__nbc_asyncgen\ndef f():\n    __nbc_recv((yield 1))")
	expectTranspiled(t, "async def f():\n    async for x in a:\n        pass", "@__nbc_coroutine_at(1)\ndef f():\n    for x in __nbc_aiter(a):\n        pass")
	expectTranspiled(t, "async def f():\n    async with a as b, c:\n        pass", "@__nbc_coroutine_at(1)\ndef f():\n    with __nbc_acm(a) as b, __nbc_acm(c):\n        pass")
	expectTranspiled(t, "r = [x async for x in a]", "r = [x for x in __nbc_aiter(a) if __nbc_on]")
	expectTranspiled(t, "@d\nasync def f(): pass", "@d\n@__nbc_coroutine_at(1)\ndef f():\n    pass")
	// The line passed is CPython's co_firstlineno: the first decorator's.
	expectTranspiled(t, "x = 1\n\n@d\n@e\nasync def f(): pass", "x = 1\n\n@d\n@e\n@__nbc_coroutine_at(3)\ndef f():\n    pass")
	expectTranspiled(t, "class C:\n\n    async def m(self): pass", "class C:\n\n    @__nbc_coroutine_at(3)\n    def m(self):\n        pass")
	expectTranspiled(t, "x = 1\n@d\nasync def f(a=1): pass",
		"x = 1\n__nbc_deco1 = d\ndef f(a=1):\n    pass\nf = __nbc_deco1(__nbc_coroutine_at(2)(f)); del __nbc_deco1")
}

func TestFunctions(t *testing.T) {
	expectTranspiled(t, "def f(a, /, b: int = 1, *, c, d=2) -> int: pass", "(int, int, )\ndef f(a, b=1, *, d=2, c):\n    pass")
	expectTranspiled(t, "def deco(fn):\n    def w(*a):\n        return fn(*a)\n    return w",
		"def deco(fn):\n    __nbc_c_fn = fn\n    def w(*a):\n        return __nbc_c_fn(*a)\n    return w")
	expectTranspiled(t, "def f(k):\n    '''doc'''\n    return [x * k for x in xs]",
		"def f(k):\n    'doc'\n    __nbc_c_k = k\n    return (lambda __nbc_it: __nbc_iterdone(__nbc_it, [x * __nbc_c_k for x in __nbc_it if __nbc_on]))(__nbc_iter(xs))")
	expectTranspiled(t, "def f(x):\n    def g(x):\n        return x\n    return g", "def f(x):\n    def g(x):\n        return x\n    return g")
	expectTranspiled(t, "f = lambda x, y: lambda: x", "f = lambda x, y: [lambda: __nbc_c_x for (__nbc_c_x, __nbc_c_y) in [(x, y)]][0]")
	expectTranspiled(t, "def g():\n    r = yield from h()",
		"def g():\n    __nbc_yf1 = __nbc_yf_start(h())\n    while __nbc_yf_step(__nbc_yf1): __nbc_yf_send(__nbc_yf1, (yield __nbc_yf_value(__nbc_yf1)))\n    r = __nbc_yf_value(__nbc_yf1)")
	// PEP 695: the definition runs in a hidden function binding T.
	expectTranspiled(t, "@d\ndef f[T: int, *Ts, **P](x): pass",
		"\ndef __nbc_tp0():\n    T = __nbc_typevar('T', 0, lambda: int, None)\n    Ts = __nbc_typevar('Ts', 1, None, None)\n    P = __nbc_typevar('P', 2, None, None)\n"+
			"    def f(x):\n        pass\n    f.__type_params__ = (T, Ts, P)\n    return f\nf = d(__nbc_tp0())\ndel __nbc_tp0")
	expectTranspiled(t, "class C[T](B):\n    def m(self):\n        super().m()",
		"def __nbc_tp0():\n    T = __nbc_typevar('T', 0, None, None)\n    class C(B, __nbc_generic((T,))):\n        def m(self):\n            __nbc_super(C, self).m()\n"+
			"    C.__type_params__ = (T,)\n    return C\nC = __nbc_tp0()\ndel __nbc_tp0")
	expectTranspileError(t, "def f(__nbc_tp0): pass", "is reserved")
}

func TestClasses(t *testing.T) {
	expectTranspiled(t, "class A(B):\n    x: int = 1\n    y: dict[str, int]\n    def m(self):\n        return super().m(self.__v)",
		"class A(B):\n    __annotations__ = __nbc_dict(); __annotations__['x'] = 'int'; x = 1\n    __annotations__['y'] = 'dict[str, int]'\n    def m(self):\n        return __nbc_super(A, self).m(self._A__v)")
	expectTranspiled(t, "class A:\n    class B:\n        def m(s):\n            super().m()", "class A:\n    class B:\n        def m(s):\n            __nbc_super(A.B, s).m()")
	expectTranspiled(t, "x: int = 5\ny: int", "x = 5\npass")
}

func TestStatements(t *testing.T) {
	expectTranspiled(t, "for x in it:\n    pass\nelse:\n    done()", "__nbc_it1 = __nbc_iter(__nbc_loop(it))\nfor x in __nbc_it1:\n    pass\nelse:\n    __nbc_iterdone(__nbc_it1)\n    done()")
	expectTranspiled(t, "for i in range(3): pass", "for i in __nbc_loop(range(3)):\n    pass\nelse:\n    __nbc_tick()")
	// A range the source binds (a generator that may raise) is iterated
	// like any other iterable.
	expectTranspiled(t, "from r import range\nfor i in range(3): pass", "from r import range\n__nbc_it1 = __nbc_iter(__nbc_loop(range(3)))\nfor i in __nbc_it1:\n    pass\nelse:\n    __nbc_iterdone(__nbc_it1)")
	expectTranspiled(t, "def f(range):\n    return [i for i in range(3)]", "def f(range):\n    return (lambda __nbc_it: __nbc_iterdone(__nbc_it, [i for i in __nbc_it if __nbc_on]))(__nbc_iter(range(3)))")
	expectTranspiled(t, "with (open(a) as f, open(b) as g):\n    pass", "with open(a) as f, open(b) as g:\n    pass")
	expectTranspiled(t, "x = '%s' % y", "x = __nbc_mod('%s', y)")
	expectTranspiled(t, "x = fmt % (a, b)\ny = 7 % 3\nz = n % 2", "x = __nbc_mod(fmt, (a, b))\ny = 7 % 3\nz = __nbc_mod(n, 2)")
	expectTranspiled(t, "x = (a, b) < (c, d)\ny = [1] >= v, a < b, (a,) < b < c", "x = __nbc_lt((a, b), (c, d))\ny = (__nbc_ge([1], v), __nbc_lt(a, b), (__nbc_cmphold('<', (a,), b) and __nbc_lt(__nbc_cmpheld(), c)))")
	// An inner name of a chain is read again in the next pair only when
	// it is a plain local; a global or a cell, which the first pair's
	// __lt__ could rebind, is held.
	expectTranspiled(t, "def f(a, b, c):\n    return (a,) < b < c", "def f(a, b, c):\n    return (__nbc_lt((a,), b) and __nbc_lt(b, c))")
	expectTranspiled(t, "def f(a, c):\n    return (a,) < b < c", "def f(a, c):\n    return (__nbc_cmphold('<', (a,), b) and __nbc_lt(__nbc_cmpheld(), c))")
	expectTranspiled(t, "x = t + (1,)\nt += (2, 3)\ny = a + b", "x = __nbc_add(t, (1,))\nt = __nbc_add(t, (2, 3), 1)\ny = __nbc_add(a, b)")
	expectTranspiled(t, "x = a is b\ny = a is not b, a is None, a is b is c", "x = __nbc_is(a, b)\ny = ((not __nbc_is(a, b)), a is None, a is b is c)")
	expectTranspiled(t, "x = a @ b\nx @= c", "x = __nbc_matmul(a, b)\nx = __nbc_matmul(x, c)")
	expectTranspiled(t, "if (n := len(a)) > 3:\n    pass\nelif (m := n) > 1:\n    pass",
		"n = len(a)\nif (n) > 3:\n    pass\nelse:\n    m = n\n    if (m) > 1:\n        pass")
	expectTranspiled(t, "while (x := f()):\n    g(x)", "while __nbc_on:\n    x = f()\n    if not (x): break\n    g(x)")
	expectTranspiled(t, "def h():\n    print(f(), (y := g()))", "def h():\n    if 0: y = None\n    print(f(), (__nbc_walrus_cell(__nbc_cell(lambda: y), g())))")
	expectTranspileError(t, "g = lambda: (y := 1)", "assignment expression `:=` in this position")
	expectTranspiled(t, "print(f(), (y := g()));", "print(f(), (__nbc_walrus_global(__nbc_globals(), 'y', g())))")
	// PEP 572: a walrus in a comprehension binds in the enclosing function
	// (through its cell; declared for gpython's compiler) or module.
	expectTranspiled(t, "ys = [y := f(x) for x in (1, 2)]", "ys = [(__nbc_walrus_global(__nbc_globals(), 'y', f(x))) for x in (1, 2) if __nbc_on]")
	expectTranspiled(t, "def g():\n    '''doc'''\n    return [y := x for x in (1,)], y",
		"def g():\n    'doc'\n    if 0: y = None\n    return ([(__nbc_walrus_cell(__nbc_cell(lambda: y), x)) for x in (1,) if __nbc_on], y)")
	expectTranspiled(t, "def g(y):\n    return [y := x for x in (1,)]", "def g(y):\n    __nbc_c_y = y\n    return [(__nbc_walrus_cell(__nbc_cell(lambda: __nbc_c_y), x)) for x in (1,) if __nbc_on]")
	expectTranspileError(t, "f = lambda: [y := x for x in (1,)]", "in a comprehension inside a lambda")
	expectTranspiled(t, "type X = int", "X = __nbc_type_alias('X', lambda: int, (), __name__)")
	expectTranspiled(t, "type L[T: str] = list[T]", "def __nbc_tp0():\n    T = __nbc_typevar('T', 0, lambda: str, None)\n    return __nbc_type_alias('L', lambda: list[T], (T,), __name__)\nL = __nbc_tp0()\ndel __nbc_tp0")
}

func TestErrorsHaveUserPositions(t *testing.T) {
	_, err := transpile.Cell("x = 1\n\ndef f():\n  k = lambda: (y := 1)", transpile.Options{})
	if err == nil {
		t.Fatal("no error")
	}
	var u *transpile.UnsupportedError
	if !errors.As(err, &u) {
		t.Fatalf("error %v is not an *UnsupportedError", err)
	}
	if u.Pos != (transpile.Pos{Line: 4, Col: 16}) || u.Feature != transpile.Walrus {
		t.Errorf("got %v %v, want 4:16 assignment expression", u.Pos, u.Feature)
	}
}

func TestLineMap(t *testing.T) {
	res, err := transpile.Cell("x = 1\nfor a in it:\n    print(a)\ny = 2", transpile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Generated: 0 x=1, 1 it=..., 2 for, 3 print, 4 else, 5 iterdone, 6 y=2
	for _, c := range []struct{ gen, line int }{{0, 0}, {1, 1}, {2, 1}, {3, 2}, {6, 3}} {
		if l, _ := res.Map.Find(c.gen); l != c.line {
			t.Errorf("Find(%d) = %d, want %d\n%s", c.gen, l, c.line, res.Code)
		}
	}
}

func TestFeatureString(t *testing.T) {
	if got, want := (transpile.FString | transpile.Walrus).String(), "f-string, assignment expression"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := transpile.Feature(0).String(); got != "none" {
		t.Errorf("got %q, want none", got)
	}
}

// TestCellSkipped checks that the lines a cell skips (shell commands,
// %pip, %conda) are listed in Result.Skipped, as written, in order.
func TestCellSkipped(t *testing.T) {
	res, err := transpile.Cell("!pip install x\nx = 1\n%pip install -q y\nif x:\n    %conda list\n%time z = 2\n", transpile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"!pip install x", "%pip install -q y", "%conda list"}
	if diff := cmp.Diff(want, res.Skipped); diff != "" {
		t.Errorf("Skipped (-want +got):\n%s\ncode:\n%s", diff, res.Code)
	}
}
