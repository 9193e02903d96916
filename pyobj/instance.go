package pyobj

// This file defines Instance, the object a user class creates, and the
// attribute protocol (object.__getattribute__, __setattr__, __delattr__)
// shared by instances and super().

import (
	"fmt"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// Instance is an instance of a pyobj class. Every gpython dunder
// interface it implements looks the dunder up along the class MRO and
// falls back to the wrapped builtin value, if any, then to object's
// default.
type Instance struct {
	cls  *py.Type
	cd   *classData // cls's, or nil for a bare object()
	dict *AttrDict
	base py.Object // value of the builtin base (class MyList(list)), or nil
	addr uint64
	// inited is set when a metaclass __call__ has already run __init__.
	inited bool
}

var addrCounter atomic.Uint64

// newAddr returns a fake, stable address in CPython's usual range.
func newAddr() uint64 { return 0x7f3c2a100000 + 0x40*addrCounter.Add(1) }

// A worker process runs notebooks one after another: each starts with
// the addresses a fresh process gives.
func init() { pyrt.OnIdle(func() { addrCounter.Store(0) }) }

// NewInstance returns a new, empty instance of cls without calling
// __init__.
func NewInstance(cls *py.Type) *Instance { return newInstance(cls, dataOf(cls)) }

// newInstance is NewInstance with cls's classData (or nil) given.
func newInstance(cls *py.Type, cd *classData) *Instance {
	b := &instanceBlock{}
	b.dict.keys, b.dict.vals = b.keys[:0], b.vals[:0]
	b.inst = Instance{cls: cls, cd: cd, dict: &b.dict, addr: newAddr()}
	return &b.inst
}

// instanceBlock is an instance with its __dict__ and room for its first
// attributes, made in one allocation (most instances have a few).
type instanceBlock struct {
	inst Instance
	dict AttrDict
	keys [4]string
	vals [4]py.Object
}

// lookup finds name along the MRO of o's class (through its cache).
func (o *Instance) lookup(name string) (py.Object, *py.Type) {
	if o.cd != nil {
		r := o.cd.lookup(name)
		return r.v, r.owner
	}
	return lookupSlow(o.cls, name, 0)
}

// userLookup is userLookup(o.cls, name), through the class's cache.
func (o *Instance) userLookup(name string) py.Object {
	if o.cd != nil {
		return o.cd.lookup(name).user
	}
	return nil
}

// Type returns the instance's class.
func (o *Instance) Type() *py.Type { return o.cls }

// Dict returns the instance __dict__.
func (o *Instance) Dict() *AttrDict { return o.dict }

// Base returns the wrapped value of a builtin base type, or nil.
func (o *Instance) Base() py.Object { return o.base }

// Addr returns the fake address shown in the default repr.
func (o *Instance) Addr() uint64 { return o.addr }

// unwrap returns the builtin value inside o, or o itself.
func unwrap(o py.Object) py.Object {
	if i, ok := o.(*Instance); ok && i.base != nil {
		return i.base
	}
	return o
}

// attrError is CPython's "'C' object has no attribute 'x'", with its
// name and obj.
func attrError(o py.Object, name string) error {
	e := py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.Type().Name, name)
	e.Dict["name"] = py.String(name)
	e.Dict["obj"] = o
	return e
}

// instanceNew is the New of every pyobj class: CPython's type.__call__
// first half, running __new__ (or a metaclass __call__).
func instanceNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if meta := cls.Type(); meta != py.TypeType && IsClass(meta) {
		if f := userLookup(meta, "__call__"); f != nil {
			res, err := callBound(f, cls, meta, args, kwargs)
			if err != nil {
				return nil, err
			}
			if i, ok := res.(*Instance); ok {
				i.inited = true
			}
			return res, nil
		}
	}
	return constructNew(cls, args, kwargs)
}

