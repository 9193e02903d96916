package pyrt

// This file defines __nbc_is(a, b), which the transpiler emits for `a is
// b` and `a is not b` between two non-literal operands (C-IS): gpython's VM
// compares identity with Go's ==, which panics when both operands are
// tuples (Go slices).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

func helperIs(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_is expected 2 arguments, got %d", len(args))
	}
	return py.NewBool(pyvm.Identical(args[0], args[1])), nil
}
