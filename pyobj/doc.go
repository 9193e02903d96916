// Package pyobj gives gpython v0.2.0 Python's object model: user classes
// with a C3 method resolution order and descriptors, instances that
// dispatch dunder methods, subclasses of builtin types, and exceptions
// that are real classes.
//
// [Install] replaces builtins.__build_class__ in one context, so that every
// class statement builds a class of ours, and adds the builtins that go
// with the model (super, property, isinstance, issubclass, vars and the
// lowering helper __nbc_super).
//
// Python-visible builtins installed by [Install]:
//
//	__build_class__(func, name, *bases, metaclass=None, **kw)  run a class body, build the class
//	super(cls, obj)          proxy resolving attributes after cls in type(obj).__mro__
//	__nbc_super(cls, obj)    super(cls, obj); emitted for zero-argument super()
//	property(fget, fset, fdel, doc)  managed attribute with getter/setter/deleter
//	isinstance(obj, cls)     subclass-aware, tuples, __instancecheck__ on metaclasses
//	issubclass(cls, base)    subclass-aware, tuples, __subclasscheck__ on metaclasses
//	vars([obj])              the instance __dict__ of obj (ordered), else the previous vars
package pyobj

// This file only documents the package. The design, in short:
//
// A class is a *py.Type, because gpython's VM, exception matching and
// isinstance all need one. Its true namespace lives in a classData stored
// in the type's Dict under classKey; the Dict itself is a projection used by
// gpython's generic paths, from which the dunder names that gpython would
// call on the class object itself (repr, len, getitem, ...) are left out.
// Instances are *Instance, which implements gpython's I__xxx__ interfaces
// by looking the dunder up along the class MRO. Instances of exception
// classes are *py.Exception, since the VM raises and matches only those;
// their attributes go through descriptors planted in BaseException's Dict.