// callClass is pyvm's CallClass: cls(*args, **kwargs) in one step for
// the common class, whose metaclass is type, whose instances are plain
// (no builtin or exception base) and which has the default __new__ and
// a Python __init__: what type.__call__, object.__new__ and the
// __init__ call would do, without looking the class up three times.
// ok is false for any other class, which then goes through
// type.__call__. args is not kept.
func callClass(cls *py.Type, args []py.Object, kwargs py.StringDict) (res py.Object, ok bool, err error) {
	if cls.ObjectType != py.TypeType {
		return nil, false, nil
	}
	cd := dataOf(cls)
	if cd == nil || cd.layout != layoutPlain {
		return nil, false, nil
	}
	hot := cd.hotOf()
	init, isFn := hot.init.user.(*py.Function)
	if hot.new != nil || !isFn || hot.init.v != hot.init.user {
		return nil, false, nil
	}
	inst := newInstance(cls, cd)
	r, err := pyvm.CallMethod(init, inst, args, kwargs)
	if err != nil {
		return nil, true, err
	}
	if r != py.None {
		return nil, true, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return inst, true, nil
}

// constructNew runs cls.__new__(cls, *args, **kwargs).
func constructNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var f py.Object
	if cd := dataOf(cls); cd != nil {
		f = cd.hotOf().new
	}
	if f != nil {
		full := append(py.Tuple{cls}, args...)
		return callBound(f, nil, cls, full, kwargs)
	}
	return allocate(cls, args, kwargs, true)
}

// allocate is object.__new__ (or the builtin base's __new__) for cls.
// check says whether surplus arguments are an error, as they are when
// neither __new__ nor __init__ is overridden.
func allocate(cls *py.Type, args py.Tuple, kwargs py.StringDict, check bool) (py.Object, error) {
	cd := dataOf(cls)
	if cd == nil {
		if cls == py.ObjectType {
			return NewInstance(cls), nil
		}
		if cls.New == nil {
			return nil, py.ExceptionNewf(py.TypeError, "cannot create '%s' instances", cls.Name)
		}
		return cls.New(cls, args, kwargs)
	}
	switch cd.layout {
	case layoutException:
		if cls.IsSubtype(py.OSError) {
			return osErrorNew(cls, args, kwargs)
		}
		return &py.Exception{Base: cls, Args: args.Copy(), Dict: py.StringDict{}}, nil
	case layoutType:
		return typeCallNew(cls, args, kwargs)
	case layoutBuiltin:
		inst := NewInstance(cls)
		var err error
		if immutableBuiltin(cd.builtin) {
			inst.base, err = py.Call(cd.builtin, args, kwargs)
		} else {
			inst.base, err = py.Call(cd.builtin, nil, nil)
		}
		if err != nil {
			return nil, err
		}
		setWrapper(inst)
		return inst, nil
	}
	if check && (len(args) > 0 || len(kwargs) > 0) && cd.hotOf().init.user == nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
	}
	return newInstance(cls, cd), nil
}

// instanceInit is the Init of every pyobj class: __init__ along the MRO.
func instanceInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if i, ok := self.(*Instance); ok && i.inited {
		i.inited = false
		return nil
	}
	cls := self.Type()
	var f py.Object
	var owner *py.Type
	if i, ok := self.(*Instance); ok && i.cd != nil {
		r := i.cd.hotOf().init
		f, owner = r.v, r.owner
	} else {
		f, owner = lookupFrom(cls, "__init__", 0)
	}
	if f == nil {
		return nil
	}
	if owner == py.ObjectType {
		_, err := objectInit(self, args, kwargs)
		return err
	}
	res, err := callBound(f, self, cls, args, kwargs)
	if err != nil {
		return err
	}
	if res != py.None {
		return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", res.Type().Name)
	}
	return nil
}

// objectInit is object.__init__; for an instance of a mutable builtin
// subclass (list, dict, set...) it is reached from the base's __init__
// and fills the wrapped value.
func objectInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if i, ok := self.(*Instance); ok {
		if cd := dataOf(i.cls); cd != nil && cd.layout == layoutBuiltin && !immutableBuiltin(cd.builtin) {
			v, err := py.Call(cd.builtin, args, kwargs)
			if err != nil {
				return nil, err
			}
			i.base = v
			setWrapper(i)
		}
	}
	return py.None, nil
}

