package pyobj

// This file defines the behaviour of class objects: type.__getattribute__
// (MRO walk with descriptors), type.__setattr__, type.__repr__, calling
// type(...) and metaclasses, and the methods of object and type that
// Python code reaches explicitly (object.__setattr__(self, k, v),
// type.__new__(mcs, ...), super().__init__()).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// hook makes a Go method usable both from gpython's py.TypeCall (which
// calls it with (cls, args...)) and bound (self=cls, args...).
func hook(name string, fn func(cls py.Object, args py.Tuple) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if !noSelf(self) {
			args = append(py.Tuple{self}, args...)
		}
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'type' object needs an argument", name)
		}
		return fn(args[0], args[1:])
	}, 0, "")
}

// noSelf reports whether a *py.Method was called unbound: gpython then
// passes its (nil) *py.Module as self.
func noSelf(self py.Object) bool {
	if self == nil {
		return true
	}
	m, ok := self.(*py.Module)
	return ok && m == nil
}

// metaDunder runs a dunder defined by the metaclass of cls (a user
// metaclass) with cls as self; ok is false when no metaclass defines it.
func metaDunder(cls py.Object, name string, args py.Tuple) (py.Object, bool, error) {
	meta := cls.Type()
	f := userLookup(meta, name)
	if f == nil {
		return nil, false, nil
	}
	res, err := callBound(f, cls, meta, args, nil)
	return res, true, err
}

func argString(args py.Tuple, i int) (string, error) {
	if len(args) <= i {
		return "", py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", i+1, len(args))
	}
	return py.AttributeName(args[i])
}

// typeHooks go into type's Dict and into the projected Dict of every
// metaclass, so gpython's generic paths on class objects reach them.
// Keep in step with hiddenNames.
var typeHooks = map[string]*py.Method{}

// typeBaseHooks are type's own implementations of typeHooks, without the
// dispatch to a user metaclass: what super(Meta, cls).__setattr__ finds.
var typeBaseHooks = map[string]*py.Method{}

// unboundArity gives the arguments of the hooks that can be called
// unbound as type.__setattr__(C, name, value), besides C.
var unboundArity = map[string]int{"__setattr__": 2, "__delattr__": 1, "__getattribute__": 1, "__repr__": 0, "__str__": 0}

func init() {
	h := func(name string, fn func(cls py.Object, args py.Tuple) (py.Object, error)) {
		typeHooks[name] = hook(name, func(cls py.Object, args py.Tuple) (py.Object, error) {
			// type.__setattr__(C, name, value) and friends, as a
			// metaclass's own __setattr__ calls them: type's base
			// implementation for C, never C's metaclass's again.
			if n, ok := unboundArity[name]; ok && cls == py.Object(py.TypeType) && len(args) == n+1 {
				if t, ok := args[0].(*py.Type); ok {
					return fn(t, args[1:])
				}
			}
			if res, ok, err := metaDunder(cls, name, args); ok {
				return res, err
			}
			return fn(cls, args)
		})
		typeBaseHooks[name] = hook(name, fn)
	}
	h("__getattribute__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		name, err := argString(args, 0)
		if err != nil {
			return nil, err
		}
		t, ok := cls.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__getattribute__' requires a 'type' object")
		}
		res, err := typeGetAttr(t, name)
		if err != nil && py.IsException(py.AttributeError, err) {
			if res, ok, err2 := metaDunder(cls, "__getattr__", py.Tuple{py.String(name)}); ok {
				return res, err2
			}
		}
		return res, err
	})
	h("__setattr__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		name, err := argString(args, 0)
		if err != nil || len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments")
		}
		return py.None, typeSetAttr(cls.(*py.Type), name, args[1])
	})
	h("__delattr__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		name, err := argString(args, 0)
		if err != nil {
			return nil, err
		}
		return py.None, typeDelAttr(cls.(*py.Type), name)
	})
	h("__repr__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		return py.String(classRepr(cls.(*py.Type))), nil
	})
	h("__str__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		if res, ok, err := metaDunder(cls, "__repr__", nil); ok {
			return res, err
		}
		return py.String(classRepr(cls.(*py.Type))), nil
	})
	h("__getitem__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		t := cls.(*py.Type)
		if f, _ := lookupFrom(t, "__class_getitem__", 0); f != nil {
			return callBound(f, nil, t, args, nil)
		}
		if len(args) == 1 {
			if ga, ok := classGetItem(t, args[0]); ok {
				return ga, nil
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not subscriptable", pyrt.ClassName(t))
	})
	h("__len__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "object of type 'type' has no len()")
	})
	h("__iter__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "'type' object is not iterable")
	})
	h("__contains__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type 'type' is not iterable")
	})
	h("__bool__", func(cls py.Object, args py.Tuple) (py.Object, error) {
		return py.True, nil
	})
}

