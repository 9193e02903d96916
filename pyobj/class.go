package pyobj

// This file defines how classes are built and how attributes are found
// along a class's MRO. A class is a *py.Type whose true namespace is a
// classData stored in its Dict under classKey. The Dict is a projection
// for gpython's generic code: it holds the namespace minus hiddenNames,
// the dunders that gpython calls on the class object itself through
// py.TypeCall (so that repr(C) does not call C.__repr__ with C as self).

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// classKey is the Dict key under which a class keeps its classData. The
// __nbc_ prefix is reserved for nbcheck, so user code cannot clash with it.
const classKey = "__nbc_class__"

// hiddenNames are looked up by gpython on *py.Type objects (py.TypeCall,
// Type.GetAttrOrNil), so keeping them in a class's Dict would make gpython
// apply an instance method to the class. Keep in step with typeHooks.
var hiddenNames = map[string]bool{
	"__getattribute__": true, "__getattr__": true, "__setattr__": true,
	"__delattr__": true, "__repr__": true, "__str__": true, "__len__": true,
	"__getitem__": true, "__setitem__": true, "__delitem__": true,
	"__iter__": true, "__index__": true, "__bool__": true, "__next__": true,
	"__contains__": true, "__bytes__": true,
}

// layout says what a class's instances are made of.
type layout int

const (
	layoutPlain     layout = iota // *Instance
	layoutException               // *py.Exception
	layoutBuiltin                 // *Instance wrapping a value of a builtin base type
	layoutType                    // a metaclass: instances are classes
)

// classData is the namespace and layout of a class built by pyobj.
type classData struct {
	cls     *py.Type
	names   []string // namespace keys in definition order
	ns      map[string]py.Object
	layout  layout
	builtin *py.Type // the builtin base whose value instances wrap (layoutBuiltin)
	module  string
	subs    []*py.Type // direct subclasses, in creation order
	// name is __name__ once __nbc_tpname__ has set cls.Name to the
	// C-level type name ('datetime.date') that CPython's messages print.
	name string
	// cache memoises lookups along the MRO (CPython's method cache); it
	// is valid while cacheEpoch equals lookupEpoch.
	cache      map[string]lookupResult
	cacheEpoch uint64
	// fast is a small two-way set-associative front for cache, keyed by the
	// address and length of the name's bytes: the names an attribute
	// access looks up are the code object's co_names strings (or Go
	// constants), the same bytes each time, so most lookups are found
	// by a pointer comparison without hashing the name. Emptied with
	// cache. Made on first use.
	fast *[fastSets][2]fastEntry
	// hot holds the lookups every instance creation and attribute
	// access makes, valid while hotEpoch equals lookupEpoch.
	hot      hotLookups
	hotEpoch uint64
}

// hotLookups are the lookups made on every attribute access and every
// instance creation, kept in fields rather than hashed each time.
type hotLookups struct {
	getattribute, getattr, setattr, new py.Object // userLookup's
	init                                lookupResult
	valid                               bool
}

// hotOf returns cd's hot lookups, recomputed when a class changed.
func (cd *classData) hotOf() *hotLookups {
	if e := lookupEpoch.Load(); !cd.hot.valid || cd.hotEpoch != e {
		cd.hot = hotLookups{
			getattribute: userLookupSlow(cd.cls, "__getattribute__"),
			getattr:      userLookupSlow(cd.cls, "__getattr__"),
			setattr:      userLookupSlow(cd.cls, "__setattr__"),
			new:          userLookupSlow(cd.cls, "__new__"),
			valid:        true,
		}
		cd.hot.init.v, cd.hot.init.owner = lookupSlow(cd.cls, "__init__", 0)
		cd.hot.init.user = userLookupSlow(cd.cls, "__init__")
		cd.hotEpoch = e
	}
	return &cd.hot
}

// lookupResult is one memoised lookup of a name along a class's MRO.
type lookupResult struct {
	v     py.Object // lookupFrom's value, or nil
	owner *py.Type  // the class holding v
	user  py.Object // userLookup's value, or nil
}

// lookupEpoch is bumped by every change that can change what a name
// resolves to along some class's MRO: a class namespace set or deleted
// (classData.set/del), a class made, pyobj installed into a context. One
// global counter instead of per-class version tags, as CPython's: classes
// change rarely once made, and a change anywhere simply empties every
// cache. Builtin types' Dicts are filled before user code runs (at
// install), so they are not tracked.
var lookupEpoch atomic.Uint64