// Wrapped is a builtin value that needs to know the instance of a user
// subclass wrapping it (threading.Thread calls the subclass's run() and
// shows its class name).
type Wrapped interface {
	SetWrapper(self py.Object)
}

func setWrapper(i *Instance) {
	if w, ok := i.base.(Wrapped); ok {
		w.SetWrapper(i)
	}
}

// M__getattribute__ implements attribute reads: a user __getattribute__,
// else the generic protocol, then __getattr__ on AttributeError.
func (o *Instance) M__getattribute__(name string) (py.Object, error) {
	var res py.Object
	var err error
	var hot *hotLookups
	if o.cd != nil {
		hot = o.cd.hotOf()
	}
	if hot != nil && hot.getattribute != nil {
		f := hot.getattribute
		res, err = callBound(f, o, o.cls, py.Tuple{py.String(name)}, nil)
	} else {
		res, err = genericGetAttr(o, name)
	}
	if err != nil && py.IsException(py.AttributeError, err) {
		if hot != nil && hot.getattr != nil {
			f := hot.getattr
			return callBound(f, o, o.cls, py.Tuple{py.String(name)}, nil)
		}
	}
	return res, err
}

// GetMethod is pyvm's MethodGetter: when o.name is a Python function of
// o's class that getattr would return bound to o (no __getattribute__
// of the class's own, no instance attribute of that name, not found on a
// builtin base's side), it returns the function, so that a call
// o.name(...) needs no bound method.
func (o *Instance) GetMethod(name string) (py.Object, bool) {
	if o.cd == nil || o.cd.hotOf().getattribute != nil || name == "__class__" || name == "__dict__" {
		return nil, false
	}
	tv, owner := o.lookup(name)
	fn, ok := tv.(*py.Function)
	if !ok {
		return nil, false
	}
	if o.base != nil && !IsClass(owner) && owner != py.ObjectType {
		return nil, false
	}
	if _, ok := o.dict.Get(name); ok {
		return nil, false
	}
	return fn, true
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(o *Instance, name string) (py.Object, error) {
	switch name {
	case "__class__":
		return o.cls, nil
	case "__dict__":
		return o.dict, nil
	}
	tv, owner := o.lookup(name)
	if tv != nil && isDataDescriptor(tv) {
		if o.base != nil && !IsClass(owner) && owner != py.ObjectType {
			// A builtin base's own property (int.real, complex.imag)
			// reads the builtin value, as its methods do below.
			return bind(tv, o.base, o.cls)
		}
		return bind(tv, o, o.cls)
	}
	if v, ok := o.dict.Get(name); ok {
		return v, nil
	}
	if tv != nil {
		if o.base != nil && !IsClass(owner) && owner != py.ObjectType {
			return bind(tv, o.base, o.cls)
		}
		if owner == py.ObjectType {
			if m, ok := tv.(*py.Method); ok {
				return py.NewBoundMethod(o, m), nil
			}
		}
		return bind(tv, o, o.cls)
	}
	if o.base != nil {
		if v, err := py.GetAttrString(o.base, name); err == nil {
			return v, nil
		}
	}
	return nil, attrError(o, name)
}

// M__setattr__ implements attribute writes.
func (o *Instance) M__setattr__(name string, value py.Object) (py.Object, error) {
	if o.cd == nil {
		return py.None, genericSetAttr(o, name, value)
	}
	if f := o.cd.hotOf().setattr; f != nil {
		return callBound(f, o, o.cls, py.Tuple{py.String(name), value}, nil)
	}
	return py.None, genericSetAttr(o, name, value)
}

// SetAttr is pyvm's AttrSetter: o.name = value by o's own protocol (a
// class's __setattr__, else object.__setattr__ with data descriptors).
func (o *Instance) SetAttr(name string, value py.Object) error {
	_, err := o.M__setattr__(name, value)
	return err
}

// genericSetAttr is object.__setattr__.
func genericSetAttr(o *Instance, name string, value py.Object) error {
	tv, _ := o.lookup(name)
	if tv != nil && isDataDescriptor(tv) {
		return descSet(tv, o, value)
	}
	switch name {
	case "__class__":
		t, ok := value.(*py.Type)
		if !ok || !IsClass(t) {
			return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", value.Type().Name)
		}
		o.cls, o.cd = t, dataOf(t)
		return nil
	case "__dict__":
		d, ok := value.(*AttrDict)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
		}
		o.dict = d
		return nil
	}
	if o.cls == py.ObjectType {
		return attrError(o, name)
	}
	o.dict.Set(name, value)
	return nil
}

