package pyvm

// This file holds the operators: fast paths for ints and floats, which
// give exactly what gpython's py.Int and py.Float methods give (on int
// overflow they are called, and make gpython's big ints), and
// gpython's generic dispatch for everything else.

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/internal/crmath"
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

// fastInt is x op y for the operators whose int result needs no big
// int: ok is false when gpython's method must be called.
func fastInt(op vm.OpCode, x, y py.Int) (py.Object, bool) {
	switch op {
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		if r := x + y; (r > x) == (y > 0) {
			return mkInt(r), true
		}
	case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
		if r := x - y; (r < x) == (y > 0) {
			return mkInt(r), true
		}
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		if fits32(x) && fits32(y) {
			return mkInt(x * y), true
		}
	case vm.BINARY_MODULO, vm.INPLACE_MODULO:
		if x >= 0 && y > 0 {
			return mkInt(x % y), true
		}
	case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
		if x >= 0 && y > 0 {
			return mkInt(x / y), true
		}
	case vm.BINARY_AND, vm.INPLACE_AND:
		return mkInt(x & y), true
	case vm.BINARY_OR, vm.INPLACE_OR:
		return mkInt(x | y), true
	case vm.BINARY_XOR, vm.INPLACE_XOR:
		return mkInt(x ^ y), true
	}
	return nil, false
}

// fastFloat is x op y for floats.
func fastFloat(op vm.OpCode, x, y py.Float) (py.Object, bool) {
	switch op {
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		return x + y, true
	case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
		return x - y, true
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		return x * y, true
	case vm.BINARY_MODULO, vm.INPLACE_MODULO:
		if y != 0 {
			_, mod := crmath.FloorDivmod(float64(x), float64(y))
			return py.Float(mod), true
		}
	case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
		if y != 0 {
			div, _ := crmath.FloorDivmod(float64(x), float64(y))
			return py.Float(div), true
		}
	}
	return nil, false
}

