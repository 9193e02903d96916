package pyobj

// This file defines property, and super() with the lowering helper
// __nbc_super.

import (
	"github.com/go-python/gpython/py"
)

// Property is Python's property: a data descriptor calling fget, fset and
// fdel.
type Property struct {
	fget, fset, fdel py.Object // nil when absent
	doc              py.Object
	name             string // set by __set_name__ for error messages
}

// PropertyType is the Python type of [Property].
var PropertyType = newGoType("property", "property(fget=None, fset=None, fdel=None, doc=None) -> property attribute")

// Type returns property.
func (p *Property) Type() *py.Type { return PropertyType }

func nilIfNone(o py.Object) py.Object {
	if o == py.None {
		return nil
	}
	return o
}

func propertyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fget, fset, fdel, doc py.Object = py.None, py.None, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc); err != nil {
		return nil, err
	}
	p := &Property{fget: nilIfNone(fget), fset: nilIfNone(fset), fdel: nilIfNone(fdel), doc: doc}
	if doc == py.None && p.fget != nil {
		if f, ok := p.fget.(*py.Function); ok {
			p.doc = f.Doc
		}
	}
	return p, nil
}

func (p *Property) what() string {
	if p.name != "" {
		return " '" + p.name + "'"
	}
	return ""
}

// M__get__ calls fget(instance); on the class it is the property itself.
func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "property%s of '%s' object has no getter", p.what(), instance.Type().Name)
	}
	return py.Call(p.fget, py.Tuple{instance}, nil)
}

// M__set__ calls fset(instance, value).
func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "property%s of '%s' object has no setter", p.what(), instance.Type().Name)
	}
	return py.Call(p.fset, py.Tuple{instance, value}, nil)
}

// M__delete__ calls fdel(instance).
func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "property%s of '%s' object has no deleter", p.what(), instance.Type().Name)
	}
	return py.Call(p.fdel, py.Tuple{instance}, nil)
}

func (p *Property) with(get, set, del py.Object) *Property {
	return &Property{fget: get, fset: set, fdel: del, doc: p.doc, name: p.name}
}

func init() {
	PropertyType.New = propertyNew
	d := PropertyType.Dict
	d["getter"] = py.MustNewMethod("getter", func(self, f py.Object) (py.Object, error) {
		p := self.(*Property)
		return p.with(f, p.fset, p.fdel), nil
	}, 0, "")
	d["setter"] = py.MustNewMethod("setter", func(self, f py.Object) (py.Object, error) {
		p := self.(*Property)
		return p.with(p.fget, f, p.fdel), nil
	}, 0, "")
	d["deleter"] = py.MustNewMethod("deleter", func(self, f py.Object) (py.Object, error) {
		p := self.(*Property)
		return p.with(p.fget, p.fset, f), nil
	}, 0, "")
	field := func(get func(p *Property) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return orNone(get(self.(*Property))), nil
		}}
	}
	d["fget"] = field(func(p *Property) py.Object { return p.fget })
	d["fset"] = field(func(p *Property) py.Object { return p.fset })
	d["fdel"] = field(func(p *Property) py.Object { return p.fdel })
	d["__doc__"] = field(func(p *Property) py.Object { return p.doc })
	d["__set_name__"] = py.MustNewMethod("__set_name__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 2 {
			if s, ok := args[1].(py.String); ok {
				self.(*Property).name = string(s)
			}
		}
		return py.None, nil
	}, 0, "")
}

// Super is the proxy returned by super(cls, obj).
type Super struct {
	cls     *py.Type  // the class whose MRO position to start after
	obj     py.Object // the instance (or class, for class methods)
	objType *py.Type  // the MRO to search: type(obj), or obj if it is a class
}

// SuperType is the Python type of [Super].
var SuperType = newGoType("super", "super(type, obj) -> bound super object")

// Type returns super.
func (s *Super) Type() *py.Type { return SuperType }

// NewSuper returns super(cls, obj).
func NewSuper(cls, obj py.Object) (*Super, error) {
	t, ok := cls.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", cls.Type().Name)
	}
	if ot, ok := obj.(*py.Type); ok && isSubclass(ot, t) {
		return &Super{cls: t, obj: obj, objType: ot}, nil
	}
	if isSubclass(obj.Type(), t) {
		return &Super{cls: t, obj: obj, objType: obj.Type()}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func superNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	return NewSuper(args[0], args[1])
}

// M__getattribute__ finds name along the MRO after cls and binds it to obj.
func (s *Super) M__getattribute__(name string) (py.Object, error) {
	if name == "__class__" {
		return SuperType, nil
	}
	start := len(s.objType.Mro)
	for i, m := range s.objType.Mro {
		if m == py.Object(s.cls) {
			start = i + 1
			break
		}
	}
	v, owner := lookupFrom(s.objType, name, start)
	if v == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
	}
	if _, isType := s.obj.(*py.Type); isType && owner == py.TypeType {
		// super(Meta, cls).__setattr__: type's own, not Meta's again.
		if m, ok := typeBaseHooks[name]; ok && v == py.Object(typeHooks[name]) {
			return py.NewBoundMethod(s.obj, m), nil
		}
	}
	var inst py.Object = s.obj
	if s.obj == py.Object(s.objType) {
		inst = nil // super() in a class method: bind like a class lookup
	}
	if inst != nil {
		if i, ok := inst.(*Instance); ok && i.base != nil && !IsClass(owner) && owner != py.ObjectType {
			if name == "__init__" {
				// list.__init__ and friends (re)build the wrapped value.
				return py.NewBoundMethod(inst, objectMethods["__init__"]), nil
			}
			return bind(v, i.base, s.objType)
		}
		if m, ok := v.(*py.Method); ok && (owner == py.ObjectType || owner == py.TypeType || owner == py.BaseException) {
			return py.NewBoundMethod(inst, m), nil
		}
	}
	if inst == nil {
		if m, ok := v.(*py.Method); ok && (owner == py.ObjectType || owner == py.TypeType) {
			return py.NewBoundMethod(s.obj, m), nil
		}
	}
	return bind(v, inst, s.objType)
}

// M__repr__ prints <super: <class 'C'>, <C object>>.
func (s *Super) M__repr__() (py.Object, error) {
	return py.String("<super: " + classRepr(s.cls) + ", <" + s.objType.Name + " object>>"), nil
}
