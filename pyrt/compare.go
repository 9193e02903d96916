package pyrt

// This file defines ordering comparisons done in Go (gpython cannot
// compare tuples or lists: C-CMPSEQ) and the builtins built on them:
// sorted, min, max; and the iterator builtins reversed, enumerate, zip.

import (
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// Less reports whether a < b, with CPython's semantics for numbers,
// strings, tuples and lists (lexicographic), and sets (proper subset).
func Less(a, b py.Object) (bool, error) {
	if x, ok := numOf(a); ok {
		if y, ok := numOf(b); ok {
			return numLess(x, y), nil
		}
	}
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x < y, nil
		}
	case py.Bytes:
		if y, ok := b.(py.Bytes); ok {
			return string(x) < string(y), nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return seqCompare(x, y, true)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return seqCompare(x.Items, y.Items, true)
		}
	}
	res, err := py.Lt(a, b)
	if err != nil {
		if isExc(err, py.TypeError) {
			return false, cmpError("<", a, b)
		}
		return false, err
	}
	return pyvm.Truth(res)
}

// num is a real number for comparisons: a big int or a float.
type num struct {
	i     *big.Int
	f     float64
	isInt bool
}

func numOf(o py.Object) (num, bool) {
	switch x := o.(type) {
	case py.Int:
		return num{i: big.NewInt(int64(x)), isInt: true}, true
	case py.Bool:
		return num{i: big.NewInt(int64(pyvm.BoolInt(x))), isInt: true}, true
	case *py.BigInt:
		return num{i: (*big.Int)(x), isInt: true}, true
	case py.Float:
		return num{f: float64(x)}, true
	}
	return num{}, false
}

func numLess(x, y num) bool {
	switch {
	case x.isInt && y.isInt:
		return x.i.Cmp(y.i) < 0
	case !x.isInt && !y.isInt:
		return x.f < y.f
	case x.isInt:
		if y.f != y.f {
			return false
		}
		return new(big.Float).SetInt(x.i).Cmp(big.NewFloat(y.f)) < 0
	default:
		if x.f != x.f {
			return false
		}
		return big.NewFloat(x.f).Cmp(new(big.Float).SetInt(y.i)) < 0
	}
}

func builtin_sorted(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := toSlice(args[0])
	if err != nil {
		return nil, err
	}
	l := py.NewListFromItems(append([]py.Object{}, items...))
	if err := sortList(l, kw, "sort"); err != nil {
		return nil, err
	}
	return l, nil
}

