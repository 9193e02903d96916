package pyrt

// This file makes the methods of builtin types callable unbound, as
// CPython's method descriptors are: str.upper('a'), map(str.lower, xs),
// sorted(xs, key=str.lower), dict.pop(d, k), list.append(l, x). gpython
// returns the *py.Method itself for str.upper and calls it with its
// (nil) module as self, which panicked or raised "descriptor 'pop'
// requires a 'dict' object but received a 'module'". Each instance method
// in the dicts of the builtin types is wrapped in a methodDescriptor that
// binds like the method when read from an instance and, called unbound,
// takes its first argument as self.

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// methodDescriptor is an instance method of a builtin type.
type methodDescriptor struct {
	m     *py.Method
	owner *py.Type
}

var methodDescriptorType = py.NewType("method_descriptor", "")

// Type returns the method_descriptor type.
func (d *methodDescriptor) Type() *py.Type { return methodDescriptorType }

// M__get__ binds the method to an instance; read from the type, it stays
// unbound.
func (d *methodDescriptor) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	return py.NewBoundMethod(instance, d.m), nil
}

// BuiltinMethod is pyvm's BuiltinMethod: what M__get__ binds, so that
// x.upper() is called without a bound method.
func (d *methodDescriptor) BuiltinMethod() *py.Method { return d.m }

// M__repr__ is CPython's "<method 'upper' of 'str' objects>".
func (d *methodDescriptor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", d.m.Name, d.owner.Name)), nil
}

// M__call__ calls the method with its first argument as self.
func (d *methodDescriptor) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", d.owner.Name, d.m.Name)
	}
	self := args[0]
	if b, ok := self.(interface{ Base() py.Object }); ok && b.Base() != nil {
		// An instance of a subclass of the builtin type (pyobj): the
		// method works on the builtin value it wraps.
		self = b.Base()
	}
	if !isInstanceOf(self, d.owner) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.m.Name, d.owner.Name, TypeName(args[0]))
	}
	if len(kwargs) > 0 {
		return d.m.CallWithKeywords(self, args[1:], kwargs)
	}
	return d.m.Call(self, args[1:])
}

func isInstanceOf(o py.Object, t *py.Type) bool {
	ot := o.Type()
	return ot == t || ot.IsSubtype(t)
}

// wrapUnboundMethods wraps the instance methods of the builtin types.
func wrapUnboundMethods(types ...*py.Type) {
	for _, t := range types {
		for name, v := range t.Dict {
			m, ok := v.(*py.Method)
			if !ok || m.Flags&(py.METH_CLASS|py.METH_STATIC) != 0 {
				continue
			}
			t.Dict[name] = &methodDescriptor{m: m, owner: t}
		}
	}
}

func init() {
	get := func(f func(d *methodDescriptor) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return f(self.(*methodDescriptor)), nil
		}}
	}
	methodDescriptorType.Dict["__name__"] = get(func(d *methodDescriptor) py.Object { return py.String(d.m.Name) })
	methodDescriptorType.Dict["__qualname__"] = get(func(d *methodDescriptor) py.Object {
		return py.String(d.owner.Name + "." + d.m.Name)
	})
	methodDescriptorType.Dict["__objclass__"] = get(func(d *methodDescriptor) py.Object { return d.owner })
}
