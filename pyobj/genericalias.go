package pyobj

// This file defines types.GenericAlias (PEP 585): list[int], dict[str, int],
// tuple[int, ...], type[C]. Subscripting a class goes through type's
// __getitem__ hook (type.go): a class's own __class_getitem__ first, then
// the builtin classes CPython 3.11 makes generic (genericOrigins).

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// GenericAlias is a parameterized builtin class: origin[args].
type GenericAlias struct {
	origin py.Object
	args   py.Tuple
	params py.Tuple // computed on first use; nil when not yet
	// callable marks collections.abc.Callable[[args], result].
	callable bool
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newGoType("GenericAlias", "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")

// CallableAliasType is collections.abc's _CallableGenericAlias, the type
// of Callable[[int], str]: a GenericAlias whose args are flattened,
// (int, str), and whose repr shows the argument list. _nbpystd exports
// it; collections.abc.Callable's __class_getitem__ is
// classmethod(_CallableGenericAlias).
var CallableAliasType = func() *py.Type {
	t := &py.Type{ObjectType: py.TypeType, Name: "_CallableGenericAlias", Doc: "Represent Callable[argtypes, resulttype].", Dict: py.StringDict{}, Base: GenericAliasType}
	if err := t.Ready(); err != nil {
		panic("pyobj: _CallableGenericAlias: " + err.Error())
	}
	return t
}()

// Type returns types.GenericAlias, or _CallableGenericAlias.
func (g *GenericAlias) Type() *py.Type {
	if g.callable {
		return CallableAliasType
	}
	return GenericAliasType
}

func init() {
	pyrt.GenericAliasType = GenericAliasType
	CallableAliasType.Dict["__module__"] = py.String("collections.abc")
	CallableAliasType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 || len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_CallableGenericAlias expected 2 arguments, got %d", len(args))
		}
		return newCallableAlias(args[0], args[1])
	}
	GenericAliasType.Dict["__module__"] = py.String("types")
	// On the class too, where copy looks for it.
	GenericAliasType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		g, ok := self.(*GenericAlias)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__reduce__' requires a 'types.GenericAlias' object")
		}
		return g.reduce(), nil
	}, 0, "")
	GenericAliasType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return NewGenericAlias(args[0], args[1]), nil
	}
}

// NewGenericAlias returns origin[item]; a tuple item gives several args.
func NewGenericAlias(origin, item py.Object) *GenericAlias {
	args, ok := item.(py.Tuple)
	if !ok {
		args = py.Tuple{item}
	}
	return &GenericAlias{origin: origin, args: append(py.Tuple(nil), args...)}
}

// genericOrigins are the builtin classes whose __class_getitem__ makes a
// GenericAlias in CPython 3.11 (a subclass inherits it). Python-level
// classes (collections, queue, asyncio, ...) define __class_getitem__ as
// classmethod(types.GenericAlias) in their own module.
var genericOrigins = map[*py.Type]bool{}

func init() {
	genericOrigins[py.TypeType] = true // type[C]; type has no __class_getitem__
	for _, t := range append([]*py.Type{py.ListType, py.TupleType, py.SetType, py.FrozenSetType}, pyrt.GenericBuiltins()...) {
		genericOrigins[t] = true
		// list.__class_getitem__ exists, as in CPython (dir(list) shows it).
		t.Dict["__class_getitem__"] = &py.ClassMethod{Callable: GenericAliasType, Dict: py.StringDict{}}
	}
}

// classGetItem is cls[item] when cls defines no __class_getitem__ of its
// own: a GenericAlias for the builtin generic classes and their
// subclasses, else ok is false.
func classGetItem(t *py.Type, item py.Object) (py.Object, bool) {
	if genericOrigins[t] {
		return NewGenericAlias(t, item), true
	}
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && genericOrigins[bt] {
			return NewGenericAlias(t, item), true
		}
	}
	return nil, false
}

