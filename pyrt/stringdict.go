package pyrt

// This file adds the dict methods gpython's StringDict lacks. A function's
// **kwargs is a StringDict, and tutorials call kwargs.pop('x', None),
// kwargs.setdefault(...) and kwargs.update(...) on it.

import (
	"sort"

	"github.com/go-python/gpython/py"
)

func stringDictSelf(name string, self py.Object) (py.StringDict, error) {
	d, ok := self.(py.StringDict)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", name, TypeName(self))
	}
	return d, nil
}

func stringKey(k py.Object) (string, error) {
	s, ok := k.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "keywords must be strings")
	}
	return string(s), nil
}

func installStringDictMethods() {
	m := py.StringDictType.Dict
	m["pop"] = py.MustNewMethod("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, err := stringDictSelf("pop", self)
		if err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "pop expected at most 2 arguments, got %d", len(args))
		}
		if k, ok := args[0].(py.String); ok {
			if v, ok := d[string(k)]; ok {
				delete(d, string(k))
				return v, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{args[0]}, Dict: py.StringDict{}}
	}, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.")
	m["setdefault"] = py.MustNewMethod("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, err := stringDictSelf("setdefault", self)
		if err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "setdefault expected at most 2 arguments, got %d", len(args))
		}
		k, err := stringKey(args[0])
		if err != nil {
			return nil, err
		}
		if v, ok := d[k]; ok {
			return v, nil
		}
		var v py.Object = py.None
		if len(args) == 2 {
			v = args[1]
		}
		d[k] = v
		return v, nil
	}, 0, "Insert key with a value of default if key is not in the dictionary.")
	m["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, err := stringDictSelf("update", self)
		if err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			tmp := NewDict()
			if err := tmp.update(args[0]); err != nil {
				return nil, err
			}
			for _, e := range tmp.t.entries {
				if e.deleted {
					continue
				}
				k, err := stringKey(e.key)
				if err != nil {
					return nil, err
				}
				d[k] = e.value
			}
		}
		for k, v := range kwargs {
			d[k] = v
		}
		return py.None, nil
	}, 0, "D.update([E, ]**F) -> None.")
	m["copy"] = py.MustNewMethod("copy", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, err := stringDictSelf("copy", self)
		if err != nil {
			return nil, err
		}
		return d.Copy(), nil
	}, 0, "D.copy() -> a shallow copy of D")
	m["clear"] = py.MustNewMethod("clear", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, err := stringDictSelf("clear", self)
		if err != nil {
			return nil, err
		}
		for k := range d {
			delete(d, k)
		}
		return py.None, nil
	}, 0, "D.clear() -> None.  Remove all items from D.")
	m["popitem"] = py.MustNewMethod("popitem", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, err := stringDictSelf("popitem", self)
		if err != nil {
			return nil, err
		}
		if len(d) == 0 {
			return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
		}
		// gpython keeps no insertion order: the greatest key goes first,
		// deterministically.
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		k := keys[len(keys)-1]
		v := d[k]
		delete(d, k)
		return py.Tuple{py.String(k), v}, nil
	}, 0, "Remove and return a (key, value) pair as a 2-tuple.")
}