// descSet calls the __set__ of data descriptor d for inst.
func descSet(d, inst, value py.Object) error {
	switch x := d.(type) {
	case *Instance:
		f := userLookup(x.cls, "__set__")
		if f == nil {
			return py.ExceptionNewf(py.AttributeError, "__set__")
		}
		_, err := callBound(f, x, x.cls, py.Tuple{inst, value}, nil)
		return err
	case py.I__set__:
		_, err := x.M__set__(inst, value)
		return err
	}
	return py.ExceptionNewf(py.AttributeError, "can't set attribute")
}

// descDelete calls the __delete__ of data descriptor d for inst.
func descDelete(d, inst py.Object) error {
	switch x := d.(type) {
	case *Instance:
		f := userLookup(x.cls, "__delete__")
		if f == nil {
			return py.ExceptionNewf(py.AttributeError, "__delete__")
		}
		_, err := callBound(f, x, x.cls, py.Tuple{inst}, nil)
		return err
	case py.I__delete__:
		_, err := x.M__delete__(inst)
		return err
	}
	return py.ExceptionNewf(py.AttributeError, "can't delete attribute")
}

// M__delattr__ implements del o.name.
func (o *Instance) M__delattr__(name string) (py.Object, error) {
	if f := o.userLookup("__delattr__"); f != nil {
		return callBound(f, o, o.cls, py.Tuple{py.String(name)}, nil)
	}
	return py.None, genericDelAttr(o, name)
}

// genericDelAttr is object.__delattr__.
func genericDelAttr(o *Instance, name string) error {
	tv, _ := o.lookup(name)
	if tv != nil && isDataDescriptor(tv) {
		return descDelete(tv, o)
	}
	if !o.dict.Delete(name) {
		return attrError(o, name)
	}
	return nil
}

// dunder looks up a dunder in the user classes of o's MRO and calls it.
// ok is false when no user class defines it.
func (o *Instance) dunder(name string, args ...py.Object) (res py.Object, ok bool, err error) {
	f := o.userLookup(name)
	if f == nil {
		return nil, false, nil
	}
	if f == py.None {
		return nil, true, py.ExceptionNewf(py.TypeError, "'NoneType' object is not callable")
	}
	if fn, isFn := f.(*py.Function); isFn {
		res, err = pyvm.CallMethod(fn, o, args, nil)
	} else {
		res, err = callBound(f, o, o.cls, args, nil)
	}
	return res, true, err
}

// defaultRepr is object.__repr__.
func defaultRepr(o py.Object, addr uint64) string {
	t := o.Type()
	m := moduleOf(t)
	name := qualName(t)
	if m != "builtins" {
		name = m + "." + name
	}
	return fmt.Sprintf("<%s object at 0x%x>", name, addr)
}

// M__repr__ calls __repr__ along the MRO, else the base's repr, else
// <mod.C object at 0x...>.
func (o *Instance) M__repr__() (py.Object, error) {
	if res, ok, err := o.dunder("__repr__"); ok {
		if err == nil {
			if _, isStr := res.(py.String); !isStr {
				return nil, py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
			}
		}
		return res, err
	}
	if o.base != nil {
		return reprObject(o.base)
	}
	return py.String(defaultRepr(o, o.addr)), nil
}

