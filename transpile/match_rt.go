package transpile

// This file defines __nbc_match, the runtime half of the match statement
// lowering (lower_match.go), with CPython 3.11's semantics.
//
//	__nbc_match(subject, nslots, spec) -> tuple of nslots values, or None
//
// spec describes one pattern, as nested tuples built by the lowered code
// each time its case is tried (so value and class expressions are
// evaluated only then):
//
//	None                              the wildcard _
//	('c', slot, spec|None)            capture (name, or pattern as name)
//	('v', value)                      value pattern: subject == value
//	('i', value)                      None, True, False: subject is value
//	('s', (spec, ...), star)          sequence; star is the index of the
//	                                  ('*', slot) element, or -1; slot -1 is *_
//	('m', (key, ...), (spec, ...), rest)  mapping; rest is a slot or -1
//	('k', cls, (spec, ...), ('attr', ...), (spec, ...))  class pattern
//	('o', spec, spec, ...)            or pattern
//
// A successful match returns the value of each slot (the names the case
// binds, in the lowering's order); a failed one returns None, and binds
// nothing.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// matcher is one call of __nbc_match.
type matcher struct {
	b     py.StringDict // the builtins, looked up at call time
	slots py.Tuple
}

// matchSelfTypes are the builtin types whose class pattern with one
// positional sub-pattern matches the subject itself (CPython's
// _Py_TPFLAGS_MATCH_SELF).
var matchSelfTypes = []string{"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}

// installMatch adds __nbc_match to the builtins b.
func installMatch(b *py.Module) error {
	m, err := py.NewMethod("__nbc_match", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_match: got %d arguments, want 3", len(args))
		}
		n, ok := args[1].(py.Int)
		if !ok || n < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_match: bad slot count")
		}
		m := &matcher{b: b.Globals, slots: make(py.Tuple, n)}
		ok, err := m.match(args[0], args[2])
		if err != nil || !ok {
			return py.None, err
		}
		for i, v := range m.slots {
			if v == nil {
				m.slots[i] = py.None
			}
		}
		return m.slots, nil
	}, 0, "__nbc_match(subject, nslots, spec): a lowered match pattern")
	if err != nil {
		return err
	}
	b.Globals["__nbc_match"] = m
	return nil
}

