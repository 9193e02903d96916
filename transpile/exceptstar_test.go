package transpile_test

import "testing"

func TestExceptStar(t *testing.T) {
	expectTranspiled(t, "try:\n    f()\nexcept* ValueError as eg:\n    print(eg)\nexcept* (TypeError, KeyError):\n    raise\nelse:\n    g()\nfinally:\n    h()",
		`try:
    try:
        f()
    except BaseException as __nbc_es1x:
        __nbc_es1g = __nbc_eg_start(__nbc_es1x)
        __nbc_es1e = __nbc_eg_match(__nbc_es1g, ValueError)
        if __nbc_es1e is not None:
            try:
                try:
                    raise __nbc_es1g.current
                except BaseException:
                    eg = __nbc_es1e
                    print(eg)
            except BaseException as __nbc_es1y:
                __nbc_eg_raised(__nbc_es1g, __nbc_es1y)
            eg = None; del eg
        __nbc_es1e = __nbc_eg_match(__nbc_es1g, (TypeError, KeyError))
        if __nbc_es1e is not None:
            try:
                try:
                    raise __nbc_es1g.current
                except BaseException:
                    raise
            except BaseException as __nbc_es1y:
                __nbc_eg_raised(__nbc_es1g, __nbc_es1y)
        del __nbc_es1e
        if __nbc_eg_end(__nbc_es1g): raise
        del __nbc_es1g
    else:
        g()
finally:
    h()`)
	// In a function the temporaries are locals, not deleted.
	expectTranspiled(t, "def f():\n    try:\n        pass\n    except* E:\n        pass",
		"def f():\n    try:\n        pass\n    except BaseException as __nbc_es1x:\n        __nbc_es1g = __nbc_eg_start(__nbc_es1x)\n        __nbc_es1e = __nbc_eg_match(__nbc_es1g, E)\n        if __nbc_es1e is not None:\n            try:\n                try:\n                    raise __nbc_es1g.current\n                except BaseException:\n                    pass\n            except BaseException as __nbc_es1y:\n                __nbc_eg_raised(__nbc_es1g, __nbc_es1y)\n        if __nbc_eg_end(__nbc_es1g): raise")
	expectTranspileError(t, "def f():\n    try:\n        pass\n    except* E:\n        return 1", "'break', 'continue' and 'return' cannot appear in an except* block")
}