// typeReprItem is CPython's ga_repr_item: ... , a generic's repr, a class
// or function by module-qualified name, else repr().
func typeReprItem(o py.Object) (string, error) {
	switch v := o.(type) {
	case *GenericAlias:
		return v.repr()
	case *py.Type:
		if m := moduleOf(v); m != "builtins" {
			return m + "." + qualName(v), nil
		}
		return qualName(v), nil
	}
	if o == py.Ellipsis {
		return "...", nil
	}
	r, err := py.Repr(o)
	if err != nil {
		return "", err
	}
	return string(r.(py.String)), nil
}

func (g *GenericAlias) repr() (string, error) {
	head, err := typeReprItem(g.origin)
	if err != nil {
		return "", err
	}
	if g.callable && !(len(g.args) == 2 && isParamExpr(g.args[0])) && len(g.args) > 0 {
		parts := make([]string, len(g.args))
		for i, a := range g.args {
			if parts[i], err = typeReprItem(a); err != nil {
				return "", err
			}
		}
		n := len(parts) - 1
		return "collections.abc.Callable[[" + strings.Join(parts[:n], ", ") + "], " + parts[n] + "]", nil
	}
	if len(g.args) == 0 {
		return head + "[()]", nil
	}
	parts := make([]string, len(g.args))
	for i, a := range g.args {
		if parts[i], err = typeReprItem(a); err != nil {
			return "", err
		}
	}
	return head + "[" + strings.Join(parts, ", ") + "]", nil
}

// M__repr__ is list[int].
func (g *GenericAlias) M__repr__() (py.Object, error) {
	s, err := g.repr()
	return py.String(s), err
}

// M__str__ is the repr.
func (g *GenericAlias) M__str__() (py.Object, error) { return g.M__repr__() }

// M__eq__ compares origin and args.
func (g *GenericAlias) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := py.Eq(g.origin, o.origin)
	if err != nil || eq != py.True {
		return eq, err
	}
	return py.Eq(g.args, o.args)
}

// M__ne__ is not __eq__.
func (g *GenericAlias) M__ne__(other py.Object) (py.Object, error) {
	return pyvm.NotEq(g.M__eq__(other))
}

// M__hash__ is hash(origin) ^ hash(args).
func (g *GenericAlias) M__hash__() (py.Object, error) {
	h1, err := pyrt.Hash(g.origin)
	if err != nil {
		return nil, err
	}
	h2, err := pyrt.Hash(g.args)
	if err != nil {
		return nil, err
	}
	return py.Int(h1 ^ h2), nil
}

// M__call__ makes an instance of the origin and records the alias on it
// as __orig_class__ where the instance takes attributes.
func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	obj, err := py.Call(g.origin, args, kwargs)
	if err != nil {
		return nil, err
	}
	if _, err := py.SetAttrString(obj, "__orig_class__", g); err != nil {
		if !py.IsException(py.AttributeError, err) && !py.IsException(py.TypeError, err) {
			return nil, err
		}
	}
	return obj, nil
}

// isTypeParam reports whether o is a typing type variable.
func isTypeParam(o py.Object) bool {
	switch o.Type().Name {
	case "TypeVar", "ParamSpec", "TypeVarTuple":
		return true
	}
	return false
}

// parameters is __parameters__: the type variables among the args, in
// order, without repeats, including those of nested generics.
func (g *GenericAlias) parameters() py.Tuple {
	if g.params != nil {
		return g.params
	}
	ps := py.Tuple{}
	add := func(p py.Object) {
		for _, q := range ps {
			if q == p {
				return
			}
		}
		ps = append(ps, p)
	}
	for _, a := range g.args {
		if _, ok := a.(*py.Type); ok {
			continue
		}
		if isTypeParam(a) {
			add(a)
			continue
		}
		if sub, err := py.GetAttrString(a, "__parameters__"); err == nil {
			if t, ok := sub.(py.Tuple); ok {
				for _, p := range t {
					add(p)
				}
			}
		}
	}
	g.params = ps
	return ps
}

