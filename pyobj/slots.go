package pyobj

// This file defines the slot wrappers of builtin types: list.__repr__,
// dict.__getitem__, int.__add__... gpython implements these as Go
// interface methods, not Dict entries, so Python code calling them
// explicitly (dict.__getitem__(self, k) in a subclass, super().__len__())
// reaches them here. Each applies gpython's generic operation to the
// builtin value inside self.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyvm"
)

var slotWrappers = map[string]*py.Method{}

func init() {
	unary := map[string]func(py.Object) (py.Object, error){
		"__repr__": py.Repr, "__str__": py.Str, "__len__": py.Len,
		"__iter__": func(o py.Object) (py.Object, error) { return pyvm.Iter(o) }, // pyrt's, as GET_ITER
	}
	binary := map[string]func(a, b py.Object) (py.Object, error){
		"__getitem__": py.GetItem, "__delitem__": func(a, b py.Object) (py.Object, error) { return py.DelItem(a, b) },
		"__eq__": py.Eq, "__ne__": py.Ne, "__lt__": py.Lt, "__le__": py.Le, "__gt__": py.Gt, "__ge__": py.Ge,
		"__add__": py.Add, "__sub__": py.Sub, "__mul__": py.Mul, "__truediv__": py.TrueDiv,
		"__floordiv__": py.FloorDiv, "__mod__": py.Mod,
		"__contains__": func(a, b py.Object) (py.Object, error) {
			return pyvm.Compare(vm.PyCmp_IN, b, a) // identity, then ==
		},
	}
	for name, f := range unary {
		name, f := name, f
		slotWrappers[name] = method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := needSelf(name, args, 1); err != nil {
				return nil, err
			}
			return f(unwrap(args[0]))
		})
	}
	for name, f := range binary {
		name, f := name, f
		slotWrappers[name] = method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := needSelf(name, args, 2); err != nil {
				return nil, err
			}
			return f(unwrap(args[0]), unwrap(args[1]))
		})
	}
	slotWrappers["__setitem__"] = method("__setitem__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("__setitem__", args, 3); err != nil {
			return nil, err
		}
		return py.SetItem(unwrap(args[0]), args[1], args[2])
	})
}