// sortList is list.sort(*, key=None, reverse=False): stable, using only <.
func sortList(l *py.List, kw py.StringDict, name string) error {
	k := kwargs{name: name, kw: kw}
	key, _ := k.get("key")
	rev, _ := k.get("reverse")
	if err := k.done(); err != nil {
		return err
	}
	reverse := false
	if rev != nil {
		r, err := pyvm.Truth(rev)
		if err != nil {
			return err
		}
		reverse = r
	}
	items := l.Items
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, it := range items {
			v, err := py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = v
		}
	}
	// CPython sorts reverse=True by reversing, sorting stably ascending
	// and reversing back, which keeps equal items in input order.
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	if reverse {
		reverseInts(idx)
	}
	var cmpErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if cmpErr != nil {
			return false
		}
		lt, err := Less(keys[idx[i]], keys[idx[j]])
		if err != nil {
			cmpErr = err
		}
		return lt
	})
	if cmpErr != nil {
		return cmpErr
	}
	if reverse {
		reverseInts(idx)
	}
	out := make([]py.Object, len(items))
	for i, n := range idx {
		out[i] = items[n]
	}
	l.Items = out
	return nil
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func minMax(args py.Tuple, kw py.StringDict, name string, isMin bool) (py.Object, error) {
	k := kwargs{name: name, kw: kw}
	key, _ := k.get("key")
	def, hasDef := k.get("default")
	if err := k.done(); err != nil {
		return nil, err
	}
	var items []py.Object
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		s, err := toSlice(args[0])
		if err != nil {
			return nil, err
		}
		items = s
	default:
		if hasDef {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	if len(items) == 0 {
		if hasDef {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	best := items[0]
	bestKey := best
	if key != nil && key != py.None {
		v, err := py.Call(key, py.Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = v
	}
	for _, it := range items[1:] {
		kv := it
		if key != nil && key != py.None {
			v, err := py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return nil, err
			}
			kv = v
		}
		var better bool
		var err error
		if isMin {
			better, err = Less(kv, bestKey)
		} else {
			// CPython asks item > best (its __gt__ first), not best < item.
			var r py.Object
			if r, err = Compare(">", kv, bestKey); err == nil {
				better, err = pyvm.Truth(r)
			}
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = it, kv
		}
	}
	return best, nil
}

var (
	reversedType  = py.NewType("reversed", "")
	enumerateType = py.NewType("enumerate", "")
	zipType       = py.NewType("zip", "")
	filterType    = py.NewType("filter", "")
)

// init makes reversed, enumerate, zip, filter and map classes, as in
// CPython: calling one makes its iterator, and isinstance, subclasses
// and <class 'enumerate'> work (they were functions). map is gpython's
// MapType, whose own instances said they were filters.
func init() {
	for t, f := range map[*py.Type]method{
		reversedType: builtin_reversed, enumerateType: builtin_enumerate,
		zipType: builtin_zip, filterType: builtin_filter, py.MapType: builtin_map,
	} {
		f := f
		t.New = func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) { return f(args, kw) }
		addIteratorMethods(t)
	}
}

// builtin_map is map(function, iterable, ...): function of the next item
// of each iterable, until the shortest ends.
func builtin_map(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]py.Object, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iter(a)
		if err != nil {
			if !isExc(err, py.TypeError) {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(a))
		}
		its[i] = it
	}
	return &goIter{typ: py.MapType, next: func() (py.Object, error) {
		vals := make(py.Tuple, len(its))
		for i, it := range its {
			v, err := py.Next(it)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
		return py.Call(fn, vals, nil)
	}}, nil
}

// builtin_filter is filter(function or None, iterable), with bool() as
// CPython's when the function is None (gpython's took b” as true).
func builtin_filter(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := Iter(args[1])
	if err != nil {
		if !isExc(err, py.TypeError) {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(args[1]))
	}
	return &goIter{typ: filterType, next: func() (py.Object, error) {
		for {
			v, err := py.Next(it)
			if err != nil {
				return nil, err
			}
			keep := v
			if fn != py.None {
				if keep, err = py.Call(fn, py.Tuple{v}, nil); err != nil {
					return nil, err
				}
			}
			t, err := pyvm.Truth(keep)
			if err != nil {
				return nil, err
			}
			if t {
				return v, nil
			}
		}
	}}, nil
}

// goIter is an iterator implemented by a Go function.
type goIter struct {
	typ  *py.Type
	next func() (py.Object, error)
}

func (g *goIter) Type() *py.Type                { return g.typ }
func (g *goIter) M__iter__() (py.Object, error) { return g, nil }
func (g *goIter) M__next__() (py.Object, error) { return g.next() }

func builtin_reversed(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	o := args[0]
	var items []py.Object
	switch x := o.(type) {
	case py.Tuple:
		items = x
	case *py.List:
		i := len(x.Items) - 1
		return &goIter{typ: reversedType, next: func() (py.Object, error) {
			if i < 0 || i >= len(x.Items) {
				i = -1
				return nil, py.StopIteration
			}
			i--
			return x.Items[i+1], nil
		}}, nil
	case py.String:
		for _, r := range x {
			items = append(items, py.String(r))
		}
	case py.Bytes:
		for _, c := range x {
			items = append(items, py.Int(c))
		}
	case *py.Range:
		l, _ := x.M__len__()
		n := int(l.(py.Int))
		i := n - 1
		return &goIter{typ: reversedType, next: func() (py.Object, error) {
			if i < 0 {
				return nil, py.StopIteration
			}
			i--
			return py.Int(int64(x.Start) + int64(i+1)*int64(x.Step)), nil
		}}, nil
	default:
		if r, err := pyvm.GetAttr(o, "__reversed__"); err == nil {
			return py.Call(r, nil, nil)
		}
		ln, err := py.Len(o)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", TypeName(o))
		}
		i := int(ln.(py.Int)) - 1
		return &goIter{typ: reversedType, next: func() (py.Object, error) {
			if i < 0 {
				return nil, py.StopIteration
			}
			i--
			return py.GetItem(o, py.Int(i+1))
		}}, nil
	}
	i := len(items) - 1
	return &goIter{typ: reversedType, next: func() (py.Object, error) {
		if i < 0 {
			return nil, py.StopIteration
		}
		i--
		return items[i+1], nil
	}}, nil
}

