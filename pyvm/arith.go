package pyvm

// This file holds the operators: fast paths for ints and floats, which
// give exactly what gpython's py.Int and py.Float methods give (on int
// overflow they are called, and make gpython's big ints), and
// gpython's generic dispatch for everything else.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Small ints are boxed once, so that results in this range do not
// allocate.
const (
	smallMin = -5
	smallMax = 1024
)

var smallInts = func() (t [smallMax - smallMin + 1]py.Object) {
	for i := range t {
		t[i] = py.Int(i + smallMin)
	}
	return t
}()

// mkInt boxes i.
func mkInt(i py.Int) py.Object {
	if i >= smallMin && i <= smallMax {
		return smallInts[i-smallMin]
	}
	return i
}

// fits32 reports whether i is small enough that a product of two such
// cannot overflow an int64.
func fits32(i py.Int) bool { return i >= -1<<31 && i < 1<<31 }

// binary is the BINARY_* and INPLACE_* operators.
func binary(op vm.OpCode, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			switch op {
			case vm.BINARY_ADD, vm.INPLACE_ADD:
				if r := x + y; (r > x) == (y > 0) {
					return mkInt(r), nil
				}
			case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
				if r := x - y; (r < x) == (y > 0) {
					return mkInt(r), nil
				}
			case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
				if fits32(x) && fits32(y) {
					return mkInt(x * y), nil
				}
			case vm.BINARY_MODULO, vm.INPLACE_MODULO:
				if x >= 0 && y > 0 {
					return mkInt(x % y), nil
				}
			case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
				if x >= 0 && y > 0 {
					return mkInt(x / y), nil
				}
			case vm.BINARY_AND, vm.INPLACE_AND:
				return mkInt(x & y), nil
			case vm.BINARY_OR, vm.INPLACE_OR:
				return mkInt(x | y), nil
			case vm.BINARY_XOR, vm.INPLACE_XOR:
				return mkInt(x ^ y), nil
			}
		}
	} else if x, ok := a.(py.Float); ok {
		if y, ok := b.(py.Float); ok {
			switch op {
			case vm.BINARY_ADD, vm.INPLACE_ADD:
				return x + y, nil
			case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
				return x - y, nil
			case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
				return x * y, nil
			}
		}
	}
	switch op {
	case vm.BINARY_ADD:
		return py.Add(a, b)
	case vm.BINARY_SUBTRACT:
		return py.Sub(a, b)
	case vm.BINARY_MULTIPLY:
		return py.Mul(a, b)
	case vm.BINARY_MODULO, vm.INPLACE_MODULO: // gpython has no in-place modulo
		return py.Mod(a, b)
	case vm.BINARY_POWER:
		return py.Pow(a, b, py.None)
	case vm.BINARY_FLOOR_DIVIDE:
		return py.FloorDiv(a, b)
	case vm.BINARY_TRUE_DIVIDE:
		return py.TrueDiv(a, b)
	case vm.BINARY_LSHIFT:
		return py.Lshift(a, b)
	case vm.BINARY_RSHIFT:
		return py.Rshift(a, b)
	case vm.BINARY_AND:
		return py.And(a, b)
	case vm.BINARY_XOR:
		return py.Xor(a, b)
	case vm.BINARY_OR:
		return py.Or(a, b)
	case vm.INPLACE_ADD:
		return py.IAdd(a, b)
	case vm.INPLACE_SUBTRACT:
		return py.ISub(a, b)
	case vm.INPLACE_MULTIPLY:
		return py.IMul(a, b)
	case vm.INPLACE_POWER:
		return py.IPow(a, b, py.None)
	case vm.INPLACE_FLOOR_DIVIDE:
		return py.IFloorDiv(a, b)
	case vm.INPLACE_TRUE_DIVIDE:
		return py.ITrueDiv(a, b)
	case vm.INPLACE_LSHIFT:
		return py.ILshift(a, b)
	case vm.INPLACE_RSHIFT:
		return py.IRshift(a, b)
	case vm.INPLACE_AND:
		return py.IAnd(a, b)
	case vm.INPLACE_XOR:
		return py.IXor(a, b)
	case vm.INPLACE_OR:
		return py.IOr(a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "not a binary operator: %d", op)
}

// unary is the UNARY_* operators.
func unary(op vm.OpCode, a py.Object) (py.Object, error) {
	switch op {
	case vm.UNARY_NOT:
		t, err := truth(a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(!t), nil
	case vm.UNARY_NEGATIVE:
		if x, ok := a.(py.Int); ok && x > -1<<63 {
			return mkInt(-x), nil
		}
		return py.Neg(a)
	case vm.UNARY_POSITIVE:
		return py.Pos(a)
	case vm.UNARY_INVERT:
		return py.Invert(a)
	}
	return nil, py.ExceptionNewf(py.SystemError, "not a unary operator: %d", op)
}

// subscript is BINARY_SUBSCR: a[b].
func subscript(a, b py.Object) (py.Object, error) {
	if i, ok := b.(py.Int); ok {
		switch x := a.(type) {
		case *py.List:
			if i >= 0 && int(i) < len(x.Items) {
				return x.Items[i], nil
			}
		case py.Tuple:
			if i >= 0 && int(i) < len(x) {
				return x[i], nil
			}
		}
	}
	return py.GetItem(a, b)
}