// M__str__ calls __str__ along the MRO, else str of a str base, else repr.
func (o *Instance) M__str__() (py.Object, error) {
	if res, ok, err := o.dunder("__str__"); ok {
		if err == nil {
			if _, isStr := res.(py.String); !isStr {
				return nil, py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", res.Type().Name)
			}
		}
		return res, err
	}
	if o.base != nil && o.userLookup("__repr__") == nil {
		return strObject(o.base)
	}
	if s, ok := o.base.(py.String); ok {
		return s, nil
	}
	return o.M__repr__()
}

// M__format__ calls __format__, else format(str(self)) for an empty spec.
func (o *Instance) M__format__(spec py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__format__", spec); ok {
		return res, err
	}
	if o.base != nil {
		if f, ok := o.base.(py.I__format__); ok {
			return f.M__format__(spec)
		}
	}
	if s, ok := spec.(py.String); ok && s != "" {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", o.cls.Name)
	}
	return o.M__str__()
}

// M__eq__ calls __eq__, else the base's, else identity.
func (o *Instance) M__eq__(other py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__eq__", other); ok {
		if err != nil || res != py.NotImplemented {
			return res, err
		}
		if oi, ok := other.(*Instance); ok && oi.cls != o.cls && userLookup(oi.cls, "__eq__") != nil {
			return res, nil
		}
		return py.NewBool(py.Object(o) == other), nil
	}
	if o.base != nil {
		if b, ok := o.base.(py.I__eq__); ok {
			return b.M__eq__(unwrap(other))
		}
	}
	if py.Object(o) == other {
		return py.True, nil
	}
	if oi, ok := other.(*Instance); ok && oi.cls != o.cls && userLookup(oi.cls, "__eq__") != nil {
		return py.NotImplemented, nil
	}
	return py.False, nil
}

// M__ne__ calls __ne__, else inverts __eq__.
func (o *Instance) M__ne__(other py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__ne__", other); ok {
		return res, err
	}
	res, err := o.M__eq__(other)
	if err != nil || res == py.NotImplemented {
		return res, err
	}
	t, err := pyvm.Truth(res)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!t), nil
}

// HashBase returns the builtin value whose hash is the instance's hash: its
// base value when the instance's class is a subclass of an immutable
// builtin (tuple, str, int, ...) that defines no __hash__ of its own, else
// nil. pyrt's Hash uses it, so that a tuple subclass hashes as its tuple.
func (o *Instance) HashBase() py.Object {
	if o.base == nil || o.userLookup("__hash__") != nil {
		return nil
	}
	switch o.base.(type) {
	case py.Tuple, py.String, py.Bytes, py.Int, *py.BigInt, py.Float, py.Complex, py.Bool:
		return o.base
	}
	return nil
}

// M__hash__ calls __hash__ (None makes the class unhashable), else the
// base's hash, else an identity hash.
func (o *Instance) M__hash__() (py.Object, error) {
	f := o.userLookup("__hash__")
	if f == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.cls.Name)
	}
	if f != nil {
		res, err := callBound(f, o, o.cls, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.Int); !ok {
			if _, ok := res.(*py.BigInt); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
			}
		}
		return res, nil
	}
	if o.base != nil {
		if h, ok := o.base.(py.I__hash__); ok {
			return h.M__hash__()
		}
		switch o.base.(type) {
		case py.Tuple, py.String, py.Bytes, py.Int, *py.BigInt, py.Float, py.Complex, py.Bool:
			// gpython's immutable builtins hash in pyrt, not through
			// I__hash__: a tuple subclass (namedtuple) hashes as its tuple.
			h, err := pyrt.Hash(o.base)
			if err != nil {
				return nil, err
			}
			return py.Int(h), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.cls.Name)
	}
	return py.Int(int64(o.addr >> 4)), nil
}

