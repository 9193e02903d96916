package pyobj

// This file defines AttrDict, the insertion-ordered str-keyed mapping
// behind instance __dict__, vars(obj), a class's __dict__ view
// (read-only, printed as mappingproxy) and the namespace given to
// metaclasses.

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// AttrDict is an insertion-ordered mapping from attribute names to values.
//
// Entries live in two parallel slices in insertion order; an index from
// key to position is built only once the dict grows past smallDict
// entries. An instance's few attributes are thus found by a short scan
// (attribute names are usually the same interned strings, compared by
// pointer first), and making an instance allocates no map.
type AttrDict struct {
	keys     []string
	vals     []py.Object
	index    map[string]int // nil while len(keys) <= smallDict
	readonly bool           // a class __dict__ view: mappingproxy
	cd       *classData     // for a view, the class it shows (writes go nowhere)
}

// smallDict is the size up to which an AttrDict has no index.
const smallDict = 8

// AttrDictType is the Python type of [AttrDict].
var AttrDictType = newGoType("dict", "ordered attribute dictionary")

// MappingProxyType is the type of a class's read-only __dict__ view.
var MappingProxyType = newGoType("mappingproxy", "read-only view of a class namespace")

// NewAttrDict returns an empty AttrDict.
func NewAttrDict() *AttrDict { return &AttrDict{} }

// Type returns dict, or mappingproxy for a class view.
func (d *AttrDict) Type() *py.Type {
	if d.readonly {
		return MappingProxyType
	}
	return AttrDictType
}

