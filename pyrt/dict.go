package pyrt

// This file defines Dict, the builtin dict: insertion-ordered, with any
// hashable key, and CPython's methods and messages. gpython's own dict
// (py.StringDict) takes only str keys and iterates in Go map order.

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// Dict is CPython's dict.
type Dict struct {
	t   table
	typ *py.Type // nil for a plain dict; a subclass set by pyobj
}

// DictType is the type of [Dict], installed as builtins.dict.
var DictType = py.NewTypeX("dict", `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`, nil, nil)

func init() {
	DictType.New = dictNew
	DictType.Init = dictInit
}

var (
	_ py.I__getitem__  = (*Dict)(nil)
	_ py.I__setitem__  = (*Dict)(nil)
	_ py.I__delitem__  = (*Dict)(nil)
	_ py.I__contains__ = (*Dict)(nil)
	_ py.I__iter__     = (*Dict)(nil)
	_ py.I__len__      = (*Dict)(nil)
	_ py.I__eq__       = (*Dict)(nil)
)

// NewDict returns a new empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict, or the dict subclass the object was made for.
func (d *Dict) Type() *py.Type {
	if d.typ != nil {
		return d.typ
	}
	return DictType
}

// SetType makes d an instance of t, a subclass of dict (for pyobj).
func (d *Dict) SetType(t *py.Type) { d.typ = t }

// Len returns the number of items.
func (d *Dict) Len() int { return d.t.used }

// SetItem sets d[key] = value.
func (d *Dict) SetItem(key, value py.Object) error {
	_, err := d.t.set(key, value)
	return err
}

// GetItem returns d[key] and whether key is present.
func (d *Dict) GetItem(key py.Object) (py.Object, bool, error) {
	return d.t.get(key)
}

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(key py.Object) (bool, error) {
	_, ok, err := d.t.del(key)
	return ok, err
}

// Keys returns the keys in order.
func (d *Dict) Keys() []py.Object { return d.t.keys() }

// Values returns the values in order.
func (d *Dict) Values() []py.Object { return d.t.values() }

// Items returns (key, value) tuples in order.
func (d *Dict) Items() []py.Object { return d.t.items() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{}
	for _, e := range d.t.entries {
		if !e.deleted {
			n.t.setHashed(e.key, e.value, e.hash, e.det)
		}
	}
	return n
}

func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
}

func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := d.t.get(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		if d.typ != nil {
			if res, found, err := callMissing(d, key); found {
				return res, err
			}
		}
		return nil, keyError(key)
	}
	return v, nil
}

// callMissing calls __missing__ of a dict subclass, if it has one.
func callMissing(d *Dict, key py.Object) (py.Object, bool, error) {
	m := d.typ.Lookup("__missing__")
	if m == nil {
		return nil, false, nil
	}
	res, err := py.Call(m, py.Tuple{d, key}, nil)
	return res, true, err
}

func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	_, err := d.t.set(key, value)
	return py.None, err
}

func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	_, ok, err := d.t.del(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return py.None, nil
}

func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.t.get(key)
	return py.NewBool(ok), err
}

func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.t.used), nil }

func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.t.used > 0), nil }

func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, viewKeys, false), nil }

func (d *Dict) M__repr__() (py.Object, error) { return ReprObject(d) }

func (d *Dict) M__str__() (py.Object, error) { return ReprObject(d) }

func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := asMapping(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := dictEqual(d, o)
	return py.NewBool(eq), err
}

func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	o, ok := asMapping(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := dictEqual(d, o)
	return py.NewBool(!eq), err
}

func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	o, ok := asMapping(other)
	if !ok {
		return py.NotImplemented, nil
	}
	n := d.Copy()
	err := n.updateFromDict(o)
	return n, err
}

func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	o, ok := asMapping(other)
	if !ok {
		return py.NotImplemented, nil
	}
	n := o.Copy()
	err := n.updateFromDict(d)
	return n, err
}

func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	if err := d.update(other); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Dict) M__lt__(other py.Object) (py.Object, error) { return nil, cmpError("<", d, other) }
func (d *Dict) M__le__(other py.Object) (py.Object, error) { return nil, cmpError("<=", d, other) }
func (d *Dict) M__gt__(other py.Object) (py.Object, error) { return nil, cmpError(">", d, other) }
func (d *Dict) M__ge__(other py.Object) (py.Object, error) { return nil, cmpError(">=", d, other) }

func cmpError(op string, a, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, TypeName(a), TypeName(b))
}

// asMapping returns other as a *Dict when it is a dict (ours, or
// gpython's string dict, converted).
func asMapping(other py.Object) (*Dict, bool) {
	switch o := other.(type) {
	case *Dict:
		return o, true
	case py.StringDict:
		return dictFromStringDict(o), true
	}
	return nil, false
}

// dictFromStringDict converts gpython's dict, in key order (its
// insertion order is lost).
func dictFromStringDict(sd py.StringDict) *Dict {
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	d := &Dict{}
	for _, k := range keys {
		d.t.set(py.String(k), sd[k])
	}
	return d
}

