package transpile_test

import "testing"

// TestFreeVarComprehensions: C-FREEVAR in comprehensions and lambdas
// that have both cell and free variables (lower_freevar.go).
func TestFreeVarComprehensions(t *testing.T) {
	expectTranspiled(t, "def t(m):\n    return [[m[j][i] for j in range(s)] for i in range(r)]",
		"def t(m):\n    __nbc_c_m = m\n    return [[__nbc_f_m()[j][i] for j in range(s) if __nbc_on] for (__nbc_f_m, ), i in __nbc_env((lambda: __nbc_c_m, ), range(r)) if __nbc_on]")
	expectTranspiled(t, "def t(b):\n    return [lambda: b + i for i in range(r)]",
		"def t(b):\n    __nbc_c_b = b\n    return [lambda: __nbc_add(__nbc_f_b(), i) for (__nbc_f_b, ), i in __nbc_env((lambda: __nbc_c_b, ), range(r)) if __nbc_on]")
	expectTranspiled(t, "def t(b):\n    return [[b for j in range(s)] for i in range(r)]",
		"def t(b):\n    __nbc_c_b = b\n    return [[__nbc_c_b for j in range(s) if __nbc_on] for i in range(r) if __nbc_on]")
	expectTranspiled(t, "x = [[m for j in range(s)] for i in range(r)]",
		"x = [[m for j in range(s) if __nbc_on] for i in range(r) if __nbc_on]")
	expectTranspiled(t, "def t(a):\n    return lambda x: lambda y: x + a",
		"def t(a):\n    __nbc_c_a = a\n    return lambda x: [lambda y: __nbc_add(__nbc_c_x, __nbc_f_a()) for (__nbc_c_x, __nbc_f_a) in [(x, lambda: __nbc_c_a)]][0]")
}

// TestFreeVarNonlocal: a variable declared nonlocal in or below a
// function with cell variables reaches it as its cell.
func TestFreeVarNonlocal(t *testing.T) {
	expectTranspiled(t, "def o():\n    n = 0\n    def m():\n        s = 2\n        def i():\n            nonlocal n\n            n += s\n        return i\n    return m",
		"def o():\n    n = 0\n    def m(*, __nbc_p_n=__nbc_cell(lambda: n)):\n        __nbc_f_n = __nbc_p_n\n        s = 2\n        def i():\n            pass\n            __nbc_cset(__nbc_f_n, __nbc_add(__nbc_cget(__nbc_f_n), s))\n        return i\n    return m")
	expectTranspileError(t, "def o():\n    n = 0\n    def m():\n        s = 2\n        def i():\n            nonlocal n\n            for n in s: pass\n        return i\n    return m", "nonlocal through a function with cell variables")
}
