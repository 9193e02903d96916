package transpile_test

import "testing"

// TestKeywordOrder covers the keyword-order lowering (docs/lowering.md,
// "Keyword order"): call sites record their keyword order, functions with
// **name make it an ordered dict first.
func TestKeywordOrder(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		// No order to record: unchanged.
		{"f(a=1);", "f(a=1)"},
		{"f(1, 2);", "f(1, 2)"},
		{"f(*a, k=1);", "f(*a, k=1)"},
		// Two or more keywords: the last thing gpython evaluates records.
		{"f(x, b=1, a=2);", "f(x, b=1, a=__nbc_ko(2, 'b a'))"},
		{"f(b=g(y=1, x=2), a=3);", "f(b=g(y=1, x=__nbc_ko(2, 'y x')), a=__nbc_ko(3, 'b a'))"},
		{"f(*args, b=1, a=2);", "f(*__nbc_ko(args, 'b a'), b=1, a=2)"},
		// **m records the explicit keywords, then the mapping's keys.
		{"f(**kw);", "f(**__nbc_kw(kw))"},
		{"f(*args, **kw);", "f(*args, **__nbc_kw(kw))"},
		{"f(b=1, a=2, **kw);", "f(b=1, a=2, **__nbc_kw(kw, 'b a'))"},
		// Several ** go through __nbc_call, which records the order itself.
		{"f(**a, **b);", "__nbc_call(f, __nbc_dict_merge(a, b))"},
		// dict(...) with keywords: __nbc_call inserts them in call order.
		{"d = dict(b=1, a=2)", "d = __nbc_call(dict, __nbc_dict('b', 1, 'a', 2))"},
		{"d = dict(**kw)", "d = __nbc_call(dict, __nbc_dict_merge(kw))"},
		{"d = dict(x, b=1, **kw)", "d = __nbc_call(dict, (x,), __nbc_dict_merge(__nbc_dict('b', 1), kw))"},
		{"d = dict(a=1)", "d = dict(a=1)"},
		// A function with **name orders it first (after its docstring).
		{"def f(**kw):\n    return kw", "def f(**kw):\n    kw = __nbc_kwargs(kw)\n    return kw"},
		{"def f(a, *args, **kwargs):\n    'doc'\n    pass", "def f(a, *args, **kwargs):\n    'doc'\n    kwargs = __nbc_kwargs(kwargs)\n    pass"},
		{"class C:\n    def m(self, **__kw):\n        return __kw", "class C:\n    def m(self, **_C__kw):\n        _C__kw = __nbc_kwargs(_C__kw)\n        return _C__kw"},
	} {
		expectTranspiled(t, tt.src, tt.want)
	}
}
