package pyobj

// This file defines types.UnionType (PEP 604): int | None, int | str,
// list[int] | None. pyvm calls [TypeOr] for `|` when an operand is a
// class (gpython's type has no __or__).

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// UnionType is X | Y of classes and generic aliases.
type UnionType struct {
	args py.Tuple
}

// UnionTypeType is types.UnionType.
var UnionTypeType = newGoType("UnionType", "Represent a PEP 604 union type\n\nE.g. for int | str")

// Type returns types.UnionType.
func (u *UnionType) Type() *py.Type { return UnionTypeType }

func init() {
	UnionTypeType.Dict["__module__"] = py.String("types")
	pyvm.TypeOr = TypeOr
}

// unionable is CPython 3.11's is_unionable: None, a class, a generic
// alias or a union.
func unionable(o py.Object) bool {
	switch o.(type) {
	case *py.Type, *GenericAlias, *UnionType:
		return true
	}
	return o == py.None
}

// TypeOr is a | b when both are unionable; ok is false otherwise (the
// operator then tries the operands' own __or__/__ror__).
func TypeOr(a, b py.Object) (res py.Object, ok bool, err error) {
	if !unionable(a) || !unionable(b) {
		return nil, false, nil
	}
	var args py.Tuple
	add := func(o py.Object) error {
		if o == py.None {
			o = py.NoneTypeType
		}
		for _, x := range args {
			if x == o {
				return nil
			}
			if _, isType := o.(*py.Type); !isType {
				eq, err := py.Eq(x, o)
				if err != nil {
					return err
				}
				if eq == py.True {
					return nil
				}
			}
		}
		args = append(args, o)
		return nil
	}
	for _, o := range []py.Object{a, b} {
		if u, isU := o.(*UnionType); isU {
			for _, x := range u.args {
				if err := add(x); err != nil {
					return nil, true, err
				}
			}
		} else if err := add(o); err != nil {
			return nil, true, err
		}
	}
	if len(args) == 1 {
		return args[0], true, nil
	}
	return &UnionType{args: args}, true, nil
}

// typeOrOp is TypeOr as an operator method gives it: NotImplemented
// when neither side is a type.
func typeOrOp(a, b py.Object) (py.Object, error) {
	res, ok, err := TypeOr(a, b)
	if !ok {
		return py.NotImplemented, nil
	}
	return res, err
}

// M__or__ is u | other.
func (u *UnionType) M__or__(other py.Object) (py.Object, error) {
	return typeOrOp(u, other)
}

// M__ror__ is other | u.
func (u *UnionType) M__ror__(other py.Object) (py.Object, error) {
	return typeOrOp(other, u)
}

// M__or__ is list[int] | other.
func (g *GenericAlias) M__or__(other py.Object) (py.Object, error) {
	return typeOrOp(g, other)
}

// M__ror__ is other | list[int].
func (g *GenericAlias) M__ror__(other py.Object) (py.Object, error) {
	return typeOrOp(other, g)
}

// M__repr__ is int | None.
func (u *UnionType) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.args))
	for i, a := range u.args {
		if a == py.NoneTypeType {
			parts[i] = "None"
			continue
		}
		s, err := typeReprItem(a)
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return py.String(strings.Join(parts, " | ")), nil
}

// M__str__ is the repr.
func (u *UnionType) M__str__() (py.Object, error) { return u.M__repr__() }

// contains reports whether o is one of the union's args.
func (u *UnionType) contains(o py.Object) (bool, error) {
	for _, x := range u.args {
		if x == o {
			return true, nil
		}
		eq, err := py.Eq(x, o)
		if err != nil {
			return false, err
		}
		if eq == py.True {
			return true, nil
		}
	}
	return false, nil
}

// M__eq__ compares the args as sets: int | str == str | int.
func (u *UnionType) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*UnionType)
	if !ok {
		return py.NotImplemented, nil
	}
	for _, pair := range [][2]*UnionType{{u, o}, {o, u}} {
		for _, x := range pair[0].args {
			in, err := pair[1].contains(x)
			if err != nil || !in {
				return py.False, err
			}
		}
	}
	return py.True, nil
}

// M__ne__ is not __eq__.
func (u *UnionType) M__ne__(other py.Object) (py.Object, error) {
	return pyvm.NotEq(u.M__eq__(other))
}

// M__hash__ does not depend on the order of the args.
func (u *UnionType) M__hash__() (py.Object, error) {
	var h int64
	for _, a := range u.args {
		x, err := pyrt.Hash(a)
		if err != nil {
			return nil, err
		}
		h ^= x
	}
	return py.Int(h), nil
}

// M__getattribute__ gives __args__ and __parameters__.
func (u *UnionType) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__args__":
		return append(py.Tuple(nil), u.args...), nil
	case "__parameters__":
		return (&GenericAlias{args: u.args}).parameters(), nil
	case "__class__":
		return UnionTypeType, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'types.UnionType' object has no attribute '%s'", name)
}
