package pyvm

// This file makes bool an int in the operators, as in CPython: gpython's
// bool has arithmetic only against an int, so True + True, -True,
// True < False and True & True raised TypeError.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// BoolInt is the bool b as the int 0 or 1. It is the one conversion the
// runtime layers above use too (pyrt).
func BoolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

// boolBinary is a op b for two bools: &, | and ^ give a bool, the rest
// what the ints 0 and 1 give.
func boolBinary(op vm.OpCode, a, b py.Bool) (py.Object, error) {
	switch op {
	case vm.BINARY_AND, vm.INPLACE_AND:
		return py.NewBool(bool(a && b)), nil
	case vm.BINARY_OR, vm.INPLACE_OR:
		return py.NewBool(bool(a || b)), nil
	case vm.BINARY_XOR, vm.INPLACE_XOR:
		return py.NewBool(a != b), nil
	}
	return binary(op, BoolInt(a), BoolInt(b))
}
