package pyrt

// This file defines __nbc_add(a, b), which the transpiler emits for `a +
// b` and `t += b` when an operand is a tuple display (C-TUPLEADD):
// gpython's Tuple.__add__ copies the right operand at the offset of its
// own length, so (1, 2) + (3,) gave (1, 3, <NULL>).

import "github.com/go-python/gpython/py"

// Add is a + b, with tuple concatenation done right.
func Add(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(x)+len(y))
			out = append(out, x...)
			return append(out, y...), nil
		}
	}
	return py.Add(a, b)
}

func helperAdd(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_add expected 2 arguments, got %d", len(args))
	}
	return Add(args[0], args[1])
}
