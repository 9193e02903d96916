package pyobj

// This file wires the object model into a gpython context: the global,
// once-only fixes to gpython's builtin types, and the per-context
// builtins.

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

var globalOnce sync.Once

// pyvm makes instances of pyobj classes through callClass (only classes
// pyobj built take it, so it is harmless before Install).
func init() { pyvm.CallClass = callClass }

// fixGlobals mends gpython's builtin types for every context: builtin
// types get type as their metatype (gpython gives them their parent, which
// makes class E(Exception) build an instance), type(...) and object() go
// through pyobj, and type's Dict gets the hooks for class objects.
func fixGlobals(builtins py.StringDict) {
	seen := map[*py.Type]bool{}
	var fix func(t *py.Type)
	fix = func(t *py.Type) {
		if t == nil || seen[t] || IsClass(t) {
			return
		}
		seen[t] = true
		if t.ObjectType != py.TypeType {
			t.ObjectType = py.TypeType
		}
		fix(t.Base)
		for _, m := range t.Mro {
			if mt, ok := m.(*py.Type); ok {
				fix(mt)
			}
		}
	}
	names := make([]string, 0, len(builtins))
	for k := range builtins {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if t, ok := builtins[k].(*py.Type); ok {
			fix(t)
		}
	}
	for _, t := range []*py.Type{py.BaseException, py.ExceptionType, py.StopIteration, py.SystemExit, py.OSError, py.KeyError} {
		fix(t)
	}
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE
	for name, get := range map[string]func(b *py.BoundMethod) py.Object{
		"__self__": func(b *py.BoundMethod) py.Object { return b.Self },
		"__func__": func(b *py.BoundMethod) py.Object { return b.Method },
	} {
		if _, ok := py.BoundMethodType.Dict[name]; !ok {
			get := get
			py.BoundMethodType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				return get(self.(*py.BoundMethod)), nil
			}}
		}
	}
	py.TypeType.New = typeNew
	py.ObjectType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t == py.ObjectType && (len(args) > 0 || len(kwargs) > 0) {
			return nil, py.ExceptionNewf(py.TypeError, "object() takes no arguments")
		}
		return allocate(t, args, kwargs, true)
	}
	for name, h := range typeHooks {
		py.TypeType.Dict[name] = h
	}
}

// Install puts pyobj's builtins into ctx (see the package doc) and, the
// first time, mends gpython's builtin types. Call it after pyrt.Install:
// it replaces isinstance, issubclass and vars, and wraps the previous vars.
func Install(ctx py.Context) error {
	mod, err := ctx.GetModule("builtins")
	if err != nil {
		return err
	}
	g := mod.Globals
	globalOnce.Do(func() {
		fixGlobals(g)
		refuseKeywords(g)
	})
	invalidateLookups() // installs change builtin types' Dicts
	prevVars, prevSetattr := g["vars"], g["setattr"]
	fns := map[string]interface{}{
		"setattr": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 3 {
				if e, ok := args[0].(*py.Exception); ok {
					return setExcAttr(e, args[1], args[2])
				}
			}
			return py.Call(prevSetattr, args, nil)
		},
		"__build_class__": builtin___build_class__,
		"__nbc_super": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "__nbc_super expected 2 arguments, got %d", len(args))
			}
			return NewSuper(args[0], args[1])
		},
		"isinstance": builtin_isinstance,
		"issubclass": builtin_issubclass,
		"vars": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 1 {
				switch o := args[0].(type) {
				case *Instance:
					return o.dict, nil
				case *py.Type:
					return classDict(o), nil
				case *py.Exception:
					return excDict(o), nil
				}
			}
			if prevVars != nil {
				return py.Call(prevVars, args, nil)
			}
			if len(args) == 1 {
				return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
			}
			return nil, py.ExceptionNewf(py.TypeError, "vars() without arguments is not supported")
		},
	}
	for name, fn := range fns {
		m, err := py.NewMethod(name, fn, 0, "")
		if err != nil {
			return err
		}
		g[name] = m
	}
	SuperType.New = superNew
	g["super"] = SuperType
	g["property"] = PropertyType
	g["type"] = py.TypeType
	g["object"] = py.ObjectType
	return nil
}

// resolveBases replaces each base that is not a class but has
// __mro_entries__ (PEP 560: typing.Generic[T], List[int]) by the classes
// it returns. origBases is the bases as written when any was replaced.
func resolveBases(bases py.Tuple) (py.Tuple, py.Tuple, error) {
	var out py.Tuple
	changed := false
	for _, b := range bases {
		if ga, ok := b.(*GenericAlias); ok {
			out = append(out, ga.origin)
			changed = true
			continue
		}
		if _, isType := b.(*py.Type); !isType {
			if f := userLookup(b.Type(), "__mro_entries__"); f != nil {
				res, err := callBound(f, b, b.Type(), py.Tuple{bases}, nil)
				if err != nil {
					return nil, nil, err
				}
				entries, ok := res.(py.Tuple)
				if !ok {
					return nil, nil, py.ExceptionNewf(py.TypeError, "__mro_entries__ must return a tuple")
				}
				out = append(out, entries...)
				changed = true
				continue
			}
		}
		out = append(out, b)
	}
	if !changed {
		return bases, nil, nil
	}
	// args may be a window on the caller's value stack: keep a copy.
	return out, append(py.Tuple(nil), bases...), nil
}