// typeGetAttr is type.__getattribute__(cls, name).
func typeGetAttr(cls *py.Type, name string) (py.Object, error) {
	meta := cls.Type()
	mv, _ := lookupFrom(meta, name, 0)
	if mv != nil && isDataDescriptor(mv) {
		return bind(mv, cls, meta)
	}
	switch name {
	case "__name__":
		if cd := dataOf(cls); cd != nil && cd.name != "" {
			return py.String(cd.name), nil
		}
		return py.String(pyrt.ClassName(cls)), nil
	case "__qualname__":
		return py.String(qualName(cls)), nil
	case "__module__":
		return py.String(moduleOf(cls)), nil
	case "__mro__":
		return append(py.Tuple(nil), cls.Mro...), nil
	case "__bases__":
		return append(py.Tuple(nil), cls.Bases...), nil
	case "__base__":
		if cls.Base == nil {
			return py.None, nil
		}
		return cls.Base, nil
	case "__class__":
		return meta, nil
	case "__dict__":
		return classDict(cls), nil
	case "__doc__":
		if cd := dataOf(cls); cd != nil {
			return cd.ns["__doc__"], nil
		}
		if cls.Doc == "" {
			return py.None, nil
		}
		return py.String(cls.Doc), nil
	}
	if v, owner := lookupFrom(cls, name, 0); v != nil {
		if owner == py.TypeType || owner == py.ObjectType {
			if _, isMethod := v.(*py.Method); isMethod && meta == py.TypeType && owner == py.TypeType {
				return py.NewBoundMethod(cls, v), nil
			}
		}
		return bind(v, nil, cls)
	}
	if mv != nil {
		return bind(mv, cls, meta)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", pyrt.ClassName(cls), name)
}

// classDict returns the read-only, ordered __dict__ view of cls.
func classDict(cls *py.Type) *AttrDict {
	d := &AttrDict{readonly: true}
	if cd := dataOf(cls); cd != nil {
		d.cd = cd
		for _, k := range cd.names {
			d.Set(k, cd.ns[k])
		}
		return d
	}
	for k, v := range cls.Dict {
		if _, hidden := v.(pyrt.Hidden); !hidden {
			d.Set(k, v)
		}
	}
	return d
}

// typeSetAttr is type.__setattr__(cls, name, value).
func typeSetAttr(cls *py.Type, name string, value py.Object) error {
	meta := cls.Type()
	if mv, _ := lookupFrom(meta, name, 0); mv != nil && isDataDescriptor(mv) {
		return descSet(mv, cls, value)
	}
	cd := dataOf(cls)
	if cd == nil {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, pyrt.ClassName(cls))
	}
	switch name {
	case "__name__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.__name__, not '%s'", cls.Name, value.Type().Name)
		}
		if cd.name != "" {
			cd.name = string(s)
		} else {
			cls.Name = string(s)
		}
		return nil
	case "__nbc_tpname__":
		// A pystd class written in Python that CPython implements in C
		// (datetime.date) sets the type name its messages print, as
		// tp_name does: "unsupported operand type(s) for +:
		// 'datetime.date' and 'int'". __name__ and __qualname__ keep the
		// short name.
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__nbc_tpname__ must be a str")
		}
		if cd.name == "" {
			cd.name = cls.Name
		}
		if cls.Qualname == "" {
			cls.Qualname = cls.Name
		}
		cls.Name = string(s)
		return nil
	case "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.__qualname__, not '%s'", cls.Name, value.Type().Name)
		}
		cls.Qualname = string(s)
		return nil
	case "__doc__":
		if s, ok := value.(py.String); ok {
			cls.Doc = string(s)
		}
	}
	cd.set(name, value)
	if cd.layout == layoutException || isExceptionClass(cls) {
		declareName(name)
	}
	return nil
}