func dictEqual(a, b *Dict) (bool, error) {
	if a.t.used != b.t.used {
		return false, nil
	}
	for _, e := range a.t.entries {
		if e.deleted {
			continue
		}
		v, ok, err := b.t.get(e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := pyvm.Eq(e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func (d *Dict) updateFromDict(o *Dict) error {
	for _, e := range o.t.entries {
		if e.deleted {
			continue
		}
		if _, err := d.t.setHashed(e.key, e.value, e.hash, e.det); err != nil {
			return err
		}
	}
	return nil
}

// update is dict.update(other): a mapping (anything with keys()), or an
// iterable of pairs.
func (d *Dict) update(other py.Object) error {
	if o, ok := asMapping(other); ok {
		return d.updateFromDict(o)
	}
	if keysFn, err := pyvm.GetAttr(other, "keys"); err == nil {
		keys, err := py.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		return iterate(keys, func(k py.Object) error {
			v, err := py.GetItem(other, k)
			if err != nil {
				return err
			}
			_, err = d.t.set(k, v)
			return err
		})
	}
	i := 0
	return iterate(other, func(pair py.Object) error {
		items, err := toSlice(pair)
		if err != nil {
			if isExc(err, py.TypeError) {
				return py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(items) != 2 {
			return py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(items))
		}
		i++
		_, err = d.t.set(items[0], items[1])
		return err
	})
}

// updateKwargs adds keyword arguments. gpython passes them in a Go map,
// so their order is lost: they are added in sorted order.
func (d *Dict) updateKwargs(kwargs py.StringDict) error {
	keys := make([]string, 0, len(kwargs))
	for k := range kwargs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, err := d.t.set(py.String(k), kwargs[k]); err != nil {
			return err
		}
	}
	return nil
}

func dictNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := &Dict{}
	if metatype != DictType {
		d.typ = metatype
	}
	return d, nil
}

func dictInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Dict)
	if !ok {
		return nil
	}
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if err := d.update(args[0]); err != nil {
			return err
		}
	}
	return d.updateKwargs(kwargs)
}

func asDict(self py.Object, method string) (*Dict, error) {
	d, ok := self.(*Dict)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'dict' object but received a '%s'", method, TypeName(self))
	}
	return d, nil
}

func argCount(name string, args py.Tuple, min, max int) error {
	n := len(args)
	if n < min {
		if min == max {
			if min == 1 {
				return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, n)
			}
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	if n > max {
		if max == 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, n)
		}
		if max == 1 && min == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

var dictMethods = map[string]func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error){
	"get": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "get")
		if err != nil {
			return nil, err
		}
		if err := argCount("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.t.get(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	},
	"setdefault": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "setdefault")
		if err != nil {
			return nil, err
		}
		if err := argCount("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.t.get(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		_, err = d.t.set(args[0], def)
		return def, err
	},
	"pop": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "pop")
		if err != nil {
			return nil, err
		}
		if err := argCount("pop", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.t.del(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(args[0])
	},
	"popitem": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "popitem")
		if err != nil {
			return nil, err
		}
		if err := argCount("popitem", args, 0, 0); err != nil {
			return nil, err
		}
		for i := len(d.t.entries) - 1; i >= 0; i-- {
			e := d.t.entries[i]
			if e.deleted {
				continue
			}
			d.t.removeAt(i, d.t.slotOf(i))
			return py.Tuple{e.key, e.value}, nil
		}
		return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
	},
	"update": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, err := asDict(self, "update")
		if err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := d.update(args[0]); err != nil {
				return nil, err
			}
		}
		return py.None, d.updateKwargs(kwargs)
	},
	"keys": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "keys")
		if err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewKeys}, argCount("keys", args, 0, 0)
	},
	"values": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "values")
		if err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewValues}, argCount("values", args, 0, 0)
	},
	"items": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "items")
		if err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewItems}, argCount("items", args, 0, 0)
	},
	"copy": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "copy")
		if err != nil {
			return nil, err
		}
		return d.Copy(), argCount("copy", args, 0, 0)
	},
	"clear": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "clear")
		if err != nil {
			return nil, err
		}
		d.t.clear()
		return py.None, argCount("clear", args, 0, 0)
	},
	"__reversed__": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		d, err := asDict(self, "__reversed__")
		if err != nil {
			return nil, err
		}
		return newDictIter(d, viewKeys, true), nil
	},
}

func dictFromkeys(cls py.Object, args py.Tuple) (py.Object, error) {
	if err := argCount("fromkeys", args, 1, 2); err != nil {
		return nil, err
	}
	var v py.Object = py.None
	if len(args) == 2 {
		v = args[1]
	}
	var d *Dict
	if t, ok := cls.(*py.Type); ok && t != DictType {
		o, err := py.Call(t, nil, nil)
		if err != nil {
			return nil, err
		}
		dd, ok := o.(*Dict)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromkeys: %s is not a dict type", t.Name)
		}
		d = dd
	} else {
		d = &Dict{}
	}
	err := iterate(args[0], func(k py.Object) error {
		_, err := d.t.set(k, v)
		return err
	})
	return d, err
}