func (m *matcher) builtin(name string, args ...py.Object) (py.Object, error) {
	f, ok := m.b[name]
	if !ok {
		return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	return py.Call(f, py.Tuple(args), nil)
}

func (m *matcher) builtinType(name string) *py.Type {
	t, _ := m.b[name].(*py.Type)
	return t
}

func truthy(o py.Object, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	return pyvm.Truth(o)
}

func specErr() error {
	return py.ExceptionNewf(py.SystemError, "__nbc_match: malformed pattern")
}

func asInt(o py.Object) int {
	if i, ok := o.(py.Int); ok {
		return int(i)
	}
	return -1
}

func (m *matcher) bind(slot py.Object, v py.Object) {
	if i := asInt(slot); i >= 0 && i < len(m.slots) {
		m.slots[i] = v
	}
}

// match matches subject against spec, filling m.slots.
func (m *matcher) match(subject, spec py.Object) (bool, error) {
	if spec == py.None {
		return true, nil
	}
	s, ok := spec.(py.Tuple)
	if !ok || len(s) == 0 {
		return false, specErr()
	}
	tag, _ := s[0].(py.String)
	switch tag {
	case "c":
		if len(s) != 3 {
			return false, specErr()
		}
		ok, err := m.match(subject, s[2])
		if ok {
			m.bind(s[1], subject)
		}
		return ok, err
	case "v":
		return truthy(pyvm.Compare(vm.PyCmp_EQ, subject, s[1]))
	case "i":
		return pyvm.Identical(subject, s[1]), nil
	case "o":
		for _, alt := range s[1:] {
			ok, err := m.match(subject, alt)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case "s":
		if len(s) != 3 {
			return false, specErr()
		}
		subs, _ := s[1].(py.Tuple)
		return m.sequence(subject, subs, asInt(s[2]))
	case "m":
		if len(s) != 4 {
			return false, specErr()
		}
		keys, _ := s[1].(py.Tuple)
		subs, _ := s[2].(py.Tuple)
		return m.mapping(subject, keys, subs, s[3])
	case "k":
		if len(s) != 5 {
			return false, specErr()
		}
		pos, _ := s[2].(py.Tuple)
		names, _ := s[3].(py.Tuple)
		kws, _ := s[4].(py.Tuple)
		return m.class(subject, s[1], pos, names, kws)
	}
	return false, specErr()
}

// isWild reports whether a sub-pattern spec is _ or *_.
func isWild(spec py.Object) bool {
	if spec == py.None {
		return true
	}
	if s, ok := spec.(py.Tuple); ok && len(s) == 2 && s[0] == py.String("*") && asInt(s[1]) < 0 {
		return true
	}
	return false
}

// mroHas reports whether t or one of its bases is named one of names in
// one of modules.
func (m *matcher) mroHas(t *py.Type, modules []string, names ...string) bool {
	classes := []py.Object{t}
	if len(t.Mro) > 0 {
		classes = t.Mro
	}
	for _, c := range classes {
		ct, ok := c.(*py.Type)
		if !ok {
			continue
		}
		for _, n := range names {
			if ct.Name != n {
				continue
			}
			mod, err := m.builtin("getattr", ct, py.String("__module__"), py.None)
			if err != nil {
				continue
			}
			for _, want := range modules {
				if ms, ok := mod.(py.String); ok && string(ms) == want {
					return true
				}
			}
		}
	}
	return false
}

var abcModules = []string{"collections.abc", "_collections_abc", "typing"}

// isSequence is CPython's Py_TPFLAGS_SEQUENCE test: list, tuple, range,
// deque, memoryview, array and collections.abc.Sequence subclasses; not
// str, bytes or bytearray.
func (m *matcher) isSequence(o py.Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple, *py.Range:
		return true
	case py.String, py.Bytes, py.StringDict:
		return false
	}
	t := o.Type()
	if t == nil {
		return false
	}
	for _, name := range []string{"str", "bytes", "bytearray", "dict"} {
		if bt := m.builtinType(name); bt != nil && t.IsSubtype(bt) {
			return false
		}
	}
	if t.IsSubtype(py.ListType) || t.IsSubtype(py.TupleType) || t.IsSubtype(py.RangeType) {
		return true
	}
	return m.mroHas(t, []string{"collections"}, "deque") ||
		m.mroHas(t, []string{"builtins"}, "memoryview") ||
		m.mroHas(t, []string{"array"}, "array") ||
		m.mroHas(t, abcModules, "Sequence", "MutableSequence")
}

// isMapping is CPython's Py_TPFLAGS_MAPPING test: dict and its
// subclasses, mappingproxy and collections.abc.Mapping subclasses.
func (m *matcher) isMapping(o py.Object) bool {
	if _, ok := o.(py.StringDict); ok {
		return true
	}
	t := o.Type()
	if t == nil {
		return false
	}
	if dt := m.builtinType("dict"); dt != nil && t.IsSubtype(dt) {
		return true
	}
	if t.Name == "mappingproxy" {
		return true
	}
	return m.mroHas(t, abcModules, "Mapping", "MutableMapping")
}

func (m *matcher) length(o py.Object) (int, error) {
	n, err := m.builtin("len", o)
	if err != nil {
		return 0, err
	}
	i, ok := n.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyrt.TypeName(n))
	}
	return int(i), nil
}