// invalidateLookups empties every class's lookup cache.
func invalidateLookups() { lookupEpoch.Add(1) }

// maxCached bounds a class's cache (getattr with computed names).
const maxCached = 512

// lookup returns the memoised lookup of name along cd.cls's MRO.
func (cd *classData) lookup(name string) lookupResult {
	e := lookupEpoch.Load()
	var set *[2]fastEntry
	if len(name) > 0 && cd.fast != nil {
		p := unsafe.StringData(name)
		set = &cd.fast[fastSet(p, len(name))]
		for i := range set {
			if fe := &set[i]; unsafe.StringData(fe.name) == p && len(fe.name) == len(name) && fe.epoch == e {
				return fe.r
			}
		}
	}
	var r lookupResult
	if cd.cacheEpoch != e || cd.cache == nil || len(cd.cache) >= maxCached {
		cd.cache = make(map[string]lookupResult, 8)
		cd.cacheEpoch = e
	} else if c, ok := cd.cache[name]; ok {
		r = c
		goto found
	}
	r.v, r.owner = lookupSlow(cd.cls, name, 0)
	r.user = userLookupSlow(cd.cls, name)
	cd.cache[name] = r
found:
	if len(name) > 0 {
		if set == nil {
			if cd.fast == nil {
				cd.fast = new([fastSets][2]fastEntry)
			}
			set = &cd.fast[fastSet(unsafe.StringData(name), len(name))]
		}
		set[1] = set[0]
		set[0] = fastEntry{name: name, epoch: e, r: r}
	}
	return r
}

// fastSets is the number of two-entry sets of a class's classData.fast.
const fastSets = 16

// fastEntry is one entry of classData.fast: the lookup of name, made
// while lookupEpoch was epoch. It matches a name whose bytes are the
// same in memory as name's (which it keeps alive, so that no other
// string can get them).
type fastEntry struct {
	name  string
	epoch uint64
	r     lookupResult
}

// fastSet is the set of classData.fast for the name at p, n bytes long.
func fastSet(p *byte, n int) int {
	return int(((uint64(uintptr(unsafe.Pointer(p))) + uint64(n)) * 0x9E3779B97F4A7C15) >> (64 - 4))
}

var classDataType = newGoType("classdata", "pyobj class namespace (internal)")

func (cd *classData) Type() *py.Type { return classDataType }

// newGoType makes a ready type for a Go-implemented object.
func newGoType(name, doc string) *py.Type {
	t := py.NewType(name, doc)
	if err := t.Ready(); err != nil {
		panic("pyobj: " + name + ": " + err.Error())
	}
	return t
}

// dataOf returns the classData of t, or nil when t is not a pyobj class.
func dataOf(t *py.Type) *classData {
	if v, ok := t.Dict[classKey]; ok {
		cd, _ := v.(*classData)
		return cd
	}
	return nil
}

// IsClass reports whether t was built by pyobj (a user class).
func IsClass(t *py.Type) bool { return dataOf(t) != nil }

func (cd *classData) set(name string, v py.Object) {
	if _, ok := cd.ns[name]; !ok {
		cd.names = append(cd.names, name)
	}
	cd.ns[name] = v
	cd.project(name)
	invalidateLookups()
}

func (cd *classData) del(name string) bool {
	if _, ok := cd.ns[name]; !ok {
		return false
	}
	delete(cd.ns, name)
	invalidateLookups()
	for i, n := range cd.names {
		if n == name {
			cd.names = append(cd.names[:i:i], cd.names[i+1:]...)
			break
		}
	}
	cd.project(name)
	return true
}

// project brings the gpython-visible Dict in step with ns for one name.
func (cd *classData) project(name string) {
	if cd.layout == layoutType {
		if h, ok := typeHooks[name]; ok {
			cd.cls.Dict[name] = h
			return
		}
	}
	v, ok := cd.ns[name]
	if !ok || hiddenNames[name] || name == classKey {
		delete(cd.cls.Dict, name)
		return
	}
	cd.cls.Dict[name] = v
}