func builtin_enumerate(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "enumerate", kw: kw}
	var iterable py.Object
	var start py.Object = py.Int(0)
	if len(args) > 0 {
		iterable = args[0]
	}
	if len(args) > 1 {
		start = args[1]
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if v, ok := k.get("iterable"); ok {
		iterable = v
	}
	if v, ok := k.get("start"); ok {
		start = v
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	if iterable == nil {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable'")
	}
	n, ok := bigOf(start)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(start))
	}
	it, err := Iter(iterable)
	if err != nil {
		if !isExc(err, py.TypeError) {
			return nil, err // a closed file's ValueError
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(iterable))
	}
	return &goIter{typ: enumerateType, next: func() (py.Object, error) {
		v, err := py.Next(it)
		if err != nil {
			return nil, err
		}
		i := intObject(n)
		n = new(big.Int).Add(n, big.NewInt(1))
		return py.Tuple{i, v}, nil
	}}, nil
}

func builtin_zip(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "zip", kw: kw}
	strictObj, _ := k.get("strict")
	if err := k.done(); err != nil {
		return nil, err
	}
	strict := false
	if strictObj != nil {
		s, err := pyvm.Truth(strictObj)
		if err != nil {
			return nil, err
		}
		strict = s
	}
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := Iter(a)
		if err != nil {
			if !isExc(err, py.TypeError) {
				return nil, err // a closed file's ValueError
			}
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(a))
		}
		its[i] = it
	}
	done := false
	return &goIter{typ: zipType, next: func() (py.Object, error) {
		if done || len(its) == 0 {
			return nil, py.StopIteration
		}
		out := make(py.Tuple, len(its))
		for i, it := range its {
			v, err := py.Next(it)
			if err != nil {
				if !isStop(err) {
					return nil, err
				}
				done = true
				if strict {
					if i > 0 {
						s := "s 1-" + itoa(i)
						if i == 1 {
							s = " 1"
						}
						return nil, py.ExceptionNewf(py.ValueError, "zip() argument %d is shorter than argument%s", i+1, s)
					}
					for j := 1; j < len(its); j++ {
						if _, err := py.Next(its[j]); err == nil {
							s := "s 1-" + itoa(j)
							if j == 1 {
								s = " 1"
							}
							return nil, py.ExceptionNewf(py.ValueError, "zip() argument %d is longer than argument%s", j+1, s)
						}
					}
				}
				return nil, py.StopIteration
			}
			out[i] = v
		}
		return out, nil
	}}, nil
}

func itoa(i int) string { return strconv.Itoa(i) }

// Compare returns a <op> b for op "<", "<=", ">" or ">=", with CPython's
// semantics for sequences, which gpython cannot compare (C-CMPSEQ).
func Compare(op string, a, b py.Object) (py.Object, error) {
	x, y := a, b
	if op == ">" || op == ">=" {
		x, y = b, a
	}
	strict := op == "<" || op == ">"
	switch xs := x.(type) {
	case py.Tuple:
		if ys, ok := y.(py.Tuple); ok {
			r, err := seqCompare(xs, ys, strict)
			return py.NewBool(r), err
		}
	case *py.List:
		if ys, ok := y.(*py.List); ok {
			r, err := seqCompare(xs.Items, ys.Items, strict)
			return py.NewBool(r), err
		}
	}
	a, b, _ = boolInts(a, b)
	if r, ok := pyvm.IntFloatCompare(op, a, b); ok {
		return py.NewBool(r), nil
	}
	var res py.Object
	var err error
	switch op {
	case "<":
		res, err = py.Lt(a, b)
	case "<=":
		res, err = py.Le(a, b)
	case ">":
		res, err = py.Gt(a, b)
	default:
		res, err = py.Ge(a, b)
	}
	if err != nil && isExc(err, py.TypeError) {
		if e, ok := err.(*py.Exception); ok && len(excArgs(e)) == 1 {
			if msg, ok := excArgs(e)[0].(py.String); ok && (strings.HasPrefix(string(msg), "unsupported operand type(s) for") || msg == pyvm.ComplexOrderingMessage) {
				return nil, cmpError(op, a, b)
			}
		}
	}
	return res, err
}

// seqCompare is x < y (strict) or x <= y for sequences.
func seqCompare(x, y []py.Object, strict bool) (bool, error) {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		eq, err := pyvm.Eq(x[i], y[i])
		if err != nil {
			return false, err
		}
		if !eq {
			return Less(x[i], y[i])
		}
	}
	if strict {
		return len(x) < len(y), nil
	}
	return len(x) <= len(y), nil
}

func compareHelper(op string) method {
	return func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "comparison helper expected 2 arguments, got %d", len(args))
		}
		return Compare(op, args[0], args[1])
	}
}