// binary is the BINARY_* and INPLACE_* operators.
func binary(op vm.OpCode, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			if r, ok := fastInt(op, x, y); ok {
				return r, nil
			}
		}
	} else if x, ok := a.(py.Float); ok {
		if y, ok := b.(py.Float); ok {
			if r, ok := fastFloat(op, x, y); ok {
				return r, nil
			}
		} else if y, ok := b.(py.Int); ok && isDivmodOp(op) {
			if r, ok := fastFloat(op, x, py.Float(y)); ok {
				return r, nil
			}
		}
	}
	if x, ok := a.(py.Int); ok && isDivmodOp(op) {
		if y, ok := b.(py.Float); ok {
			if r, ok := fastFloat(op, py.Float(x), y); ok {
				return r, nil
			}
		}
	}
	if x, ok := a.(py.Bool); ok {
		if y, ok := b.(py.Bool); ok {
			return boolBinary(op, x, y)
		}
	}
	if x, ok := a.(py.Bytes); ok && (op == vm.BINARY_MULTIPLY || op == vm.INPLACE_MULTIPLY) {
		// gpython's bytes cannot be repeated.
		if n, ok := b.(py.Int); ok {
			return repeatBytes(x, int(n)), nil
		}
	} else if x, ok := b.(py.Bytes); ok && (op == vm.BINARY_MULTIPLY || op == vm.INPLACE_MULTIPLY) {
		if n, ok := a.(py.Int); ok {
			return repeatBytes(x, int(n)), nil
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
		if r, ok, err := typeOr(a, b); ok {
			return r, err
		}
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
		if r, ok, err := typeOr(a, b); ok {
			return r, err
		}
		return py.IOr(a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "not a binary operator: %d", op)
}

// unary is the UNARY_* operators.
func unary(op vm.OpCode, a py.Object) (py.Object, error) {
	if x, ok := a.(py.Bool); ok && op != vm.UNARY_NOT {
		a = BoolInt(x)
	}
	switch op {
	case vm.UNARY_NOT:
		t, err := Truth(a)
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
	if x, ok := a.(py.Bytes); ok {
		// gpython's bytes cannot be subscripted at all.
		return bytesItem(x, b)
	}
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

// An operator helper is a builtin that the transpiler calls in place of
// an operator (pyrt's __nbc_add, __nbc_lt, ...): for two ints its result
// is the operator's, which pyvm computes without the call.
type operatorHelper struct {
	op  vm.OpCode // a BINARY_* operator, or COMPARE_OP with cmp
	cmp int
	div bool // true division
}

var helpers = map[string]operatorHelper{}

// RegisterOperatorHelper declares that the builtin method called name,
// given two ints (and optionally a third argument marking an augmented
// assignment), returns what op (a BINARY_* opcode) returns for them.
// It must be called before any Python runs.
func RegisterOperatorHelper(name string, op vm.OpCode) {
	helpers[name] = operatorHelper{op: op}
}

// RegisterComparisonHelper is RegisterOperatorHelper for a comparison
// (vm.PyCmp_LT, ...).
func RegisterComparisonHelper(name string, cmp int) {
	helpers[name] = operatorHelper{op: vm.COMPARE_OP, cmp: cmp}
}

// RegisterTrueDivHelper declares the helper for / (int / int is a
// float, exact when both are below 2**53).
func RegisterTrueDivHelper(name string) {
	helpers[name] = operatorHelper{div: true}
}

// helperFast computes helper m on two ints without calling it; ok is
// false when it must be called.
func helperFast(st *State, m *py.Method, nargs int, a, b py.Object) (py.Object, bool) {
	x, ok := a.(py.Int)
	if !ok {
		return nil, false
	}
	y, ok := b.(py.Int)
	if !ok {
		return nil, false
	}
	h, ok := st.helperOf(m)
	if !ok || nargs == 3 && (h.op == vm.COMPARE_OP || h.op == vm.BINARY_MODULO) {
		// pyrt's comparison and modulo helpers take two arguments only.
		return nil, false
	}
	switch {
	case h.div:
		const exact = 1 << 53
		if y != 0 && x <= exact && x >= -exact && y <= exact && y >= -exact {
			return py.Float(float64(x) / float64(y)), true
		}
		return nil, false
	case h.op == vm.COMPARE_OP:
		return intCompare(h.cmp, x, y)
	}
	return fastInt(h.op, x, y)
}

// intCompare is x cmp y.
func intCompare(cmp int, x, y py.Int) (py.Object, bool) {
	switch cmp {
	case vm.PyCmp_LT:
		return py.NewBool(x < y), true
	case vm.PyCmp_LE:
		return py.NewBool(x <= y), true
	case vm.PyCmp_EQ:
		return py.NewBool(x == y), true
	case vm.PyCmp_NE:
		return py.NewBool(x != y), true
	case vm.PyCmp_GT:
		return py.NewBool(x > y), true
	case vm.PyCmp_GE:
		return py.NewBool(x >= y), true
	}
	return nil, false
}

// helperCacheSize bounds the methods a State remembers as being, or not
// being, operator helpers.
const helperCacheSize = 16

type helperEntry struct {
	m  *py.Method
	h  operatorHelper
	ok bool
}

// helperOf looks m up among the operator helpers, through st's cache of
// the methods seen (the helpers are a context's builtins, few and
// long-lived; the cache spares hashing their names at every call).
func (st *State) helperOf(m *py.Method) (operatorHelper, bool) {
	if st == nil {
		h, ok := helpers[m.Name]
		return h, ok
	}
	for i := range st.helperCache {
		if e := &st.helperCache[i]; e.m == m {
			return e.h, e.ok
		}
	}
	h, ok := helpers[m.Name]
	st.helperCache[st.helperNext%helperCacheSize] = helperEntry{m, h, ok}
	st.helperNext++
	return h, ok
}

// bytesItem is x[key] for bytes: an int, or bytes for a slice.
func bytesItem(x py.Bytes, key py.Object) (py.Object, error) {
	switch k := key.(type) {
	case *py.Slice:
		start, _, step, n, err := k.GetIndices(len(x))
		if err != nil {
			return nil, err
		}
		out := make(py.Bytes, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = x[j]
		}
		return out, nil
	case py.Int, py.Bool, *py.BigInt:
		i, err := py.IndexInt(k)
		if err != nil {
			return nil, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		if i < 0 {
			i += len(x)
		}
		if i < 0 || i >= len(x) {
			return nil, py.ExceptionNewf(py.IndexError, "index out of range")
		}
		return mkInt(py.Int(x[i])), nil
	}
	if _, ok := key.(py.I__index__); ok {
		i, err := py.IndexInt(key)
		if err != nil {
			return nil, err
		}
		return bytesItem(x, py.Int(i))
	}
	return nil, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
}

// bytesContains is `item in x` for bytes.
func bytesContains(x py.Bytes, item py.Object) (bool, error) {
	switch v := item.(type) {
	case py.Bytes:
		return strings.Contains(string(x), string(v)), nil
	case py.Int:
		if v < 0 || v > 255 {
			return false, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return strings.IndexByte(string(x), byte(v)) >= 0, nil
	}
	return false, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
}

// repeatBytes is x * n.
func repeatBytes(x py.Bytes, n int) py.Object {
	if n <= 0 {
		return py.Bytes{}
	}
	return py.Bytes(strings.Repeat(string(x), n))
}

// isDivmodOp reports whether op is % or //, which floats compute from
// C's fmod (crmath.FloorDivmod): gpython's lost precision.
func isDivmodOp(op vm.OpCode) bool {
	switch op {
	case vm.BINARY_MODULO, vm.INPLACE_MODULO, vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
		return true
	}
	return false
}

// typeOr is a | b of classes (int | None) through the TypeOr hook: gpython's
// type has no __or__.
func typeOr(a, b py.Object) (py.Object, bool, error) {
	if TypeOr == nil {
		return nil, false, nil
	}
	_, ta := a.(*py.Type)
	_, tb := b.(*py.Type)
	if !ta && !tb {
		return nil, false, nil
	}
	return TypeOr(a, b)
}