// find returns the position of key, or -1.
func (d *AttrDict) find(key string) int {
	if d.index != nil {
		if i, ok := d.index[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range d.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Get returns the value for key and whether it is present.
func (d *AttrDict) Get(key string) (py.Object, bool) {
	if i := d.find(key); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

// Set sets key to v, keeping the first insertion position.
func (d *AttrDict) Set(key string, v py.Object) {
	if i := d.find(key); i >= 0 {
		d.vals[i] = v
		return
	}
	if d.keys == nil {
		d.keys = make([]string, 0, 4)
		d.vals = make([]py.Object, 0, 4)
	}
	d.keys = append(d.keys, key)
	d.vals = append(d.vals, v)
	if d.index != nil {
		d.index[key] = len(d.keys) - 1
	} else if len(d.keys) > smallDict {
		d.reindex()
	}
}

// reindex rebuilds the index after entries moved (or once the dict grew
// past smallDict).
func (d *AttrDict) reindex() {
	if len(d.keys) <= smallDict {
		d.index = nil
		return
	}
	d.index = make(map[string]int, len(d.keys))
	for i, k := range d.keys {
		d.index[k] = i
	}
}

// Delete removes key and reports whether it was present.
func (d *AttrDict) Delete(key string) bool {
	i := d.find(key)
	if i < 0 {
		return false
	}
	d.keys = append(d.keys[:i:i], d.keys[i+1:]...)
	d.vals = append(d.vals[:i:i], d.vals[i+1:]...)
	if d.index != nil {
		d.reindex()
	}
	return true
}

// clear removes every entry.
func (d *AttrDict) clear() { d.keys, d.vals, d.index = nil, nil, nil }

// Keys returns the keys in insertion order.
func (d *AttrDict) Keys() []string { return append([]string(nil), d.keys...) }

// Len returns the number of entries.
func (d *AttrDict) Len() int { return len(d.keys) }

func (d *AttrDict) key(k py.Object) (string, error) {
	if s, ok := k.(py.String); ok {
		return string(s), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", k.Type().Name)
}

func (d *AttrDict) writable() error {
	if d.readonly {
		return py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item assignment")
	}
	return nil
}

// M__getitem__ returns d[key].
func (d *AttrDict) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok {
		if v, ok := d.Get(string(s)); ok {
			return v, nil
		}
	}
	r, err := reprString(key)
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.KeyError, "%s", r)
}

// M__setitem__ sets d[key] = value.
func (d *AttrDict) M__setitem__(key, value py.Object) (py.Object, error) {
	if err := d.writable(); err != nil {
		return nil, err
	}
	k, err := d.key(key)
	if err != nil {
		return nil, err
	}
	d.Set(k, value)
	return py.None, nil
}

// M__delitem__ deletes d[key].
func (d *AttrDict) M__delitem__(key py.Object) (py.Object, error) {
	if err := d.writable(); err != nil {
		return nil, err
	}
	k, err := d.key(key)
	if err != nil {
		return nil, err
	}
	if !d.Delete(k) {
		return nil, py.ExceptionNewf(py.KeyError, "'%s'", k)
	}
	return py.None, nil
}

// M__len__ returns len(d).
func (d *AttrDict) M__len__() (py.Object, error) { return py.Int(len(d.keys)), nil }

// M__bool__ reports whether d is non-empty.
func (d *AttrDict) M__bool__() (py.Object, error) { return py.NewBool(len(d.keys) > 0), nil }

// M__contains__ reports whether key is in d.
func (d *AttrDict) M__contains__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok {
		return py.NewBool(d.find(string(s)) >= 0), nil
	}
	return py.False, nil
}

// M__iter__ iterates over a snapshot of the keys.
func (d *AttrDict) M__iter__() (py.Object, error) {
	items := make([]py.Object, len(d.keys))
	for i, k := range d.keys {
		items[i] = py.String(k)
	}
	return py.NewIterator(py.Tuple(items)), nil
}

// M__eq__ compares with another AttrDict entry by entry.
func (d *AttrDict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*AttrDict)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(o.keys) != len(d.keys) {
		return py.False, nil
	}
	for i, k := range d.keys {
		v := d.vals[i]
		w, ok := o.Get(k)
		if !ok {
			return py.False, nil
		}
		eq, err := pyvm.Eq(v, w)
		if err != nil {
			return nil, err
		}
		if !eq {
			return py.False, nil
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (d *AttrDict) M__ne__(other py.Object) (py.Object, error) {
	return pyvm.NotEq(d.M__eq__(other))
}

// M__repr__ prints like CPython's dict, or mappingproxy({...}).
func (d *AttrDict) M__repr__() (py.Object, error) {
	var b strings.Builder
	if d.readonly {
		b.WriteString("mappingproxy(")
	}
	b.WriteByte('{')
	for i, k := range d.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		kr, err := reprString(py.String(k))
		if err != nil {
			return nil, err
		}
		var vr string
		if v := d.vals[i]; v == py.Object(d) {
			vr = "{...}"
		} else if vr, err = reprString(v); err != nil {
			return nil, err
		}
		b.WriteString(kr)
		b.WriteString(": ")
		b.WriteString(vr)
	}
	b.WriteByte('}')
	if d.readonly {
		b.WriteByte(')')
	}
	return py.String(b.String()), nil
}

func (d *AttrDict) tuples(f func(k string, v py.Object) py.Object) py.Object {
	items := make([]py.Object, len(d.keys))
	for i, k := range d.keys {
		items[i] = f(k, d.vals[i])
	}
	return py.NewListFromItems(items)
}

func init() {
	methods := map[string]interface{}{
		"keys": func(self py.Object) (py.Object, error) {
			return self.(*AttrDict).tuples(func(k string, _ py.Object) py.Object { return py.String(k) }), nil
		},
		"values": func(self py.Object) (py.Object, error) {
			return self.(*AttrDict).tuples(func(_ string, v py.Object) py.Object { return v }), nil
		},
		"items": func(self py.Object) (py.Object, error) {
			return self.(*AttrDict).tuples(func(k string, v py.Object) py.Object { return py.Tuple{py.String(k), v} }), nil
		},
		"get": func(self py.Object, args py.Tuple) (py.Object, error) {
			var key, def py.Object = nil, py.None
			if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			if s, ok := key.(py.String); ok {
				if v, ok := self.(*AttrDict).Get(string(s)); ok {
					return v, nil
				}
			}
			return def, nil
		},
		"copy": func(self py.Object) (py.Object, error) {
			d := self.(*AttrDict)
			c := NewAttrDict()
			for i, k := range d.keys {
				c.Set(k, d.vals[i])
			}
			return c, nil
		},
		"pop": func(self py.Object, args py.Tuple) (py.Object, error) {
			d := self.(*AttrDict)
			if err := d.writable(); err != nil {
				return nil, err
			}
			var key, def py.Object
			if err := py.UnpackTuple(args, nil, "pop", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			k, err := d.key(key)
			if err != nil {
				return nil, err
			}
			if v, ok := d.Get(k); ok {
				d.Delete(k)
				return v, nil
			}
			if def != nil {
				return def, nil
			}
			return nil, py.ExceptionNewf(py.KeyError, "'%s'", k)
		},
		"setdefault": func(self py.Object, args py.Tuple) (py.Object, error) {
			d := self.(*AttrDict)
			if err := d.writable(); err != nil {
				return nil, err
			}
			var key, def py.Object = nil, py.None
			if err := py.UnpackTuple(args, nil, "setdefault", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			k, err := d.key(key)
			if err != nil {
				return nil, err
			}
			if v, ok := d.Get(k); ok {
				return v, nil
			}
			d.Set(k, def)
			return def, nil
		},
		"update": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			d := self.(*AttrDict)
			if err := d.writable(); err != nil {
				return nil, err
			}
			var src py.Object
			if err := py.UnpackTuple(args, nil, "update", 0, 1, &src); err != nil {
				return nil, err
			}
			if src != nil {
				if err := updateFrom(d, src); err != nil {
					return nil, err
				}
			}
			for k, v := range kwargs {
				d.Set(k, v)
			}
			return py.None, nil
		},
		"clear": func(self py.Object) (py.Object, error) {
			d := self.(*AttrDict)
			if err := d.writable(); err != nil {
				return nil, err
			}
			d.clear()
			return py.None, nil
		},
	}
	for name, fn := range methods {
		m := py.MustNewMethod(name, fn, 0, "")
		AttrDictType.Dict[name] = m
		if name == "keys" || name == "values" || name == "items" || name == "get" || name == "copy" {
			MappingProxyType.Dict[name] = m
		}
	}
}

// updateFrom copies the entries of a mapping (anything with keys() and
// __getitem__) or an iterable of pairs into d.
func updateFrom(d *AttrDict, src py.Object) error {
	switch s := src.(type) {
	case *AttrDict:
		for i, k := range s.keys {
			d.Set(k, s.vals[i])
		}
		return nil
	case py.StringDict:
		for k, v := range s {
			d.Set(k, v)
		}
		return nil
	}
	if keys, err := pyvm.GetAttr(src, "keys"); err == nil {
		ks, err := py.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		var ierr error
		err = py.Iterate(ks, func(k py.Object) bool {
			v, err := py.GetItem(src, k)
			if err != nil {
				ierr = err
				return true
			}
			name, err := d.key(k)
			if err != nil {
				ierr = err
				return true
			}
			d.Set(name, v)
			return false
		})
		if err != nil {
			return err
		}
		return ierr
	}
	var ierr error
	err := py.Iterate(src, func(item py.Object) bool {
		pair, err := py.SequenceTuple(item)
		if err != nil || len(pair) != 2 {
			ierr = py.ExceptionNewf(py.ValueError, "dictionary update sequence element has wrong length")
			return true
		}
		k, err := d.key(pair[0])
		if err != nil {
			ierr = err
			return true
		}
		d.Set(k, pair[1])
		return false
	})
	if err != nil {
		return err
	}
	return ierr
}

var (
	_ py.I__getitem__ = (*AttrDict)(nil)
	_ py.I__setitem__ = (*AttrDict)(nil)
	_ py.I__iter__    = (*AttrDict)(nil)
	_ py.I__repr__    = (*AttrDict)(nil)
)
