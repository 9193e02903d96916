package pyvm

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// evalCase is a program that appends what it computes to the list out;
// want is repr(out) under CPython 3.11 (the programs use only what
// CPython 3.4 and 3.11 agree on).
type evalCase struct {
	name, src, want string
	// gpythonWrong: gpython's own VM gives another result (so the case
	// is not run on it).
	gpythonWrong bool
}

var evalCases = []evalCase{
	{name: "arith", src: `
out.append(1 + 2 * 3 - 4 // 3 % 5)
out.append(2 ** 10)
out.append(7 / 2)
out.append(-7 // 2)
out.append(-7 % 3)
out.append(9223372036854775807 + 1)
out.append(-9223372036854775807 - 3)
out.append(3037000500 * 3037000500)
out.append(1.5 + 2.25 - 0.5 * 2.0)
out.append(5 & 3 | 8 ^ 1)
out.append(1 << 70 >> 68)
out.append(-(-9223372036854775807 - 1))
x = 10
x += 5; x -= 1; x *= 3; x //= 4; x %= 7; x **= 2; x <<= 1; x >>= 1; x &= 255; x |= 256; x ^= 1
out.append(x)
out.append(~5)
out.append(not 0)
out.append(+3)
`, want: "[6, 1024, 3.5, -4, 2, 9223372036854775808, -9223372036854775810, 9223372037000250000, 2.75, 9, 4, 9223372036854775808, 264, -6, True, 3]"},
	{name: "compare", src: `
out.append([1 < 2, 2 <= 2, 3 == 3, 3 != 3, 4 > 5, 5 >= 5, 1 in [1], 2 not in (1,), None is None, 1 is not None])
out.append(1 < 2 < 3)
out.append('a' < 'b')
`, want: "[[True, True, True, False, False, True, True, True, True, True], True, True]"},
	{name: "calls", src: `
def f(a, b=2, *args, c, d, **kw):
    return (a, b, list(args), c, d, sorted(kw.keys()))
out.append(f(1, c=3, d=4))
out.append(f(1, 5, 6, 7, c=3, d=8, e=9))
out.append(f(*[1, 2, 3], **{'c': 0, 'd': 4}))
def g(x, y):
    return x - y
out.append(g(y=1, x=5))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
out.append(fib(15))
class C:
    def __init__(self, v):
        self.v = v
    def m(self, k):
        return self.v * k
c = C(6)
out.append(c.m(7))
m = c.m
out.append(m(2))
out.append(C.m(c, 3))
out.append((lambda *a: len(a))(1, 2, 3))
`, want: "[(1, 2, [], 3, 4, []), (1, 5, [6, 7], 3, 8, ['e']), (1, 2, [3], 0, 4, []), 4, 610, 42, 12, 18, 3]"},
	{name: "call_errors", src: `
def f(a, b, *, c): pass
for call in [lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, 2), lambda: f(1, 2, c=1, d=2), lambda: f(1, 2, c=1, a=1)]:
    try:
        call()
    except TypeError as e:
        out.append(str(e))
def h(a, b=1): pass
try:
    h()
except TypeError as e:
    out.append(str(e))
try:
    h(1, 2, 3)
except TypeError as e:
    out.append(str(e))
`, want: `["f() missing 1 required positional argument: 'b'", 'f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given', "f() missing 1 required keyword-only argument: 'c'", "f() got an unexpected keyword argument 'd'", "f() got multiple values for argument 'a'", "h() missing 1 required positional argument: 'a'", 'h() takes from 1 to 2 positional arguments but 3 were given']`},
	{name: "closures", src: `
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
out.append(c())
def adder(k):
    kk = k
    return lambda x: x + kk
out.append(adder(3)(4))
def outer():
    x = 1
    class K:
        y = x + 1
    return K.y
out.append(outer())
`, want: "[3, 7, 2]"},
	{name: "loops", src: `
t = 0
for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
    t += i
else:
    t = -1
out.append(t)
i = 0
while i < 5:
    i += 1
else:
    out.append('else')
for i in range(3):
    try:
        continue
    finally:
        out.append(i)
out.append([k * k for k in range(6) if k % 2])
out.append(sorted({str(k): k + 1 for k in range(3)}.keys()))
out.append(sorted({k % 3 for k in range(10)}))
out.append(list(x + y for x in 'ab' for y in 'cd'))
`, want: "[26, 'else', 0, 1, 2, [1, 9, 25], ['0', '1', '2'], [0, 1, 2], ['ac', 'ad', 'bc', 'bd']]"},
	{name: "exceptions", src: `
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        out.append('caught ' + str(e))
        return 'ret'
    finally:
        out.append('finally')
out.append(f())
def g():
    try:
        try:
            raise KeyError('k')
        except ValueError:
            out.append('wrong')
    except KeyError as e:
        out.append(e.args[0])
        try:
            raise
        except KeyError:
            out.append('reraised')
g()
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            out.append('fin%d' % i)
    return i
out.append(h())
try:
    try:
        raise ValueError('v')
    finally:
        out.append('inner finally')
except ValueError as e:
    out.append(list(e.args))
try:
    raise TypeError
except (KeyError, TypeError) as e:
    out.append(e.args)
def deep(n):
    if n == 0:
        raise IndexError('deep')
    return deep(n - 1)
try:
    deep(5)
except IndexError as e:
    out.append(str(e))
`, want: "['caught division by zero', 'finally', 'ret', 'k', 'reraised', 'fin0', 'fin1', 1, 'inner finally', ['v'], (), 'deep']"},
	{name: "raise_non_exception", gpythonWrong: true, src: `
try:
    raise 5
except TypeError as e:
    out.append(str(e))
`, want: "['exceptions must derive from BaseException']"},
	{name: "with", src: `
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        out.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        out.append('exit %s %s' % (self.name, 'yes' if t is not None else 'no'))
        return self.swallow
with CM('a') as c:
    out.append(c.name)
with CM('b', True):
    raise ValueError
try:
    with CM('c'):
        raise KeyError
except KeyError:
    out.append('propagated')
def r():
    with CM('d'):
        return 'from with'
out.append(r())
for i in range(2):
    with CM('e%d' % i):
        if i == 0:
            continue
        break
`, want: "['enter a', 'a', 'exit a no', 'enter b', 'exit b yes', 'enter c', 'exit c yes', 'propagated', 'enter d', 'exit d no', 'from with', 'enter e0', 'exit e0 no', 'enter e1', 'exit e1 no']"},
	{name: "generators", src: `
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            out.append('sent %s' % x)
    return 'done'
out.append(list(gen(3)))
g = gen(3)
out.append(next(g))
out.append(g.send('hi'))
def chain():
    yield from gen(2)
    yield 'after'
out.append(list(chain()))
def sq():
    try:
        yield 1
        yield 2
    finally:
        out.append('gen finally')
out.append(list(sq()))
`, want: "[[0, 1, 2], 0, 'sent hi', 1, [0, 1, 'after'], 'gen finally', [1, 2]]"},
	{name: "yield_from_value", gpythonWrong: true, src: `
def inner():
    yield 1
    return 'result'
def outer():
    r = yield from inner()
    out.append(r)
out.append(list(outer()))
`, want: "['result', [1]]"},
	{name: "unpack", src: `
a, b = 1, 2
[c, d] = [3, 4]
e, f = 'xy'
g, *h, i = range(6)
*j, k = (7,)
out.append((a, b, c, d, e, f, g, h, i, j, k))
`, want: "[(1, 2, 3, 4, 'x', 'y', 0, [1, 2, 3, 4], 5, [], 7)]"},
	{name: "unpack_errors", gpythonWrong: true, src: `
for src in ['a, b = 1, 2, 3', 'a, b = [1]', 'a, *b, c = [1]', 'a, b = 5']:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        out.append(str(e))
`, want: "['too many values to unpack (expected 2)', 'not enough values to unpack (expected 2, got 1)', 'not enough values to unpack (expected at least 2, got 1)', 'cannot unpack non-iterable int object']"},
	{name: "iterator_error", gpythonWrong: true, src: `
def bad():
    yield 1
    raise ValueError('in iterator')
try:
    for x in bad():
        out.append(x)
except ValueError as e:
    out.append(str(e))
try:
    out.append([y for x in [1] for y in bad()])
except ValueError as e:
    out.append('inner ' + str(e))
`, want: "[1, 'in iterator', 'inner in iterator']"},
	{name: "names", src: `
import math
from math import sqrt as s
out.append(s(16.0) == math.sqrt(16.0))
gv = 1
def setg():
    global gv
    gv = 2
setg()
out.append(gv)
def loc():
    a = 1
    return sorted(locals())
out.append(loc())
def ex():
    z = 3
    return eval('z + 1')
out.append(ex())
del gv
try:
    gv
except NameError as e:
    out.append(str(e))
class P:
    q = 1
    def get(self):
        return self.q
out.append(P().get())
out.append([1, 2, 3][1:])
out.append('abcdef'[::2])
d = {}
d['k'] = 1
del d['k']
out.append(d)
l = [1, 2, 3]
l[0] = 9
del l[1]
out.append(l)
`, want: "[True, 2, ['a'], 4, \"name 'gv' is not defined\", 1, [2, 3], 'ace', {}, [9, 3]]"},
	{name: "method_calls", src: `
class A:
    def m(self, k=1):
        return 'class %d' % k
a = A()
out.append(a.m())
out.append(a.m(2))
a.m = lambda: 'instance'
out.append(a.m())
l = []
l.append(3)
l.extend([4, 5])
out.append(l)
def f():
    return 'f'
f.attr = 1
out.append(f.attr)
try:
    l.nosuch(1)
except AttributeError:
    out.append('no attribute')
`, want: "['class 1', 'class 2', 'instance', [3, 4, 5], 1, 'no attribute']"},
	{name: "exception_equality", gpythonWrong: true, src: `
e = ValueError('x')
f = ValueError('x')
out.append([e == e, e == f, e != f, e != e, e == 1, 1 == e])
out.append([e in [e], e in (f,), e in [f, e]])
t = (1, 2)
u = tuple([1, 2])
out.append([t is t, t is u, t is not u, () is (), b'' is b'', {} is {}, None is None])
`, want: "[[True, False, True, False, False, False], [True, False, True], [True, False, True, True, True, False, True]]"},
	{name: "bytes", gpythonWrong: true, src: `
data = b'hello'
out.append([data[1], data[-1], data[1:3], data[::2], data[10:], data[::-1]])
out.append([b'l' in data, 104 in data, b'' in data, b'z' in data, 300 not in b'' if False else 1])
out.append('empty false' if not b'' else 'empty true')
out.append('full true' if b'x' else 'full false')
for k in [10, 'a']:
    try:
        data[k]
    except (IndexError, TypeError) as ex:
        out.append(str(ex))
for k in ['a', 256]:
    try:
        k in data
    except (TypeError, ValueError) as ex:
        out.append(str(ex))
`, want: "[[101, 111, b'el', b'hlo', b'', b'olleh'], [True, True, True, False, 1], 'empty false', 'full true', 'index out of range', 'byte indices must be integers or slices, not str', \"a bytes-like object is required, not 'str'\", 'byte must be in range(0, 256)']"},
	{name: "unbound_names", gpythonWrong: true, src: `
def local():
    print(x)
    x = 1
def deleted():
    y = 1
    del y
    return y
def delete_twice():
    z = 1
    del z
    del z
def free():
    def inner():
        return w
    r = inner()
    w = 1
    return r
for f in [local, deleted, delete_twice, free]:
    try:
        f()
    except UnboundLocalError as e:
        out.append('unbound: ' + str(e))
    except NameError as e:
        out.append('name: ' + str(e))
`, want: "[\"unbound: cannot access local variable 'x' where it is not associated with a value\", \"unbound: cannot access local variable 'y' where it is not associated with a value\", \"unbound: cannot access local variable 'z' where it is not associated with a value\", \"name: cannot access free variable 'w' where it is not associated with a value in enclosing scope\"]"},
	{name: "with_missing_methods", gpythonWrong: true, src: `
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        pass
for cm in [NoEnter(), NoExit()]:
    try:
        with cm:
            pass
    except TypeError as e:
        out.append(str(e))
`, want: "[\"'NoEnter' object does not support the context manager protocol\", \"'NoExit' object does not support the context manager protocol (missed __exit__ method)\"]"},
	{name: "recursion_depth", src: `
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
out.append(down(500))
`, want: "[500]"},
}