// typeDelAttr is type.__delattr__(cls, name).
func typeDelAttr(cls *py.Type, name string) error {
	cd := dataOf(cls)
	if cd == nil {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, pyrt.ClassName(cls))
	}
	if !cd.del(name) {
		return py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", pyrt.ClassName(cls), name)
	}
	return nil
}

// typeNew replaces type's New: type(obj) and type(name, bases, dict).
func typeNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if meta == py.TypeType && len(args) == 1 && len(kwargs) == 0 {
		return args[0].Type(), nil
	}
	return typeCallNew(meta, args, kwargs)
}

// typeCallNew is type.__new__(meta, name, bases, dict, **kwargs).
func typeCallNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bases, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns := NewAttrDict()
	if err := updateFrom(ns, args[2]); err != nil {
		return nil, err
	}
	// The most derived metaclass wins.
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	if _, ok := ns.Get("__module__"); !ok {
		ns.Set("__module__", py.String(currentModule))
	}
	return makeClass(winner, string(name), bases, ns, kwargs)
}

// currentModule is the __module__ given to classes made by type(...)
// outside a class statement.
const currentModule = "__main__"

// objectMethods are object's methods reachable from Python code (they
// are not put in object's Dict, which gpython consults for every type).
var objectMethods = map[string]py.Object{}

// typeMethods are type's methods reachable from Python code.
var typeMethods = map[string]py.Object{}

func method(name string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !noSelf(self) {
			args = append(py.Tuple{self}, args...)
		}
		return fn(args, kwargs)
	}, 0, "")
}

