package transpile_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/transpile"
)

// TestLowerBinop checks which + and orderings go through pyrt's helpers
// (C-TUPLEADD, C-CMPSEQ): those that may involve tuples (or lists, for
// orderings), and only those, so arithmetic keeps the VM's opcodes.
func TestLowerBinop(t *testing.T) {
	tests := []struct {
		src     string
		helpers int // __nbc_add/__nbc_lt/.../__nbc_cmphold calls expected
		why     string
	}{
		{"def f(a, b):\n    return a + b", 1, "parameters may hold tuples"},
		{"def f(a, b):\n    return a < b", 1, "parameters may hold tuples or lists"},
		{"def f(a):\n    return a + 1, 1 + a, a + 'x', a < 2, a < len(a)", 0, "a literal or len() is not a tuple"},
		{"def f(n):\n    t = 0\n    for i in range(n):\n        t += i * 2\n    return t + n, i + n, t < n", 0, "locals only ever assigned numbers"},
		{"def f(n):\n    t = 0\n    t = g()\n    return t + n", 1, "one binding of t is unknown"},
		{"def f(p):\n    a, b = p\n    return a + b", 1, "unpacked values may be tuples"},
		{"def f(n):\n    k = n - 1\n    j = k * 2\n    return k + n, j + n", 0, "results of - and of * between known values"},
		{"def f(n, m):\n    k = n * m\n    return k + n", 1, "n * m may be a tuple"},
		{"def f(n):\n    s = 0\n    def g():\n        nonlocal s\n        s = n\n    return s + n", 1, "rebound by a nested function"},
		{"x = 1\ny = x + z", 1, "module-level names may be rebound by other cells"},
		{"len = g\ny = len(a) + b", 1, "a rebound builtin is not trusted"},
		{"def f(a):\n    b = [a]\n    return b + a, b < a", 1, "a list is not a tuple but may be ordered as a sequence"},
		{"def f(a, b):\n    return (a if b else 1) + b, (not a) + b, -a + b", 1, "only the if-else with an unknown branch"},
		{"def f(a, b, c):\n    return a < b < c", 2, "chained: each pair"},
		{"def f(a, b):\n    return a < g() < b", 2, "chained with a call inside: held by __nbc_cmphold, then the next pair"},
		{"def f(a, b):\n    return a < g() < (1, b) < b", 3, "a tuple display inside is held too"},
		{"def f(a, b):\n    return a < g() < h() < b", 3, "two calls in a row: each held"},
		{"def f(a, b):\n    return a < g() in b", 1, "in after a held operand: its opcode on __nbc_cmpheld()"},
		{"def f(a, b):\n    return a in g() < b", 2, "in before an inner call: held by __nbc_cmphold too"},
		{"def f(a):\n    return 1 < g() < 3", 0, "literal numbers: left as written"},
		{"def f(a, b):\n    a += b\n    return a", 1, "augmented + on unknowns"},
		{"def f(o, b):\n    o.x += b\n    return o", 1, "augmented + on an attribute"},
		{"def f(a, b):\n    return [a + i for i in range(b)]", 1, "a comprehension variable is unknown to the enclosing function"},
		{"def f(n):\n    t = 0\n    return [t + i for i in range(n)]", 0, "a comprehension sees the enclosing function's known locals"},
	}
	for _, tt := range tests {
		res, err := transpile.Cell(tt.src, transpile.Options{NoChecks: true})
		if err != nil {
			t.Fatalf("Cell(%q): %v", tt.src, err)
		}
		n := 0
		for _, h := range []string{"__nbc_add(", "__nbc_lt(", "__nbc_le(", "__nbc_gt(", "__nbc_ge(", "__nbc_cmphold("} {
			n += strings.Count(res.Code, h)
		}
		if n != tt.helpers {
			t.Errorf("%s: %d helper calls, want %d\n%s\n->\n%s", tt.why, n, tt.helpers, tt.src, res.Code)
		}
	}
}
