package transpile_test

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestMatch(t *testing.T) {
	expectTranspiled(t, "match x:\n    case y:\n        pass",
		"__nbc_m1 = x\ny = __nbc_m1\npass\ndel __nbc_m1")
	expectTranspiled(t, "match p:\n    case [a, *_, b] if a:\n        f(a, b)\n    case {'k': 1 | 2 as v, **kw}:\n        g(v)\n    case Point(0, y=yy):\n        h()\n    case None:\n        pass\n    case _:\n        other()",
		`__nbc_m1 = p; __nbc_m1d = False
__nbc_m1b = __nbc_match(__nbc_m1, 2, ('s', (('c', 0, None), ('*', -1), ('c', 1, None)), 1))
if __nbc_m1b is not None:
    a, b = __nbc_m1b
    if a:
        __nbc_m1d = True
        f(a, b)
if not __nbc_m1d:
    __nbc_m1b = __nbc_match(__nbc_m1, 2, ('m', ('k',), (('c', 0, ('o', ('v', 1), ('v', 2))),), 1))
    if __nbc_m1b is not None:
        v, kw = __nbc_m1b
        __nbc_m1d = True
        g(v)
if not __nbc_m1d:
    __nbc_m1b = __nbc_match(__nbc_m1, 1, ('k', Point, (('v', 0),), ("y",), (('c', 0, None),)))
    if __nbc_m1b is not None:
        yy = __nbc_m1b[0]
        __nbc_m1d = True
        h()
if not __nbc_m1d:
    if __nbc_match(__nbc_m1, 0, ('i', None)) is not None:
        __nbc_m1d = True
        pass
if not __nbc_m1d:
    other()
del __nbc_m1, __nbc_m1d, __nbc_m1b`)
	// In a function the temporaries are plain locals, left alone; a
	// return in a body returns from the function.
	expectTranspiled(t, "def f(v):\n    match v:\n        case int(n):\n            return n\n        case str():\n            return 0",
		`def f(v):
    __nbc_m1 = v; __nbc_m1d = False
    __nbc_m1b = __nbc_match(__nbc_m1, 1, ('k', int, (('c', 0, None),), (), ()))
    if __nbc_m1b is not None:
        n = __nbc_m1b[0]
        __nbc_m1d = True
        return n
    if not __nbc_m1d:
        if __nbc_match(__nbc_m1, 0, ('k', str, (), (), ())) is not None:
            return 0`)
	// A class body keeps no temporary as a class attribute.
	expectTranspiled(t, "class C:\n    match k:\n        case 1:\n            x = 1",
		"class C:\n    __nbc_m1 = k\n    if __nbc_match(__nbc_m1, 0, ('v', 1)) is not None:\n        x = 1\n    del __nbc_m1")
	// The bind temporary is defined up front when the first case may not
	// assign it.
	expectTranspiled(t, "match k:\n    case 1:\n        pass\n    case [x]:\n        pass",
		"__nbc_m1 = k; __nbc_m1d = False; __nbc_m1b = None\nif __nbc_match(__nbc_m1, 0, ('v', 1)) is not None:\n    __nbc_m1d = True\n    pass\nif not __nbc_m1d:\n    __nbc_m1b = __nbc_match(__nbc_m1, 1, ('s', (('c', 0, None),), -1))\n    if __nbc_m1b is not None:\n        x = __nbc_m1b[0]\n        pass\ndel __nbc_m1, __nbc_m1d, __nbc_m1b")
	// Nested matches get their own temporaries; a walrus in a guard is
	// hoisted into the case.
	expectTranspiled(t, "match a, b:\n    case (1, y) if (z := y + 1):\n        match z:\n            case 2:\n                pass",
		"__nbc_m1 = (a, b)\n__nbc_m1b = __nbc_match(__nbc_m1, 1, ('s', (('v', 1), ('c', 0, None)), -1))\nif __nbc_m1b is not None:\n    y = __nbc_m1b[0]\n    z = y + 1\n    if (z):\n        __nbc_m2 = z\n        if __nbc_match(__nbc_m2, 0, ('v', 2)) is not None:\n            pass\n        del __nbc_m2\ndel __nbc_m1, __nbc_m1b")
	// Captured names resolve like any binding (mangled in a class).
	expectTranspiled(t, "class C:\n    def m(self, v):\n        match v:\n            case [__x]:\n                return __x",
		"class C:\n    def m(self, v):\n        __nbc_m1 = v\n        __nbc_m1b = __nbc_match(__nbc_m1, 1, ('s', (('c', 0, None),), -1))\n        if __nbc_m1b is not None:\n            _C__x = __nbc_m1b[0]\n            return _C__x")
	expectTranspileError(t, "match x:\n    case y:\n        pass\n    case 1:\n        pass", "name capture 'y' makes remaining patterns unreachable")
	expectTranspileError(t, "match x:\n    case [a] | [b]:\n        pass", "alternative patterns bind different names")
	expectTranspileError(t, "match x:\n    case [__nbc_m1]:\n        pass", "reserved")
}

// TestRunMatch runs lowered match statements on a bare gpython context
// with the transpiler's helpers.
func TestRunMatch(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"sequence", "out = []\nfor v in [[1, 2], (3,), [4, 5, 6], 'ab', 7]:\n    match v:\n        case [a, b]:\n            out.append(('two', a, b))\n        case [a, *rest]:\n            out.append(('star', a, rest))\n        case _:\n            out.append('other')\nout = tuple(out)", "(('two', 1, 2), ('star', 3, []), ('star', 4, [5, 6]), 'other', 'other')"},
		{"class", "class P:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\nmatch P(1, 2):\n    case P(0, _):\n        out = 'no'\n    case P(a, y=b):\n        out = (a, b)", "(1, 2)"},
		{"builtin self", "match 5:\n    case str(s):\n        out = s\n    case int(i):\n        out = i * 2", "10"},
		{"or as guard", "out = []\nfor v in [1, 2, 3, 4]:\n    match v:\n        case (1 | 2) as n if n > 1:\n            out.append(n)\n        case n:\n            out.append(-n)\nout = tuple(out)", "(-1, 2, -3, -4)"},
		{"break continue", "out = []\nfor v in range(10):\n    match v:\n        case 2:\n            continue\n        case 5:\n            break\n    out.append(v)\nout = tuple(out)", "(0, 1, 3, 4)"},
		{"generator", "def g():\n    for x in [(1, 2), 5]:\n        match x:\n            case (a, b):\n                yield a + b\n            case _:\n                yield x\nout = list(g())", "[3, 5]"},
		{"error", "try:\n    match 1:\n        case len():\n            pass\nexcept TypeError as e:\n    out = str(e)", "'called match pattern must be a type'"},
		{"no temporaries left", "match [1]:\n    case [x]:\n        pass\n    case _:\n        pass\nout = sorted(filter(lambda n: n.startswith('__nbc'), globals()))", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := py.Repr(runScript(t, tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if string(got.(py.String)) != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
