package pystd

// This file is module _nbcopy: the part of copy.deepcopy that copies
// plain lists, tuples and dicts, in Go. copy.py does everything else.
// deepcopy of a list of two million ints took six seconds in Python
// (a memo lookup, a type test and a call per item), which made every
// multiprocessing.Process that copies its parent's namespace
// (mpfork.go) of a notebook holding such a list run for half a minute;
// in Go it takes milliseconds. The result, the memo and the identity of
// what is shared are those of copy.py's own branches: an exact list,
// tuple or dict is copied here item by item, an atomic item is kept, and
// every other item goes back to copy.py's deepcopy with the same memo.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_nbcopy", Doc: "Go core of nbcheck's copy.deepcopy"},
		Methods: []*py.Method{
			py.MustNewMethod("builtin_copier", newBuiltinCopier, 0,
				"builtin_copier(atomic_types, deepcopy) -> copy(x, memo), deepcopy for an exact list, tuple or dict x"),
		},
	})
}

// newBuiltinCopier returns copy(x, memo) for copy.py. atomic_types is
// the tuple of the types whose instances deepcopy keeps (with classes);
// deepcopy is copy.py's function, called for every other item.
func newBuiltinCopier(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "builtin_copier() takes 2 arguments (%d given)", len(args))
	}
	types, ok := args[0].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "builtin_copier(): atomic_types must be a tuple")
	}
	c := &builtinCopier{atomic: map[*py.Type]bool{}, deepcopy: args[1]}
	for _, t := range types {
		if t, ok := t.(*py.Type); ok {
			c.atomic[t] = true
		}
	}
	return py.MustNewMethod("_copy_builtin", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_copy_builtin() takes 2 arguments (%d given)", len(args))
		}
		memo, ok := args[1].(*pyrt.Dict)
		if !ok {
			return py.Call(c.deepcopy, args, nil)
		}
		return c.copy(args[0], memo)
	}, 0, "_copy_builtin(x, memo) -> deepcopy(x, memo)"), nil
}

type builtinCopier struct {
	atomic   map[*py.Type]bool
	deepcopy py.Object // copy.py's deepcopy
}

// copy is deepcopy(x, memo).
func (c *builtinCopier) copy(x py.Object, memo *pyrt.Dict) (py.Object, error) {
	if c.isAtomic(x) {
		return x, nil
	}
	var kind int
	switch v := x.(type) {
	case *py.List:
		if v.Type() == py.ListType {
			kind = 1
		}
	case py.Tuple:
		kind = 2
	case *pyrt.Dict:
		if v.Type() == pyrt.DictType {
			kind = 3
		}
	}
	if kind == 0 {
		return py.Call(c.deepcopy, py.Tuple{x, memo}, nil)
	}
	d := py.Int(pyrt.Addr(x))
	if y, ok, err := memo.GetItem(d); err != nil || ok {
		return y, err
	}
	var y py.Object
	switch v := x.(type) {
	case *py.List:
		l := py.NewListSized(0)
		l.Items = make([]py.Object, 0, len(v.Items))
		if err := memo.SetItem(d, l); err != nil {
			return nil, err
		}
		// Index rather than range: an item's __deepcopy__ may change the
		// list, as Python's `for a in x` would see.
		for i := 0; i < len(v.Items); i++ {
			item, err := c.copy(v.Items[i], memo)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, item)
		}
		y = l
	case py.Tuple:
		items := make(py.Tuple, len(v))
		same := true
		for i, a := range v {
			item, err := c.copy(a, memo)
			if err != nil {
				return nil, err
			}
			items[i] = item
			same = same && pyvm.Identical(item, a)
		}
		// A tuple may have been copied by one of its items' copies.
		if done, ok, err := memo.GetItem(d); err != nil || ok {
			return done, err
		}
		if same {
			return x, nil
		}
		y = items
	case *pyrt.Dict:
		nd := pyrt.NewDict()
		if err := memo.SetItem(d, nd); err != nil {
			return nil, err
		}
		for _, kv := range v.Items() {
			pair := kv.(py.Tuple)
			k, err := c.copy(pair[0], memo)
			if err != nil {
				return nil, err
			}
			val, err := c.copy(pair[1], memo)
			if err != nil {
				return nil, err
			}
			if err := nd.SetItem(k, val); err != nil {
				return nil, err
			}
		}
		y = nd
	}
	// Keep x alive while the memo is (CPython's _keep_alive), so that its
	// id is not reused by another object the same copy meets.
	if err := memo.SetItem(d, y); err != nil {
		return nil, err
	}
	keep := py.Int(pyrt.Addr(memo))
	kept, ok, err := memo.GetItem(keep)
	if err != nil {
		return nil, err
	}
	if l, isList := kept.(*py.List); ok && isList {
		l.Append(x)
		return y, nil
	}
	return y, memo.SetItem(keep, py.NewListFromItems([]py.Object{x}))
}

// isAtomic is copy.py's _is_atomic: deepcopy gives x itself.
func (c *builtinCopier) isAtomic(x py.Object) bool {
	if _, ok := x.(*py.Type); ok {
		return true
	}
	return c.atomic[x.Type()]
}