// M__bool__ calls __bool__, else __len__, else the base's truth, else True.
func (o *Instance) M__bool__() (py.Object, error) {
	if res, ok, err := o.dunder("__bool__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isBool := res.(py.Bool); !isBool {
			return nil, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", res.Type().Name)
		}
		return res, nil
	}
	if res, ok, err := o.dunder("__len__"); ok {
		if err != nil {
			return nil, err
		}
		n, err := lenResult(res)
		if err != nil {
			return nil, err
		}
		return py.NewBool(n != 0), nil
	}
	if o.base != nil {
		t, err := pyvm.Truth(o.base)
		return py.NewBool(t), err
	}
	return py.True, nil
}

// lenResult checks what __len__ returned.
func lenResult(res py.Object) (int, error) {
	n, ok := res.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", res.Type().Name)
	}
	if n < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

// M__len__ calls __len__, else the base's len.
func (o *Instance) M__len__() (py.Object, error) {
	if res, ok, err := o.dunder("__len__"); ok {
		if err != nil {
			return nil, err
		}
		n, err := lenResult(res)
		return py.Int(n), err
	}
	if o.base != nil {
		return py.Len(o.base)
	}
	return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", o.cls.Name)
}

// M__iter__ calls __iter__, else iterates the base, else uses
// __getitem__ with 0, 1, 2... until IndexError.
func (o *Instance) M__iter__() (py.Object, error) {
	if res, ok, err := o.dunder("__iter__"); ok {
		if err != nil {
			return nil, err
		}
		if !isIterator(res) {
			return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", res.Type().Name)
		}
		return res, nil
	}
	if o.base != nil {
		it, err := pyvm.Iter(o.base)
		if err == nil && pyvm.Identical(it, o.base) {
			// The base is its own iterator (a map, zip, enumerate,
			// filter): so is the instance, whose class may override
			// __next__, as CPython's iter(self) is self.
			return o, nil
		}
		return it, err
	}
	if o.userLookup("__getitem__") != nil {
		return &seqIter{seq: o}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", o.cls.Name)
}

// isIterator reports whether o has __next__.
func isIterator(o py.Object) bool {
	if i, ok := o.(*Instance); ok {
		return userLookup(i.cls, "__next__") != nil || (i.base != nil && isIterator(i.base))
	}
	_, ok := o.(py.I__next__)
	return ok
}

// M__next__ calls __next__; a StopIteration it raises ends iteration the
// way gpython's loops expect.
func (o *Instance) M__next__() (py.Object, error) {
	if res, ok, err := o.dunder("__next__"); ok {
		if err != nil && py.IsException(py.StopIteration, err) {
			return nil, py.StopIteration
		}
		return res, err
	}
	if o.base != nil {
		return py.Next(o.base)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", o.cls.Name)
}

// seqIter iterates an object through __getitem__(0), (1), ...
type seqIter struct {
	seq *Instance
	i   int
}

var seqIterType = newGoType("iterator", "sequence iterator")

func (it *seqIter) Type() *py.Type                { return seqIterType }
func (it *seqIter) M__iter__() (py.Object, error) { return it, nil }
func (it *seqIter) M__next__() (py.Object, error) {
	if it.seq == nil {
		return nil, py.StopIteration
	}
	res, err := it.seq.M__getitem__(py.Int(it.i))
	if err != nil {
		if py.IsException(py.IndexError, err) || py.IsException(py.StopIteration, err) {
			it.seq = nil
			return nil, py.StopIteration
		}
		return nil, err
	}
	it.i++
	return res, nil
}

// M__getitem__ calls __getitem__, else indexes the base.
func (o *Instance) M__getitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__getitem__", key); ok {
		return res, err
	}
	if o.base != nil {
		if m := o.userLookup("__missing__"); m != nil {
			res, err := py.GetItem(o.base, key)
			if err != nil && py.IsException(py.KeyError, err) {
				return callBound(m, o, o.cls, py.Tuple{key}, nil)
			}
			return res, err
		}
		return py.GetItem(o.base, key)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", o.cls.Name)
}

// M__setitem__ calls __setitem__, else assigns into the base.
func (o *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__setitem__", key, value); ok {
		return res, err
	}
	if o.base != nil {
		return py.SetItem(o.base, key, value)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", o.cls.Name)
}

// M__delitem__ calls __delitem__, else deletes from the base.
func (o *Instance) M__delitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__delitem__", key); ok {
		return res, err
	}
	if o.base != nil {
		return py.DelItem(o.base, key)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object doesn't support item deletion", o.cls.Name)
}