// mroOf returns t's MRO as types.
func mroOf(t *py.Type) []*py.Type {
	if len(t.Mro) == 0 {
		var out []*py.Type
		for b := t; b != nil; b = b.Base {
			out = append(out, b)
		}
		if out[len(out)-1] != py.ObjectType {
			out = append(out, py.ObjectType)
		}
		return out
	}
	out := make([]*py.Type, 0, len(t.Mro))
	for _, m := range t.Mro {
		if mt, ok := m.(*py.Type); ok {
			out = append(out, mt)
		}
	}
	return out
}

// lookupFrom finds name along the MRO of t, starting at index start, the way
// CPython's _PyType_Lookup does. It returns the value and the class that
// holds it, or nil.
func lookupFrom(t *py.Type, name string, start int) (py.Object, *py.Type) {
	if start == 0 {
		if cd := dataOf(t); cd != nil {
			r := cd.lookup(name)
			return r.v, r.owner
		}
	}
	return lookupSlow(t, name, start)
}

// lookupSlow is lookupFrom without the cache.
func lookupSlow(t *py.Type, name string, start int) (py.Object, *py.Type) {
	mro := t.Mro
	if len(mro) == 0 {
		for i, mt := range mroOf(t) {
			if i < start {
				continue
			}
			if v := lookupIn(mt, name); v != nil {
				return v, mt
			}
		}
		return nil, nil
	}
	for i := start; i < len(mro); i++ {
		mt := mro[i].(*py.Type)
		if v := lookupIn(mt, name); v != nil {
			return v, mt
		}
	}
	return nil, nil
}

// lookupIn finds name in the own namespace of one class of an MRO.
func lookupIn(mt *py.Type, name string) py.Object {
	if cd := dataOf(mt); cd != nil {
		return cd.ns[name]
	}
	if v, ok := mt.Dict[name]; ok && name != classKey {
		return v
	}
	switch mt {
	case py.ObjectType:
		return objectMethods[name]
	case py.TypeType:
		return typeMethods[name]
	}
	if w, ok := slotWrappers[name]; ok && !isSubclass(mt, py.BaseException) {
		return w
	}
	return nil
}

// Lookup finds name along the MRO of t, like CPython's _PyType_Lookup: in
// the namespaces of pyobj classes and the Dicts of builtin types. It
// returns nil when no class defines name.
func Lookup(t *py.Type, name string) py.Object {
	v, _ := lookupFrom(t, name, 0)
	return v
}

// userLookup finds name in the namespaces of pyobj classes only, along
// the MRO of t. Instances use it for dunders, so that a builtin base's
// behaviour is reached through its Go interfaces instead.
func userLookup(t *py.Type, name string) py.Object {
	if cd := dataOf(t); cd != nil {
		return cd.lookup(name).user
	}
	return userLookupSlow(t, name)
}

// userLookupSlow is userLookup without the cache.
func userLookupSlow(t *py.Type, name string) py.Object {
	for _, m := range t.Mro {
		mt := m.(*py.Type)
		if cd := dataOf(mt); cd != nil {
			if v, ok := cd.ns[name]; ok {
				return v
			}
		}
	}
	return nil
}