// The kinds of dict view.
const (
	viewKeys = iota
	viewValues
	viewItems
)

// DictView is dict.keys(), dict.values() or dict.items(): a live view.
type DictView struct {
	d    *Dict
	kind int
}

var (
	dictKeysType   = py.NewType("dict_keys", "")
	dictValuesType = py.NewType("dict_values", "")
	dictItemsType  = py.NewType("dict_items", "")
	dictIterTypes  = [3]*py.Type{
		py.NewType("dict_keyiterator", ""),
		py.NewType("dict_valueiterator", ""),
		py.NewType("dict_itemiterator", ""),
	}
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *py.Type {
	switch v.kind {
	case viewKeys:
		return dictKeysType
	case viewValues:
		return dictValuesType
	}
	return dictItemsType
}

func (v *DictView) M__len__() (py.Object, error)  { return py.Int(v.d.t.used), nil }
func (v *DictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind, false), nil }
func (v *DictView) M__repr__() (py.Object, error) { return ReprObject(v) }
func (v *DictView) M__str__() (py.Object, error)  { return ReprObject(v) }
func (v *DictView) M__bool__() (py.Object, error) { return py.NewBool(v.d.t.used > 0), nil }

func (v *DictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case viewKeys:
		return v.d.M__contains__(x)
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, ok, err := v.d.t.get(t[0])
		if err != nil || !ok {
			return py.False, err
		}
		eq, err := pyvm.Eq(val, t[1])
		return py.NewBool(eq), err
	}
	for _, val := range v.d.t.values() {
		eq, err := pyvm.Eq(val, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// asSet returns a set of the view's items, for set operations.
func (v *DictView) asSet() (*Set, error) {
	s := newSet(false)
	var items []py.Object
	if v.kind == viewItems {
		items = v.d.t.items()
	} else {
		items = v.d.t.keys()
	}
	for _, it := range items {
		if err := s.add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (v *DictView) setOp(other py.Object, op func(a, b *Set) (py.Object, error), reflected bool) (py.Object, error) {
	if v.kind == viewValues {
		return py.NotImplemented, nil
	}
	a, err := v.asSet()
	if err != nil {
		return nil, err
	}
	b, err := setFromAny(other)
	if err != nil {
		return py.NotImplemented, nil
	}
	if reflected {
		return op(b, a)
	}
	return op(a, b)
}

func (v *DictView) M__and__(o py.Object) (py.Object, error)  { return v.setOp(o, setAnd, false) }
func (v *DictView) M__or__(o py.Object) (py.Object, error)   { return v.setOp(o, setOr, false) }
func (v *DictView) M__sub__(o py.Object) (py.Object, error)  { return v.setOp(o, setSub, false) }
func (v *DictView) M__xor__(o py.Object) (py.Object, error)  { return v.setOp(o, setXor, false) }
func (v *DictView) M__rand__(o py.Object) (py.Object, error) { return v.setOp(o, setAnd, true) }
func (v *DictView) M__ror__(o py.Object) (py.Object, error)  { return v.setOp(o, setOr, true) }
func (v *DictView) M__rsub__(o py.Object) (py.Object, error) { return v.setOp(o, setSub, true) }
func (v *DictView) M__rxor__(o py.Object) (py.Object, error) { return v.setOp(o, setXor, true) }

func (v *DictView) M__eq__(other py.Object) (py.Object, error) {
	if v.kind == viewValues {
		return py.NewBool(pyvm.Identical(v, other)), nil
	}
	a, err := v.asSet()
	if err != nil {
		return nil, err
	}
	switch other.(type) {
	case *DictView, *Set:
		b, err := setFromAny(other)
		if err != nil {
			return nil, err
		}
		eq, err := setEqual(a, b)
		return py.NewBool(eq), err
	}
	return py.NotImplemented, nil
}

// dictIter iterates a dict's keys, values or items, failing as CPython
// does if the dict changes size.
type dictIter struct {
	d       *Dict
	kind    int
	pos     int
	used    int
	version int
	reverse bool
}

func newDictIter(d *Dict, kind int, reverse bool) *dictIter {
	it := &dictIter{d: d, kind: kind, used: d.t.used, version: d.t.version, reverse: reverse}
	if reverse {
		it.pos = len(d.t.entries) - 1
	}
	return it
}

func (it *dictIter) Type() *py.Type { return dictIterTypes[it.kind] }

func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }

func (it *dictIter) M__next__() (py.Object, error) {
	t := &it.d.t
	if t.used != it.used {
		it.used = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	if t.version != it.version {
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	for it.pos >= 0 && it.pos < len(t.entries) {
		e := t.entries[it.pos]
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		if e.deleted {
			continue
		}
		switch it.kind {
		case viewKeys:
			return e.key, nil
		case viewValues:
			return e.value, nil
		}
		return py.Tuple{e.key, e.value}, nil
	}
	return nil, py.StopIteration
}