// M__getitem__ substitutes type variables: dict[str, T][int].
func (g *GenericAlias) M__getitem__(item py.Object) (py.Object, error) {
	params := g.parameters()
	if len(params) == 0 {
		s, _ := g.repr()
		return nil, py.ExceptionNewf(py.TypeError, "%s is not a generic class", s)
	}
	items, ok := item.(py.Tuple)
	if !ok {
		items = py.Tuple{item}
	}
	if len(items) != len(params) {
		s, _ := g.repr()
		word := "many"
		if len(items) < len(params) {
			word = "few"
		}
		return nil, py.ExceptionNewf(py.TypeError, "Too %s arguments for %s; actual %d, expected %d", word, s, len(items), len(params))
	}
	subst := func(a py.Object) (py.Object, error) {
		for i, p := range params {
			if a == p {
				return items[i], nil
			}
		}
		if _, ok := a.(*py.Type); ok {
			return a, nil
		}
		sub, err := py.GetAttrString(a, "__parameters__")
		if err != nil {
			return a, nil
		}
		st, ok := sub.(py.Tuple)
		if !ok || len(st) == 0 {
			return a, nil
		}
		subargs := make(py.Tuple, len(st))
		for i, p := range st {
			subargs[i] = p
			for j, q := range params {
				if p == q {
					subargs[i] = items[j]
				}
			}
		}
		var key py.Object = subargs
		if len(subargs) == 1 {
			key = subargs[0]
		}
		return py.GetItem(a, key)
	}
	out := make(py.Tuple, len(g.args))
	for i, a := range g.args {
		v, err := subst(a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return &GenericAlias{origin: g.origin, args: out, callable: g.callable}, nil
}

// M__getattribute__ forwards every attribute to the origin except
// CPython's exceptions (__origin__, __args__, __parameters__, ...).
func (g *GenericAlias) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__origin__":
		return g.origin, nil
	case "__args__":
		return append(py.Tuple(nil), g.args...), nil
	case "__parameters__":
		return g.parameters(), nil
	case "__class__":
		return GenericAliasType, nil
	case "__unpacked__":
		return py.False, nil
	case "__mro_entries__":
		return py.NewMethod("__mro_entries__", func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.Tuple{g.origin}, nil
		}, 0, "")
	case "__reduce__", "__reduce_ex__":
		return py.NewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			return g.reduce(), nil
		}, 0, "")
	case "__copy__", "__deepcopy__":
		return py.NewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			return g, nil
		}, 0, "")
	}
	return py.GetAttrString(g.origin, name)
}

// reduce is __reduce__: (GenericAlias, (origin, args)).
func (g *GenericAlias) reduce() py.Tuple {
	return py.Tuple{GenericAliasType, py.Tuple{g.origin, append(py.Tuple(nil), g.args...)}}
}

// isParamExpr is _collections_abc._is_param_expr: ..., a ParamSpec or a
// Concatenate.
func isParamExpr(o py.Object) bool {
	if o == py.Ellipsis {
		return true
	}
	switch o.Type().Name {
	case "ParamSpec", "_ConcatenateGenericAlias":
		return true
	}
	return false
}

// newCallableAlias is Callable[[int, str], bool] (CPython 3.11's
// _CallableGenericAlias.__new__): the argument list and the result
// flattened into __args__.
func newCallableAlias(origin, item py.Object) (py.Object, error) {
	pair, ok := item.(py.Tuple)
	if !ok || len(pair) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "Callable must be used as Callable[[arg, ...], result].")
	}
	var args py.Tuple
	switch a := pair[0].(type) {
	case py.Tuple:
		args = append(append(args, a...), pair[1])
	case *py.List:
		args = append(append(args, a.Items...), pair[1])
	default:
		if !isParamExpr(a) {
			r, err := py.Str(a)
			if err != nil {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.TypeError, "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %s", r.(py.String))
		}
		args = py.Tuple{a, pair[1]}
	}
	return &GenericAlias{origin: origin, args: args, callable: true}, nil
}