// runSource compiles src and runs it as a module in a fresh context on
// the current py.VmEvalCode, returning repr(out).
func runSource(t *testing.T, src string) string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(strings.TrimLeft(src, "\n"), "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	out := py.NewList()
	g := py.NewStringDict()
	g["out"] = out
	g["__name__"] = py.String("__main__")
	run := ctx.RunCode
	if testMine {
		run = func(code *py.Code, g, l py.StringDict, c py.Tuple) (py.Object, error) {
			return EvalCode(ctx, code, g, l, nil, nil, nil, nil, c)
		}
	}
	if _, err := run(code, g, g, nil); err != nil {
		t.Fatalf("run: %v", err)
	}
	r, err := py.Repr(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(r.(py.String))
}

// withVM runs f with py.VmEvalCode and py.VmRunFrame set to pyvm's
// (mine) or gpython's.
// testMine says whether runSource runs module code on pyvm.
var testMine bool

func withVM(mine bool, f func()) {
	oe, or := py.VmEvalCode, py.VmRunFrame
	defer func() { py.VmEvalCode, py.VmRunFrame, testMine = oe, or, false }()
	testMine = mine
	if mine {
		py.VmEvalCode, py.VmRunFrame = EvalCode, Run
	} else {
		py.VmEvalCode, py.VmRunFrame = GpythonEvalCode, GpythonRunFrame
	}
	f()
}

func TestEval(t *testing.T) {
	for _, c := range evalCases {
		t.Run(c.name, func(t *testing.T) {
			withVM(true, func() {
				if got := runSource(t, c.src); got != c.want {
					t.Errorf("pyvm:\n got %s\nwant %s", got, c.want)
				}
			})
			if c.gpythonWrong {
				return
			}
			withVM(false, func() {
				if got := runSource(t, c.src); got != c.want {
					t.Errorf("gpython's VM (the case says it is right):\n got %s\nwant %s", got, c.want)
				}
			})
		})
	}
}

// TestStateLimitAndPool checks the depth limit, the tick and the pool
// through the hooks.
func TestStateLimitAndPool(t *testing.T) {
	ticks := 0
	st := &State{Limit: 50, Tick: func() error { ticks++; return nil }}
	old := StateOf
	StateOf = func(py.Context) *State { return st }
	defer func() { StateOf = old }()
	withVM(true, func() {
		got := runSource(t, `
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
out.append(down(20))
try:
    down(100)
except RuntimeError as e:
    out.append(str(e))
out.append(down(10))
`)
		want := "[20, 'maximum recursion depth exceeded', 10]"
		if got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
	if st.Depth != 0 {
		t.Errorf("depth %d after the run, want 0", st.Depth)
	}
	if ticks < 80 {
		t.Errorf("tick called %d times, want one per call", ticks)
	}
	if len(st.free) == 0 {
		t.Errorf("no frame went back to the pool")
	}
	for _, f := range st.free {
		if f.Code != nil || f.Globals != nil || f.Locals != nil {
			t.Fatalf("pooled frame not cleared: %+v", f)
		}
		for _, v := range f.Localsplus {
			if v != nil {
				t.Fatalf("pooled frame keeps a local")
			}
		}
		for _, v := range f.Stack[:cap(f.Stack)] {
			if v != nil {
				t.Fatalf("pooled frame keeps a stack value: %v", v)
			}
		}
	}
}

// TestTracebackFramesNotPooled checks that a frame named by a traceback
// keeps its code after later calls (the pool must not reuse it).
func TestTracebackFramesNotPooled(t *testing.T) {
	st := &State{Limit: 100}
	old := StateOf
	StateOf = func(py.Context) *State { return st }
	defer func() { StateOf = old }()
	withVM(true, func() {
		ctx := py.NewContext(py.DefaultContextOpts())
		defer ctx.Close()
		code, err := py.Compile("def bad():\n    raise ValueError('x')\ndef ok(a):\n    return a\n", "<tb>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		g := py.NewStringDict()
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			t.Fatal(err)
		}
		_, err = py.Call(g["bad"], nil, nil)
		ei, ok := err.(py.ExceptionInfo)
		if !ok || ei.Traceback == nil {
			t.Fatalf("error %#v has no traceback", err)
		}
		for i := 0; i < 10; i++ {
			if _, err := py.Call(g["ok"], py.Tuple{py.Int(i)}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if name := ei.Traceback.Frame.Code.Name; name != "bad" {
			t.Errorf("traceback frame's code is %q, want bad", name)
		}
	})
}

// TestOperatorHelper checks that a registered helper is computed for
// two ints without its call, and called otherwise.
func TestOperatorHelper(t *testing.T) {
	RegisterOperatorHelper("__test_add", 23) // BINARY_ADD
	RegisterComparisonHelper("__test_lt", 0) // PyCmp_LT
	defer delete(helpers, "__test_add")
	defer delete(helpers, "__test_lt")
	withVM(true, func() {
		ctx := py.NewContext(py.DefaultContextOpts())
		defer ctx.Close()
		called := py.MustNewMethod("__test_add", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return py.String("called"), nil
		}, 0, "")
		lt := py.MustNewMethod("__test_lt", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return py.String("called"), nil
		}, 0, "")
		code, err := py.Compile("out = [h(2, 3), h(9223372036854775807, 1) , h('a', 'b'), h(1, 2, 1), lt(1, 2), lt(1, 2, 3)]\n", "<h>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		g := py.StringDict{"h": called, "lt": lt}
		if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		r, _ := py.Repr(g["out"])
		if want := "[5, 'called', 'called', 3, True, 'called']"; string(r.(py.String)) != want {
			t.Errorf("got %s, want %s", r, want)
		}
	})
}

// TestCallMethod calls a Python function as a method from Go.
func TestCallMethod(t *testing.T) {
	withVM(true, func() {
		installed.Store(true)
		defer installed.Store(false)
		ctx := py.NewContext(py.DefaultContextOpts())
		defer ctx.Close()
		code, err := py.Compile("def m(self, a, *rest, k=0):\n    return [self, a, list(rest), k]\n", "<m>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		g := py.NewStringDict()
		if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		fn := g["m"].(*py.Function)
		args := make(py.Tuple, 10)
		for i := range args {
			args[i] = py.Int(i)
		}
		for _, c := range []struct {
			args py.Tuple
			kw   py.StringDict
			want string
		}{
			{py.Tuple{py.Int(1)}, nil, "['s', 1, [], 0]"},
			{args, py.StringDict{"k": py.Int(5)}, "['s', 0, [1, 2, 3, 4, 5, 6, 7, 8, 9], 5]"},
		} {
			res, err := CallMethod(fn, py.String("s"), c.args, c.kw)
			if err != nil {
				t.Fatal(err)
			}
			r, _ := py.Repr(res)
			if string(r.(py.String)) != c.want {
				t.Errorf("got %s, want %s", r, c.want)
			}
		}
		if _, err := CallMethod(fn, py.String("s"), nil, nil); err == nil || !strings.Contains(err.Error(), "missing 1 required positional argument: 'a'") {
			t.Errorf("error %v, want the missing argument", err)
		}
	})
}

// BenchmarkCall measures a Python call of a one-line function (per
// iteration: the loop step, the call and an addition).
func BenchmarkCall(b *testing.B) {
	st := &State{Limit: 1000, Tick: func() error { return nil }}
	old := StateOf
	StateOf = func(py.Context) *State { return st }
	defer func() { StateOf = old }()
	withVM(true, func() {
		ctx := py.NewContext(py.DefaultContextOpts())
		defer ctx.Close()
		code, err := py.Compile("def f(x):\n    return x + 1\ndef loop(n):\n    t = 0\n    for i in range(n):\n        t = f(t)\n    return t\n", "<bench>", py.ExecMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		g := py.NewStringDict()
		if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		if _, err := py.Call(g["loop"], py.Tuple{py.Int(b.N)}, nil); err != nil {
			b.Fatal(err)
		}
	})
}

// TestBuiltinKeepsArgs checks that a builtin may keep the argument
// slice it was given (sys.exit keeps it as its exception's args) after
// its caller returned and other calls reused pooled frames.
func TestBuiltinKeepsArgs(t *testing.T) {
	st := &State{Limit: 100}
	old := StateOf
	StateOf = func(py.Context) *State { return st }
	defer func() { StateOf = old }()
	withVM(true, func() {
		ctx := py.NewContext(py.DefaultContextOpts())
		defer ctx.Close()
		keepArgs := py.MustNewMethod("keep", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return args, nil // not a copy
		}, 0, "")
		code, err := py.Compile(`
def f(a, b):
    return keep(a, b)
def g(x):
    return (x, x, x)
r = f('a', 'b')
for i in range(5):
    g(i)
out = list(r)
`, "<keep>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		g := py.StringDict{"keep": keepArgs}
		if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		r, _ := py.Repr(g["out"])
		if want := "['a', 'b']"; string(r.(py.String)) != want {
			t.Errorf("got %s, want %s", r, want)
		}
	})
}