// builtin___build_class__ runs a class body and calls the metaclass.
func builtin___build_class__(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	bases, origBases, err := resolveBases(args[2:])
	if err != nil {
		return nil, err
	}
	var meta py.Object
	mkw := py.StringDict{}
	for k, v := range kwargs {
		if k == "metaclass" {
			meta = v
			continue
		}
		mkw[k] = v
	}
	if meta == nil {
		meta = py.TypeType
		if len(bases) > 0 {
			meta = bases[0].Type()
		}
	}
	if mt, ok := meta.(*py.Type); ok {
		for _, b := range bases {
			bt := b.Type()
			if mt.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(mt) {
				mt = bt
				continue
			}
			return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = mt
	}
	ns := py.NewStringDict()
	cell, err := pyvm.RunCode(fn.Context, fn.Code, fn.Globals, ns, fn.Closure)
	if err != nil {
		return nil, err
	}
	ordered := NewAttrDict()
	for _, k := range bodyOrder(fn.Code, ns) {
		ordered.Set(k, ns[k])
	}
	if origBases != nil {
		ordered.Set("__orig_bases__", origBases)
	}
	DeclareNames(fn.Code)
	var cls py.Object
	if meta == py.Object(py.TypeType) {
		cls, err = makeClass(py.TypeType, string(name), bases, ordered, mkw)
	} else {
		cls, err = py.Call(meta, py.Tuple{name, bases, ordered}, mkw)
	}
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}

// bodyOrder returns the keys of ns in the order the class body first
// stores them (the STORE_NAME instructions of its code), which is the
// order CPython keeps in the class __dict__. Keys the code does not name
// (none in practice) follow, sorted.
func bodyOrder(code *py.Code, ns py.StringDict) []string {
	const (
		haveArgument = 90
		storeName    = 90
		extendedArg  = 144
	)
	seen := map[string]bool{}
	var out []string
	b := code.Code
	ext := 0
	for i := 0; i < len(b); {
		op := int(b[i])
		if op < haveArgument {
			i++
			continue
		}
		if i+2 >= len(b) {
			break
		}
		arg := int(b[i+1]) | int(b[i+2])<<8 | ext<<16
		i += 3
		ext = 0
		switch op {
		case extendedArg:
			ext = arg
		case storeName:
			if arg < len(code.Names) {
				n := code.Names[arg]
				if _, ok := ns[n]; ok && !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
	}
	var rest []string
	for k := range ns {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func builtin_isinstance(self py.Object, args py.Tuple) (py.Object, error) {
	var obj, cls py.Object
	if err := py.UnpackTuple(args, nil, "isinstance", 2, 2, &obj, &cls); err != nil {
		return nil, err
	}
	ok, err := isInstance(obj, cls)
	return py.NewBool(ok), err
}

func isInstance(obj, cls py.Object) (bool, error) {
	switch c := cls.(type) {
	case *GenericAlias:
		return false, py.ExceptionNewf(py.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	case *UnionType: // int | str checks as (int, str)
		return isInstance(obj, c.args)
	case py.Tuple:
		for _, x := range c {
			ok, err := isInstance(obj, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if obj.Type() == c {
			return true, nil
		}
		if f := userLookup(c.Type(), "__instancecheck__"); f != nil {
			res, err := callBound(f, c, c.Type(), py.Tuple{obj}, nil)
			if err != nil {
				return false, err
			}
			return pyvm.Truth(res)
		}
		// pyrt knows the Go values that stand for builtin types without
		// being of them: big ints are int, gpython's own dicts are dict.
		// vars() and __dict__ (AttrDict) are dicts too.
		if _, ok := obj.(*AttrDict); ok && (c == pyrt.DictType || c == py.StringDictType) {
			return true, nil
		}
		return isSubclassBuiltin(obj.Type(), c) || pyrt.IsInstance(obj, c), nil
	}
	// Any object whose class defines __instancecheck__ (typing.List).
	if f := userLookup(cls.Type(), "__instancecheck__"); f != nil {
		res, err := callBound(f, cls, cls.Type(), py.Tuple{obj}, nil)
		if err != nil {
			return false, err
		}
		return pyvm.Truth(res)
	}
	return false, py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtin_issubclass(self py.Object, args py.Tuple) (py.Object, error) {
	var sub, cls py.Object
	if err := py.UnpackTuple(args, nil, "issubclass", 2, 2, &sub, &cls); err != nil {
		return nil, err
	}
	ok, err := isSubclassOf(sub, cls)
	return py.NewBool(ok), err
}

func isSubclassOf(sub, cls py.Object) (bool, error) {
	switch c := cls.(type) {
	case *GenericAlias:
		return false, py.ExceptionNewf(py.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	case *UnionType:
		return isSubclassOf(sub, c.args)
	case py.Tuple:
		for _, x := range c {
			ok, err := isSubclassOf(sub, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if f := userLookup(c.Type(), "__subclasscheck__"); f != nil {
			res, err := callBound(f, c, c.Type(), py.Tuple{sub}, nil)
			if err != nil {
				return false, err
			}
			return pyvm.Truth(res)
		}
		st, ok := sub.(*py.Type)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
		}
		return isSubclassBuiltin(st, c), nil
	}
	if f := userLookup(cls.Type(), "__subclasscheck__"); f != nil {
		res, err := callBound(f, cls, cls.Type(), py.Tuple{sub}, nil)
		if err != nil {
			return false, err
		}
		return pyvm.Truth(res)
	}
	return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// isSubclassBuiltin is isSubclass with bool counted as a subclass of int.
func isSubclassBuiltin(sub, base *py.Type) bool {
	if sub == py.BoolType && base == py.IntType {
		return true
	}
	return isSubclass(sub, base)
}