// M__contains__ calls __contains__, else asks the base, else iterates.
func (o *Instance) M__contains__(item py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__contains__", item); ok {
		if err != nil {
			return nil, err
		}
		t, err := pyvm.Truth(res)
		return py.NewBool(t), err
	}
	if o.base != nil {
		found, err := py.SequenceContains(o.base, item)
		return py.NewBool(found), err
	}
	if o.userLookup("__iter__") == nil && o.userLookup("__getitem__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", o.cls.Name)
	}
	found := false
	var ierr error
	err := py.Iterate(o, func(x py.Object) bool {
		found, ierr = pyvm.Eq(x, item)
		return found || ierr != nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(found), ierr
}

// M__call__ calls __call__.
func (o *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f := o.userLookup("__call__")
	if f == nil {
		if o.base != nil {
			return py.Call(o.base, args, kwargs)
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", o.cls.Name)
	}
	return callBound(f, o, o.cls, args, kwargs)
}

// M__enter__ calls __enter__.
func (o *Instance) M__enter__() (py.Object, error) {
	if res, ok, err := o.dunder("__enter__"); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.AttributeError, "__enter__")
}

// M__exit__ calls __exit__.
func (o *Instance) M__exit__(excType, excValue, tb py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__exit__", excType, excValue, tb); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.AttributeError, "__exit__")
}

// M__get__ calls __get__; an object without it is its own value.
func (o *Instance) M__get__(instance, owner py.Object) (py.Object, error) {
	if res, ok, err := o.dunder("__get__", instance, owner); ok {
		return res, err
	}
	return o, nil
}

// M__index__ calls __index__, else the base's index.
func (o *Instance) M__index__() (py.Int, error) {
	if res, ok, err := o.dunder("__index__"); ok {
		if err != nil {
			return 0, err
		}
		if i, ok := res.(py.Int); ok {
			return i, nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", res.Type().Name)
	}
	if o.base != nil {
		return py.Index(o.base)
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.cls.Name)
}

// GoInt lets gpython use an instance with __index__ as a Go int.
func (o *Instance) GoInt() (int, error) {
	i, err := o.M__index__()
	return int(i), err
}

// GoInt64 lets gpython use an instance with __index__ as a Go int64.
func (o *Instance) GoInt64() (int64, error) {
	i, err := o.M__index__()
	return int64(i), err
}

var (
	_ py.I__getattribute__ = (*Instance)(nil)
	_ py.I__setattr__      = (*Instance)(nil)
	_ py.I__delattr__      = (*Instance)(nil)
	_ py.I__repr__         = (*Instance)(nil)
	_ py.I__str__          = (*Instance)(nil)
	_ py.I__eq__           = (*Instance)(nil)
	_ py.I__ne__           = (*Instance)(nil)
	_ py.I__hash__         = (*Instance)(nil)
	_ py.I__bool__         = (*Instance)(nil)
	_ py.I__len__          = (*Instance)(nil)
	_ py.I__iter__         = (*Instance)(nil)
	_ py.I__next__         = (*Instance)(nil)
	_ py.I__getitem__      = (*Instance)(nil)
	_ py.I__setitem__      = (*Instance)(nil)
	_ py.I__delitem__      = (*Instance)(nil)
	_ py.I__contains__     = (*Instance)(nil)
	_ py.I__call__         = (*Instance)(nil)
	_ py.I__enter__        = (*Instance)(nil)
	_ py.I__exit__         = (*Instance)(nil)
	_ py.I__get__          = (*Instance)(nil)
	_ py.I__index__        = (*Instance)(nil)
	_ py.I__format__       = (*Instance)(nil)
)
