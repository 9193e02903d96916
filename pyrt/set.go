package pyrt

// This file defines Set, the builtin set and frozenset. It iterates in
// CPython's table order for keys whose CPython hash is the same in every
// process (so {3, 1, 2} prints {1, 2, 3}), and in insertion order
// otherwise (CPython's own order for strings changes from run to run).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// Set is CPython's set, or frozenset when frozen.
type Set struct {
	t      table
	frozen bool
}

// SetType and FrozenSetType are installed as builtins.set and frozenset.
var (
	SetType = py.NewTypeX("set", `set() -> new empty set object
set(iterable) -> new set object

Build an unordered collection of unique elements.`, setNew, nil)
	FrozenSetType = py.NewTypeX("frozenset", `frozenset() -> empty frozenset object
frozenset(iterable) -> frozenset object

Build an immutable unordered collection of unique elements.`, frozensetNew, nil)
	setIterType = py.NewType("set_iterator", "")
)

var (
	_ py.I__contains__ = (*Set)(nil)
	_ py.I__iter__     = (*Set)(nil)
	_ py.I__len__      = (*Set)(nil)
)

func newSet(frozen bool) *Set { return &Set{frozen: frozen} }

// NewSet returns a new set (frozenset when frozen) of items.
func NewSet(items []py.Object, frozen bool) (*Set, error) {
	s := newSet(frozen)
	for _, it := range items {
		if err := s.add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Type returns set or frozenset.
func (s *Set) Type() *py.Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Items returns the members in iteration order.
func (s *Set) Items() []py.Object {
	idx := s.t.order(true)
	out := make([]py.Object, len(idx))
	for i, n := range idx {
		out[i] = s.t.entries[n].key
	}
	return out
}

func (s *Set) add(key py.Object) error {
	_, err := s.t.set(key, nil)
	return err
}

func (s *Set) has(key py.Object) (bool, error) {
	_, ok, err := s.t.get(key)
	if err != nil && isExc(err, py.TypeError) {
		// A set is looked up as a frozenset, as CPython does.
		if ss, isSet := key.(*Set); isSet && !ss.frozen {
			f := ss.copyAs(true)
			_, ok, err = s.t.get(f)
		}
	}
	return ok, err
}

// merge adds every member of o, as CPython's set_merge does.
func (s *Set) merge(o *Set) {
	if s.t.slots == nil {
		s.t.init(0)
	}
	mask := len(s.t.slots) - 1
	if (s.t.fill+o.t.used)*5 >= mask*3 {
		s.t.resize((s.t.used + o.t.used) * 2)
	}
	for _, n := range o.t.order(true) {
		e := o.t.entries[n]
		s.t.setHashed(e.key, nil, e.hash, e.det)
	}
}

func (s *Set) copyAs(frozen bool) *Set {
	n := newSet(frozen)
	n.merge(s)
	return n
}

// update adds the members of any iterable.
func (s *Set) update(other py.Object) error {
	switch o := other.(type) {
	case *Set:
		s.merge(o)
		return nil
	case *Dict:
		if s.t.slots == nil {
			s.t.init(0)
		}
		if (s.t.fill+o.t.used)*5 >= (len(s.t.slots)-1)*3 {
			s.t.resize((s.t.used + o.t.used) * 2)
		}
		for _, k := range o.t.keys() {
			if err := s.add(k); err != nil {
				return err
			}
		}
		return nil
	}
	return iterate(other, s.add)
}

// setFromAny returns other as a *Set (a new one unless it is one).
func setFromAny(other py.Object) (*Set, error) {
	if s, ok := other.(*Set); ok {
		return s, nil
	}
	s := newSet(false)
	if err := s.update(other); err != nil {
		return nil, err
	}
	return s, nil
}

func setNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	s := newSet(false)
	if len(args) == 1 {
		if err := s.update(args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func frozensetNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if f, ok := args[0].(*Set); ok && f.frozen {
			return f, nil
		}
	}
	s := newSet(true)
	if len(args) == 1 {
		if err := s.update(args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Set) M__len__() (py.Object, error)  { return py.Int(s.t.used), nil }
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.t.used > 0), nil }
func (s *Set) M__repr__() (py.Object, error) { return ReprObject(s) }
func (s *Set) M__str__() (py.Object, error)  { return ReprObject(s) }

func (s *Set) M__contains__(key py.Object) (py.Object, error) {
	ok, err := s.has(key)
	return py.NewBool(ok), err
}

func (s *Set) M__iter__() (py.Object, error) {
	used := s.t.used
	return &setIter{sliceIter{items: s.Items(), check: func() error {
		if s.t.used != used {
			used = -1
			return py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
		}
		return nil
	}}}, nil
}

func (s *Set) M__hash__() (py.Object, error) {
	h, _, err := s.frozenHash()
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// frozenHash is CPython's frozenset_hash.
func (s *Set) frozenHash() (int64, bool, error) {
	if !s.frozen {
		return 0, false, unhashable(s)
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	det := true
	for _, e := range s.t.entries {
		if !e.deleted {
			h ^= shuffle(uint64(e.hash))
			det = det && e.det
		}
	}
	h ^= (uint64(s.t.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h), det, nil
}

type setIter struct{ sliceIter }

func (it *setIter) Type() *py.Type { return setIterType }

func (it *setIter) M__iter__() (py.Object, error) { return it, nil }

// result makes a new set of the same kind as s.
func (s *Set) result() *Set { return newSet(s.frozen) }

func setOr(a, b *Set) (py.Object, error) {
	r := a.copyAs(a.frozen)
	r.merge(b)
	return r, nil
}

func setAnd(a, b *Set) (py.Object, error) {
	r := a.result()
	small, big := a, b
	if b.t.used < a.t.used {
		small, big = b, a
	}
	for _, k := range small.Items() {
		ok, err := big.has(k)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := r.add(k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setSub(a, b *Set) (py.Object, error) {
	r := a.result()
	for _, k := range a.Items() {
		ok, err := b.has(k)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := r.add(k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setXor(a, b *Set) (py.Object, error) {
	r := b.copyAs(a.frozen)
	for _, k := range a.Items() {
		_, removed, err := r.t.del(k)
		if err != nil {
			return nil, err
		}
		if !removed {
			if err := r.add(k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setEqual(a, b *Set) (bool, error) {
	if a.t.used != b.t.used {
		return false, nil
	}
	return setSubset(a, b)
}

func setSubset(a, b *Set) (bool, error) {
	if a.t.used > b.t.used {
		return false, nil
	}
	for _, k := range a.t.keys() {
		ok, err := b.has(k)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// binop applies op when other is a set or frozenset (or a dict view).
func (s *Set) binop(other py.Object, op func(a, b *Set) (py.Object, error), reflected bool) (py.Object, error) {
	var o *Set
	switch x := other.(type) {
	case *Set:
		o = x
	case *DictView:
		if x.kind == viewValues {
			return py.NotImplemented, nil
		}
		v, err := x.asSet()
		if err != nil {
			return nil, err
		}
		o = v
	default:
		return py.NotImplemented, nil
	}
	if reflected {
		return op(o, s)
	}
	return op(s, o)
}

func (s *Set) M__or__(o py.Object) (py.Object, error)   { return s.binop(o, setOr, false) }
func (s *Set) M__and__(o py.Object) (py.Object, error)  { return s.binop(o, setAnd, false) }
func (s *Set) M__sub__(o py.Object) (py.Object, error)  { return s.binop(o, setSub, false) }
func (s *Set) M__xor__(o py.Object) (py.Object, error)  { return s.binop(o, setXor, false) }
func (s *Set) M__ror__(o py.Object) (py.Object, error)  { return s.binop(o, setOr, true) }
func (s *Set) M__rand__(o py.Object) (py.Object, error) { return s.binop(o, setAnd, true) }
func (s *Set) M__rsub__(o py.Object) (py.Object, error) { return s.binop(o, setSub, true) }
func (s *Set) M__rxor__(o py.Object) (py.Object, error) { return s.binop(o, setXor, true) }

// inplace applies op and stores the result in s (s |= o and friends).
func (s *Set) inplace(other py.Object, op func(a, b *Set) (py.Object, error)) (py.Object, error) {
	if s.frozen {
		return s.binop(other, op, false)
	}
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	r, err := op(s, o)
	if err != nil {
		return nil, err
	}
	rs := r.(*Set)
	if pyvm.Identical(r, s) {
		return s, nil
	}
	s.t = rs.t
	return s, nil
}

func (s *Set) M__ior__(o py.Object) (py.Object, error) {
	if os, ok := o.(*Set); ok && !s.frozen {
		s.merge(os)
		return s, nil
	}
	return s.inplace(o, setOr)
}
func (s *Set) M__iand__(o py.Object) (py.Object, error) { return s.inplace(o, setAnd) }
func (s *Set) M__isub__(o py.Object) (py.Object, error) { return s.inplace(o, setSub) }
func (s *Set) M__ixor__(o py.Object) (py.Object, error) { return s.inplace(o, setXor) }

func (s *Set) cmp(other py.Object, f func(a, b *Set) (bool, error)) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		if v, isView := other.(*DictView); isView && v.kind != viewValues {
			vs, err := v.asSet()
			if err != nil {
				return nil, err
			}
			o = vs
		} else {
			return py.NotImplemented, nil
		}
	}
	r, err := f(s, o)
	return py.NewBool(r), err
}

func (s *Set) M__eq__(o py.Object) (py.Object, error) { return s.cmp(o, setEqual) }
func (s *Set) M__ne__(o py.Object) (py.Object, error) {
	return s.cmp(o, func(a, b *Set) (bool, error) {
		eq, err := setEqual(a, b)
		return !eq, err
	})
}
func (s *Set) M__le__(o py.Object) (py.Object, error) { return s.cmp(o, setSubset) }
func (s *Set) M__ge__(o py.Object) (py.Object, error) {
	return s.cmp(o, func(a, b *Set) (bool, error) { return setSubset(b, a) })
}
func (s *Set) M__lt__(o py.Object) (py.Object, error) {
	return s.cmp(o, func(a, b *Set) (bool, error) {
		if a.t.used >= b.t.used {
			return false, nil
		}
		return setSubset(a, b)
	})
}
func (s *Set) M__gt__(o py.Object) (py.Object, error) {
	return s.cmp(o, func(a, b *Set) (bool, error) {
		if b.t.used >= a.t.used {
			return false, nil
		}
		return setSubset(b, a)
	})
}

func asSet(self py.Object, method string, mutating bool) (*Set, error) {
	s, ok := self.(*Set)
	if !ok || (mutating && s.frozen) {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", TypeName(self), method)
	}
	return s, nil
}

// multi folds op over every argument of a method like union(*others).
func multi(name string, op func(a, b *Set) (py.Object, error)) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := asSet(self, name, false)
		if err != nil {
			return nil, err
		}
		r := s.copyAs(s.frozen)
		for _, a := range args {
			o, err := setFromAny(a)
			if err != nil {
				return nil, err
			}
			res, err := op(r, o)
			if err != nil {
				return nil, err
			}
			r = res.(*Set)
		}
		return r, nil
	}
}

// multiUpdate is the in-place form of multi (update, intersection_update...).
func multiUpdate(name string, op func(a, b *Set) (py.Object, error)) func(self py.Object, args py.Tuple) (py.Object, error) {
	f := multi(name, op)
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := asSet(self, name, true)
		if err != nil {
			return nil, err
		}
		if name == "update" {
			for _, a := range args {
				if err := s.update(a); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		}
		r, err := f(self, args)
		if err != nil {
			return nil, err
		}
		s.t = r.(*Set).t
		return py.None, nil
	}
}

func setPredicate(name string, f func(a, b *Set) (bool, error)) func(self, other py.Object) (py.Object, error) {
	return func(self, other py.Object) (py.Object, error) {
		s, err := asSet(self, name, false)
		if err != nil {
			return nil, err
		}
		o, err := setFromAny(other)
		if err != nil {
			return nil, err
		}
		r, err := f(s, o)
		return py.NewBool(r), err
	}
}

var setMethods = map[string]any{
	"add": func(self, key py.Object) (py.Object, error) {
		s, err := asSet(self, "add", true)
		if err != nil {
			return nil, err
		}
		return py.None, s.add(key)
	},
	"discard": func(self, key py.Object) (py.Object, error) {
		s, err := asSet(self, "discard", true)
		if err != nil {
			return nil, err
		}
		_, _, err = s.t.del(key)
		return py.None, err
	},
	"remove": func(self, key py.Object) (py.Object, error) {
		s, err := asSet(self, "remove", true)
		if err != nil {
			return nil, err
		}
		_, ok, err := s.t.del(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, keyError(key)
		}
		return py.None, nil
	},
	"pop": func(self py.Object) (py.Object, error) {
		s, err := asSet(self, "pop", true)
		if err != nil {
			return nil, err
		}
		if s.t.used == 0 {
			return nil, py.ExceptionNewf(py.KeyError, "pop from an empty set")
		}
		if s.t.nondet > 0 {
			for i, e := range s.t.entries {
				if !e.deleted {
					s.t.removeAt(i, s.t.slotOf(i))
					return e.key, nil
				}
			}
		}
		mask := len(s.t.slots) - 1
		i := s.t.finger & mask
		for s.t.slots[i] < 0 {
			i = (i + 1) & mask
		}
		idx := int(s.t.slots[i])
		key := s.t.entries[idx].key
		s.t.removeAt(idx, i)
		s.t.finger = i + 1
		return key, nil
	},
	"clear": func(self py.Object) (py.Object, error) {
		s, err := asSet(self, "clear", true)
		if err != nil {
			return nil, err
		}
		s.t.clear()
		return py.None, nil
	},
	"copy": func(self py.Object) (py.Object, error) {
		s, err := asSet(self, "copy", false)
		if err != nil {
			return nil, err
		}
		if s.frozen {
			return s, nil
		}
		return s.copyAs(false), nil
	},
	"union":                       multi("union", setOr),
	"intersection":                multi("intersection", setAnd),
	"difference":                  multi("difference", setSub),
	"symmetric_difference":        multi("symmetric_difference", setXor),
	"update":                      multiUpdate("update", setOr),
	"intersection_update":         multiUpdate("intersection_update", setAnd),
	"difference_update":           multiUpdate("difference_update", setSub),
	"symmetric_difference_update": multiUpdate("symmetric_difference_update", setXor),
	"issubset":                    setPredicate("issubset", setSubset),
	"issuperset":                  setPredicate("issuperset", func(a, b *Set) (bool, error) { return setSubset(b, a) }),
	"isdisjoint": setPredicate("isdisjoint", func(a, b *Set) (bool, error) {
		r, err := setAnd(a, b)
		if err != nil {
			return false, err
		}
		return r.(*Set).t.used == 0, nil
	}),
}

// gpySet converts one of gpython's own sets, whose order is lost, to a
// Set (ordered by CPython's table where it can be).
func gpySet(s *py.Set, frozen bool) *Set {
	r := newSet(frozen)
	it, err := s.M__iter__()
	if err != nil {
		return r
	}
	var items []py.Object
	for {
		o, err := py.Next(it)
		if err != nil {
			break
		}
		items = append(items, o)
	}
	sortForDeterminism(items)
	for _, o := range items {
		r.add(o)
	}
	return r
}
