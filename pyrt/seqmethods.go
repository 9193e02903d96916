package pyrt

// This file adds the list, tuple, range and slice methods gpython v0.2.0
// lacks (gaps B-LIST, B-TUPLE).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

func installSeqMethods() {
	for name, f := range listMethods {
		py.ListType.Dict[name] = py.MustNewMethod(name, f, 0, "")
	}
	py.TupleType.Dict["count"] = py.MustNewMethod("count", seqCount, 0, "")
	py.TupleType.Dict["index"] = py.MustNewMethod("index", seqIndex, 0, "")
	py.RangeType.Dict["count"] = py.MustNewMethod("count", seqCount, 0, "")
	py.RangeType.Dict["index"] = py.MustNewMethod("index", seqIndex, 0, "")
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		py.RangeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			r := self.(*py.Range)
			switch name {
			case "start":
				return r.Start, nil
			case "stop":
				return r.Stop, nil
			}
			return r.Step, nil
		}}
	}
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "indices() takes exactly one argument (%d given)", len(args))
		}
		n, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		start, stop, step, _, err := self.(*py.Slice).GetIndices(n)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
	}, 0, "")
}

// items returns the items of a list, tuple or range.
func seqItems(self py.Object) ([]py.Object, error) {
	switch x := self.(type) {
	case *py.List:
		return x.Items, nil
	case py.Tuple:
		return x, nil
	}
	return toSlice(self)
}

func seqCount(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "count() takes exactly one argument (%d given)", len(args))
	}
	items, err := seqItems(self)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, it := range items {
		eq, err := pyvm.Eq(it, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

func seqIndex(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "index expected at least 1 argument, got %d", len(args))
	}
	items, err := seqItems(self)
	if err != nil {
		return nil, err
	}
	start, end, err := sliceBounds(args, 1, len(items))
	if err != nil {
		return nil, err
	}
	for i := start; i < end; i++ {
		eq, err := pyvm.Eq(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	switch self.(type) {
	case *py.List:
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", mustRepr(args[0]))
	case *py.Range:
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", mustRepr(args[0]))
	}
	return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
}

func mustRepr(o py.Object) string {
	s, err := Repr(o)
	if err != nil {
		return "<?>"
	}
	return s
}

func selfList(self py.Object) *py.List { return self.(*py.List) }

var listMethods = map[string]any{
	"pop": func(self py.Object, args py.Tuple) (py.Object, error) {
		l := selfList(self)
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "pop expected at most 1 argument, got %d", len(args))
		}
		if len(l.Items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		i := len(l.Items) - 1
		if len(args) == 1 {
			n, err := py.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n += len(l.Items)
			}
			if n < 0 || n >= len(l.Items) {
				return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
			}
			i = n
		}
		v := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return v, nil
	},
	"insert": func(self py.Object, args py.Tuple) (py.Object, error) {
		l := selfList(self)
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "insert expected 2 arguments, got %d", len(args))
		}
		n, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n += len(l.Items)
			if n < 0 {
				n = 0
			}
		}
		if n > len(l.Items) {
			n = len(l.Items)
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[n+1:], l.Items[n:])
		l.Items[n] = args[1]
		return py.None, nil
	},
	"remove": func(self, x py.Object) (py.Object, error) {
		l := selfList(self)
		for i, it := range l.Items {
			eq, err := pyvm.Eq(it, x)
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
	},
	"index": seqIndex,
	"count": seqCount,
	"reverse": func(self py.Object) (py.Object, error) {
		it := selfList(self).Items
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return py.None, nil
	},
	"copy": func(self py.Object) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object{}, selfList(self).Items...)), nil
	},
	"clear": func(self py.Object) (py.Object, error) {
		selfList(self).Items = nil
		return py.None, nil
	},
	"extend": func(self, x py.Object) (py.Object, error) {
		l := selfList(self)
		items, err := toSlice(x)
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, append([]py.Object{}, items...)...)
		return py.None, nil
	},
	"sort": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sort() takes no positional arguments")
		}
		return py.None, sortList(selfList(self), kw, "sort")
	},
}