func (m *matcher) sequence(subject py.Object, subs py.Tuple, star int) (bool, error) {
	if !m.isSequence(subject) {
		return false, nil
	}
	size := len(subs)
	starWild := star >= 0 && isWild(subs[star])
	switch {
	case star < 0:
		n, err := m.length(subject)
		if err != nil || n != size {
			return false, err
		}
	case size > 1:
		n, err := m.length(subject)
		if err != nil || n < size-1 {
			return false, err
		}
	}
	onlyWild := true
	for _, sp := range subs {
		if !isWild(sp) {
			onlyWild = false
		}
	}
	if onlyWild {
		return true, nil
	}
	if starWild {
		// Subscripts: s[i] before the star, s[len(s) - k] after it.
		for i, sp := range subs {
			if i == star || isWild(sp) {
				continue
			}
			idx := i
			if i > star {
				n, err := m.length(subject)
				if err != nil {
					return false, err
				}
				idx = n - (size - i)
			}
			v, err := py.GetItem(subject, py.Int(idx))
			if err != nil {
				return false, err
			}
			if ok, err := m.match(v, sp); !ok || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	// Unpack by iteration, as UNPACK_SEQUENCE and UNPACK_EX do.
	var items []py.Object
	if l, ok := subject.(*py.List); ok {
		items = append(items, l.Items...)
	} else if t, ok := subject.(py.Tuple); ok {
		items = t
	} else {
		it, err := pyvm.Iter(subject)
		if err != nil {
			return false, err
		}
		for {
			v, err := py.Next(it)
			if err != nil {
				if py.IsException(py.StopIteration, err) {
					break
				}
				return false, err
			}
			items = append(items, v)
		}
	}
	if star < 0 {
		if len(items) != size {
			return false, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", size)
		}
		for i, sp := range subs {
			if ok, err := m.match(items[i], sp); !ok || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	if len(items) < size-1 {
		return false, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", size-1, len(items))
	}
	after := size - 1 - star
	for i, sp := range subs {
		var v py.Object
		switch {
		case i < star:
			v = items[i]
		case i == star:
			v = py.NewListFromItems(append([]py.Object(nil), items[star:len(items)-after]...))
		default:
			v = items[len(items)-(size-i)]
		}
		if i == star {
			st, _ := sp.(py.Tuple)
			if len(st) == 2 {
				m.bind(st[1], v)
			}
			continue
		}
		if ok, err := m.match(v, sp); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// missing is the default get returns for an absent key.
var missing = py.NewType("__nbc_missing", "")

func (m *matcher) mapping(subject py.Object, keys, subs py.Tuple, rest py.Object) (bool, error) {
	if !m.isMapping(subject) {
		return false, nil
	}
	restSlot := asInt(rest)
	if len(keys) == 0 && restSlot < 0 {
		return true, nil
	}
	n, err := m.length(subject)
	if err != nil || n < len(keys) {
		return false, err
	}
	var values []py.Object
	if len(keys) > 0 {
		get, err := m.builtin("getattr", subject, py.String("get"))
		if err != nil {
			return false, err
		}
		for i, k := range keys {
			for _, prev := range keys[:i] {
				eq, err := pyvm.Eq(prev, k)
				if err != nil {
					return false, err
				}
				if eq {
					r, err := pyrt.Repr(k)
					if err != nil {
						return false, err
					}
					return false, py.ExceptionNewf(py.ValueError, "mapping pattern checks duplicate key (%s)", r)
				}
			}
			v, err := py.Call(get, py.Tuple{k, missing}, nil)
			if err != nil {
				return false, err
			}
			if v == py.Object(missing) {
				return false, nil
			}
			values = append(values, v)
		}
	}
	for i, sp := range subs {
		if ok, err := m.match(values[i], sp); !ok || err != nil {
			return false, err
		}
	}
	if restSlot >= 0 {
		d, err := m.builtin("dict", subject)
		if err != nil {
			return false, err
		}
		for _, k := range keys {
			if _, err := py.DelItem(d, k); err != nil {
				return false, err
			}
		}
		m.bind(rest, d)
	}
	return true, nil
}

// clsName is the name CPython gives the class t in messages.
func clsName(t *py.Type) string {
	switch t {
	case py.ComplexType:
		return "complex"
	case py.BigIntType:
		return "int"
	case py.StringDictType:
		return "dict"
	}
	return t.Name
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (m *matcher) class(subject, clsObj py.Object, pos, names, kws py.Tuple) (bool, error) {
	cls, ok := clsObj.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "called match pattern must be a type")
	}
	isInst, err := truthy(m.builtin("isinstance", subject, cls))
	if err != nil || !isInst {
		return false, err
	}
	var attrs []py.Object
	seen := map[string]bool{}
	attr := func(name string) (py.Object, error) {
		if seen[name] {
			r, _ := pyrt.Repr(py.String(name))
			return nil, py.ExceptionNewf(py.TypeError, "%s() got multiple sub-patterns for attribute %s", clsName(cls), r)
		}
		seen[name] = true
		v, err := m.builtin("getattr", subject, py.String(name))
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				return nil, nil
			}
			return nil, err
		}
		return v, nil
	}
	if len(pos) > 0 {
		matchSelf := false
		var matchArgs py.Tuple
		ma, err := m.builtin("getattr", cls, py.String("__match_args__"))
		switch {
		case err == nil:
			t, ok := ma.(py.Tuple)
			if !ok {
				return false, py.ExceptionNewf(py.TypeError, "%s.__match_args__ must be a tuple (got %s)", clsName(cls), pyrt.TypeName(ma))
			}
			matchArgs = t
		case py.IsException(py.AttributeError, err):
			for _, name := range matchSelfTypes {
				if bt := m.builtinType(name); bt != nil && cls.IsSubtype(bt) {
					matchSelf = true
				}
			}
			if !matchSelf && (cls == py.IntType || cls == py.BoolType) {
				matchSelf = true
			}
		default:
			return false, err
		}
		allowed := len(matchArgs)
		if matchSelf {
			allowed = 1
		}
		if allowed < len(pos) {
			return false, py.ExceptionNewf(py.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", clsName(cls), allowed, plural(allowed), len(pos))
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for i := range pos {
				name, ok := matchArgs[i].(py.String)
				if !ok {
					return false, py.ExceptionNewf(py.TypeError, "__match_args__ elements must be strings (got %s)", pyrt.TypeName(matchArgs[i]))
				}
				v, err := attr(string(name))
				if v == nil || err != nil {
					return false, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range names {
		name, _ := n.(py.String)
		v, err := attr(string(name))
		if v == nil || err != nil {
			return false, err
		}
		attrs = append(attrs, v)
	}
	subs := append(append(py.Tuple(nil), pos...), kws...)
	for i, sp := range subs {
		if ok, err := m.match(attrs[i], sp); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}
