package transpile_test

import "testing"

// TestFreeVarComprehensions: C-FREEVAR in comprehensions and lambdas
// that have both cell and free variables (lower_freevar.go).
func TestFreeVarComprehensions(t *testing.T) {
	expectTranspiled(t, "def t(m):\n    return [[m[j][i] for j in range(s)] for i in range(r)]",
		"def t(m):\n    __nbc_c_m = m\n    return [[__nbc_f_m()[j][i] for j in range(s) if __nbc_on] for (__nbc_f_m, ), i in __nbc_env((lambda: __nbc_c_m, ), range(r)) if __nbc_on]")
	expectTranspiled(t, "def t(b):\n    return [lambda: b + i for i in range(r)]",
		"def t(b):\n    __nbc_c_b = b\n    return [lambda: __nbc_f_b() + i for (__nbc_f_b, ), i in __nbc_env((lambda: __nbc_c_b, ), range(r)) if __nbc_on]")
	expectTranspiled(t, "def t(b):\n    return [[b for j in range(s)] for i in range(r)]",
		"def t(b):\n    __nbc_c_b = b\n    return [[__nbc_c_b for j in range(s) if __nbc_on] for i in range(r) if __nbc_on]")
	expectTranspiled(t, "x = [[m for j in range(s)] for i in range(r)]",
		"x = [[m for j in range(s) if __nbc_on] for i in range(r) if __nbc_on]")
	expectTranspiled(t, "def t(a):\n    return lambda x: lambda y: x + a",
		"def t(a):\n    __nbc_c_a = a\n    return lambda x: [lambda y: __nbc_c_x + __nbc_f_a() for (__nbc_c_x, __nbc_f_a) in [(x, lambda: __nbc_c_a)]][0]")
}