func needSelf(name string, args py.Tuple, n int) error {
	if len(args) < n {
		return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func init() {
	objectMethods["__init__"] = method("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__init__", args, 1); err != nil {
			return nil, err
		}
		return objectInit(args[0], args[1:], kwargs)
	})
	objectMethods["__new__"] = &py.StaticMethod{Callable: method("__new__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(): not enough arguments")
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return allocate(t, args[1:], kwargs, userLookup(t, "__new__") == nil)
	}), Dict: py.StringDict{}}
	objectMethods["__getattribute__"] = method("__getattribute__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__getattribute__", args, 2); err != nil {
			return nil, err
		}
		name, err := py.AttributeName(args[1])
		if err != nil {
			return nil, err
		}
		if i, ok := args[0].(*Instance); ok {
			return genericGetAttr(i, name)
		}
		if e, ok := args[0].(*py.Exception); ok {
			return excGenericGetAttr(e, name)
		}
		return py.GetAttrString(args[0], name)
	})
	objectMethods["__setattr__"] = method("__setattr__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__setattr__", args, 3); err != nil {
			return nil, err
		}
		name, err := py.AttributeName(args[1])
		if err != nil {
			return nil, err
		}
		if i, ok := args[0].(*Instance); ok {
			return py.None, genericSetAttr(i, name, args[2])
		}
		return py.SetAttrString(args[0], name, args[2])
	})
	objectMethods["__delattr__"] = method("__delattr__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__delattr__", args, 2); err != nil {
			return nil, err
		}
		name, err := py.AttributeName(args[1])
		if err != nil {
			return nil, err
		}
		if i, ok := args[0].(*Instance); ok {
			return py.None, genericDelAttr(i, name)
		}
		return py.None, py.DeleteAttrString(args[0], name)
	})
	objectMethods["__repr__"] = method("__repr__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__repr__", args, 1); err != nil {
			return nil, err
		}
		if i, ok := args[0].(*Instance); ok {
			return py.String(defaultRepr(i, i.addr)), nil
		}
		return reprObject(args[0])
	})
	objectMethods["__str__"] = method("__str__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__str__", args, 1); err != nil {
			return nil, err
		}
		return reprObject(args[0])
	})
	objectMethods["__eq__"] = method("__eq__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__eq__", args, 2); err != nil {
			return nil, err
		}
		if args[0] == args[1] {
			return py.True, nil
		}
		return py.NotImplemented, nil
	})
	objectMethods["__ne__"] = method("__ne__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__ne__", args, 2); err != nil {
			return nil, err
		}
		if args[0] == args[1] {
			return py.False, nil
		}
		return py.NotImplemented, nil
	})
	objectMethods["__hash__"] = method("__hash__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__hash__", args, 1); err != nil {
			return nil, err
		}
		if i, ok := args[0].(*Instance); ok {
			return py.Int(int64(i.addr >> 4)), nil
		}
		if h, ok := args[0].(py.I__hash__); ok {
			return h.M__hash__()
		}
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", args[0].Type().Name)
	})
	objectMethods["__format__"] = method("__format__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("object.__format__", args, 2); err != nil {
			return nil, err
		}
		if s, ok := args[1].(py.String); ok && s != "" {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", args[0].Type().Name)
		}
		return py.Str(args[0])
	})
	objectMethods["__init_subclass__"] = &py.ClassMethod{Callable: method("__init_subclass__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__init_subclass__() takes no keyword arguments")
		}
		return py.None, nil
	}), Dict: py.StringDict{}}

	typeMethods["__new__"] = &py.StaticMethod{Callable: method("__new__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if len(args) == 2 && meta == py.TypeType {
			return args[1].Type(), nil
		}
		return typeCallNew(meta, args[1:], kwargs)
	}), Dict: py.StringDict{}}
	typeMethods["__init__"] = method("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	typeMethods["__call__"] = method("__call__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("type.__call__", args, 1); err != nil {
			return nil, err
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object")
		}
		obj, err := constructNew(cls, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		if obj.Type().IsSubtype(cls) {
			if err := instanceInit(obj, args[1:], kwargs); err != nil {
				return nil, err
			}
		}
		return obj, nil
	})
	typeMethods["mro"] = method("mro", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("type.mro", args, 1); err != nil {
			return nil, err
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'mro' requires a 'type' object")
		}
		return py.NewListFromItems(append([]py.Object(nil), cls.Mro...)), nil
	})
	typeMethods["__subclasses__"] = method("__subclasses__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("type.__subclasses__", args, 1); err != nil {
			return nil, err
		}
		l := py.NewList()
		if cls, ok := args[0].(*py.Type); ok {
			if cd := dataOf(cls); cd != nil {
				for _, s := range cd.subs {
					l.Append(s)
				}
			}
		}
		return l, nil
	})
	typeMethods["__instancecheck__"] = method("__instancecheck__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("type.__instancecheck__", args, 2); err != nil {
			return nil, err
		}
		cls, _ := args[0].(*py.Type)
		return py.NewBool(cls != nil && isSubclass(args[1].Type(), cls)), nil
	})
	typeMethods["__subclasscheck__"] = method("__subclasscheck__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("type.__subclasscheck__", args, 2); err != nil {
			return nil, err
		}
		cls, _ := args[0].(*py.Type)
		sub, _ := args[1].(*py.Type)
		return py.NewBool(cls != nil && sub != nil && isSubclass(sub, cls)), nil
	})
	typeMethods["__prepare__"] = &py.ClassMethod{Callable: method("__prepare__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return NewAttrDict(), nil
	}), Dict: py.StringDict{}}
}

// isSubclass reports whether sub has base in its MRO.
func isSubclass(sub, base *py.Type) bool {
	if sub == base || base == py.ObjectType {
		return true
	}
	for _, m := range sub.Mro {
		if m == py.Object(base) {
			return true
		}
	}
	if len(sub.Mro) == 0 {
		for b := sub.Base; b != nil; b = b.Base {
			if b == base {
				return true
			}
		}
	}
	return false
}

// isExceptionClass reports whether t derives from BaseException.
func isExceptionClass(t *py.Type) bool { return isSubclass(t, py.BaseException) }