// c3 computes the C3 linearisation of bases (without the new class).
func c3(bases []*py.Type) ([]*py.Type, error) {
	for i, b := range bases {
		for _, c := range bases[i+1:] {
			if b == c {
				return nil, py.ExceptionNewf(py.TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	var seqs [][]*py.Type
	for _, b := range bases {
		seqs = append(seqs, mroOf(b))
	}
	seqs = append(seqs, append([]*py.Type(nil), bases...))
	var out []*py.Type
	for {
		var live [][]*py.Type
		for _, s := range seqs {
			if len(s) > 0 {
				live = append(live, s)
			}
		}
		seqs = live
		if len(seqs) == 0 {
			return out, nil
		}
		var pick *py.Type
		for _, s := range seqs {
			h := s[0]
			ok := true
			for _, o := range seqs {
				for _, x := range o[1:] {
					if x == h {
						ok = false
					}
				}
			}
			if ok {
				pick = h
				break
			}
		}
		if pick == nil {
			var names []string
			seen := map[*py.Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, pick)
		for i, s := range seqs {
			if s[0] == pick {
				seqs[i] = s[1:]
			}
		}
	}
}

// subclassFlags are the TPFLAGS bits a class inherits from its bases.
const subclassFlags = py.TPFLAGS_INT_SUBCLASS | py.TPFLAGS_LONG_SUBCLASS |
	py.TPFLAGS_LIST_SUBCLASS | py.TPFLAGS_TUPLE_SUBCLASS | py.TPFLAGS_BYTES_SUBCLASS |
	py.TPFLAGS_UNICODE_SUBCLASS | py.TPFLAGS_DICT_SUBCLASS |
	py.TPFLAGS_BASE_EXC_SUBCLASS | py.TPFLAGS_TYPE_SUBCLASS

// notBaseType are the builtin types CPython refuses as a base.
var notBaseType = map[string]bool{
	"bool": true, "NoneType": true, "range": true, "slice": true, "function": true,
	"generator": true, "ellipsis": true, "NotImplementedType": true, "method": true,
	"builtin_function_or_method": true,
}

// immutableBuiltins are the builtin types whose value is fixed by
// __new__; other builtin bases get their value from __init__.
func immutableBuiltin(t *py.Type) bool {
	switch t.Name {
	case "int", "float", "str", "tuple", "bytes", "complex", "frozenset", "bool", "range",
		"enumerate", "zip", "filter", "map", "reversed":
		return true
	}
	return false
}

// makeClass builds a class: type.__new__(meta, name, bases, ns).
func makeClass(meta *py.Type, name string, bases py.Tuple, ns *AttrDict, kwargs py.StringDict) (*py.Type, error) {
	if len(bases) == 0 {
		bases = py.Tuple{py.ObjectType}
	}
	bt := make([]*py.Type, len(bases))
	for i, b := range bases {
		t, ok := b.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bases must be types")
		}
		if notBaseType[t.Name] && !IsClass(t) {
			return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", t.Name)
		}
		bt[i] = t
	}
	mro, err := c3(bt)
	if err != nil {
		return nil, err
	}
	cls := &py.Type{
		ObjectType: meta,
		Name:       name,
		Qualname:   name,
		Base:       bt[0],
		Bases:      append(py.Tuple(nil), bases...),
		Dict:       py.StringDict{},
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_HEAPTYPE | py.TPFLAGS_BASETYPE | py.TPFLAGS_READY,
		New:        instanceNew,
		Init:       instanceInit,
	}
	cls.Mro = make(py.Tuple, 0, len(mro)+1)
	cls.Mro = append(cls.Mro, cls)
	for _, m := range mro {
		cls.Mro = append(cls.Mro, m)
		cls.Flags |= m.Flags & subclassFlags
	}
	cd := &classData{cls: cls, ns: map[string]py.Object{}}
	cls.Dict[classKey] = cd
	// The first builtin class in the MRO decides the layout.
	for _, m := range mro {
		if IsClass(m) {
			continue
		}
		switch {
		case m == py.ObjectType:
		case m.IsSubtype(py.BaseException):
			cd.layout = layoutException
		case m == py.TypeType || m.IsSubtype(py.TypeType):
			cd.layout = layoutType
		default:
			cd.layout = layoutBuiltin
			cd.builtin = m
		}
		break
	}
	for _, b := range bt {
		if d := dataOf(b); d != nil && d.layout != layoutPlain && cd.layout == layoutPlain {
			cd.layout, cd.builtin = d.layout, d.builtin
		}
	}
	if ns != nil {
		for i, k := range ns.keys {
			v := ns.vals[i]
			switch k {
			case "__qualname__":
				if s, ok := v.(py.String); ok {
					cls.Qualname = string(s)
				} else {
					return nil, py.ExceptionNewf(py.TypeError, "type __qualname__ must be a str, not %s", v.Type().Name)
				}
				continue
			case "__new__":
				if f, ok := v.(*py.Function); ok {
					v = &py.StaticMethod{Callable: f, Dict: py.StringDict{}}
				}
			case "__init_subclass__", "__class_getitem__":
				if f, ok := v.(*py.Function); ok {
					v = &py.ClassMethod{Callable: f, Dict: py.StringDict{}}
				}
			}
			cd.set(k, v)
		}
	}
	if m, ok := cd.ns["__module__"].(py.String); ok {
		cd.module = string(m)
	}
	if _, ok := cd.ns["__doc__"]; !ok {
		cd.set("__doc__", py.None)
	}
	if d, ok := cd.ns["__doc__"].(py.String); ok {
		cls.Doc = string(d)
	}
	if _, ok := cd.ns["__eq__"]; ok {
		if _, ok := cd.ns["__hash__"]; !ok {
			cd.set("__hash__", py.None)
		}
	}
	if cd.layout == layoutType {
		for n := range typeHooks {
			cd.project(n)
		}
	}
	if cd.layout == layoutException {
		declareNames(cd)
	}
	invalidateLookups() // declareNames adds to BaseException's Dict
	for _, b := range bt {
		if d := dataOf(b); d != nil {
			d.subs = append(d.subs, cls)
		}
	}
	// __set_name__ on descriptors, then __init_subclass__ on the parent.
	for _, k := range append([]string(nil), cd.names...) {
		v := cd.ns[k]
		if p, ok := v.(*Property); ok && p.name == "" {
			p.name = k
		}
		if inst, ok := v.(*Instance); ok {
			if f := userLookup(inst.cls, "__set_name__"); f != nil {
				if _, err := callBound(f, inst, inst.cls, py.Tuple{cls, py.String(k)}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	if f, owner := lookupFrom(cls, "__init_subclass__", 1); f != nil && owner != py.ObjectType {
		if _, err := callBound(f, cls, cls, nil, kwargs); err != nil {
			return nil, err
		}
	} else if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return cls, nil
}

// callBound calls attribute value v found on a class as if fetched from
// inst (nil for the class itself) and called with args.
func callBound(v, inst py.Object, cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f, ok := v.(*py.Function); ok && inst != nil {
		return pyvm.CallMethod(f, inst, args, kwargs)
	}
	b, err := bind(v, inst, cls)
	if err != nil {
		return nil, err
	}
	return py.Call(b, args, kwargs)
}

// bind applies the descriptor protocol to v, found on cls, for inst (nil
// when looked up on the class).
func bind(v, inst py.Object, cls *py.Type) (py.Object, error) {
	switch d := v.(type) {
	case *py.Function:
		if inst == nil {
			return d, nil
		}
		return py.NewBoundMethod(inst, d), nil
	case *py.ClassMethod:
		return py.NewBoundMethod(cls, d.Callable), nil
	case *py.StaticMethod:
		return d.Callable, nil
	case *py.Method:
		if inst == nil {
			return d, nil
		}
		return py.NewBoundMethod(inst, d), nil
	case *Instance:
		if f := userLookup(d.cls, "__get__"); f != nil {
			var i py.Object = py.None
			if inst != nil {
				i = inst
			}
			return callBound(f, d, d.cls, py.Tuple{i, cls}, nil)
		}
		return d, nil
	case py.I__get__:
		var i py.Object = py.None
		if inst != nil {
			i = inst
		} else if _, ok := d.(*py.Property); ok {
			return v, nil
		}
		return d.M__get__(i, cls)
	}
	return v, nil
}

// isDataDescriptor reports whether v, found on a class, takes precedence
// over an instance's own attributes.
func isDataDescriptor(v py.Object) bool {
	switch d := v.(type) {
	case *Property, *py.Property, *slot:
		return true
	case *Instance:
		return userLookup(d.cls, "__set__") != nil || userLookup(d.cls, "__delete__") != nil
	}
	return false
}

// moduleOf returns the __module__ of a class: a Go type's own when its
// dict names one (sys.flags, asyncio's Task), else "builtins".
func moduleOf(t *py.Type) string {
	if cd := dataOf(t); cd != nil {
		if m, ok := cd.ns["__module__"].(py.String); ok {
			return string(m)
		}
		return cd.module
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "" {
		return string(m)
	}
	return "builtins"
}

// qualName returns the class's __qualname__.
func qualName(t *py.Type) string {
	if t.Qualname != "" {
		return t.Qualname
	}
	return pyrt.ClassName(t)
}

// classRepr is type.__repr__: <class 'mod.Qualname'>.
func classRepr(t *py.Type) string {
	m := moduleOf(t)
	if m == "builtins" {
		return "<class '" + qualName(t) + "'>"
	}
	return "<class '" + m + "." + qualName(t) + "'>"
}
