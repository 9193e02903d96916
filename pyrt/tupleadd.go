package pyrt

// This file defines __nbc_add(a, b) and __nbc_add(a, b, 1), which the
// transpiler emits for `a + b` and `t += b` when both operands may be
// tuples (C-TUPLEADD, transpile/lower_binop.go): gpython's Tuple.__add__
// copies the right operand at the offset of its own length, so
// (1, 2) + (3,) gave (1, 3, <NULL>).

import "github.com/go-python/gpython/py"

// ConcatTuples returns a + b as a new tuple.
func ConcatTuples(a, b py.Tuple) py.Tuple {
	out := make(py.Tuple, 0, len(a)+len(b))
	out = append(out, a...)
	return append(out, b...)
}

// Add is a + b, with tuple concatenation done right.
func Add(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			return ConcatTuples(x, y), nil
		}
	}
	a, b, _ = boolInts(a, b)
	return py.Add(a, b)
}

// IAdd is a += b, with tuple concatenation done right.
func IAdd(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			return ConcatTuples(x, y), nil
		}
	}
	a, b, _ = boolInts(a, b)
	return py.IAdd(a, b)
}

func helperAdd(args py.Tuple, kw py.StringDict) (py.Object, error) {
	switch {
	case len(kw) > 0:
	case len(args) == 2:
		return Add(args[0], args[1])
	case len(args) == 3:
		return IAdd(args[0], args[1])
	}
	return nil, py.ExceptionNewf(py.TypeError, "__nbc_add expected 2 or 3 arguments, got %d", len(args))
}
