package pyrt

// This file gives lists and tuples CPython's iterators. gpython's list
// iterator iterated a snapshot of the list (for x in l: l.append(...)
// did not see the new items; l.remove(x) in the loop skipped none), and
// both were of one type named 'iterator'. CPython's list_iterator reads
// the list at each step, by index, and stays exhausted once it ended.

import "github.com/go-python/gpython/py"

var (
	listIteratorType  = py.NewType("list_iterator", "")
	tupleIteratorType = py.NewType("tuple_iterator", "")
)

// listIter is iter(l) for a list.
type listIter struct {
	l *py.List // nil once exhausted
	i int
}

func (it *listIter) Type() *py.Type                { return listIteratorType }
func (it *listIter) M__iter__() (py.Object, error) { return it, nil }
func (it *listIter) M__next__() (py.Object, error) {
	if it.l == nil || it.i >= len(it.l.Items) {
		it.l = nil
		return nil, py.StopIteration
	}
	v := it.l.Items[it.i]
	it.i++
	return v, nil
}

// tupleIter is iter(t) for a tuple.
type tupleIter struct {
	t py.Tuple
	i int
}

func (it *tupleIter) Type() *py.Type                { return tupleIteratorType }
func (it *tupleIter) M__iter__() (py.Object, error) { return it, nil }
func (it *tupleIter) M__next__() (py.Object, error) {
	if it.i >= len(it.t) {
		return nil, py.StopIteration
	}
	v := it.t[it.i]
	it.i++
	return v, nil
}

// seqIter returns CPython's iterator of a list or tuple, or nil.
func seqIter(o py.Object) py.Object {
	switch x := o.(type) {
	case *py.List:
		return &listIter{l: x}
	case py.Tuple:
		return &tupleIter{t: x}
	}
	return nil
}

func init() {
	for _, t := range []*py.Type{listIteratorType, tupleIteratorType} {
		t.Dict["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object) (py.Object, error) {
			return self, nil
		}, 0, "Implement iter(self).")
		t.Dict["__next__"] = py.MustNewMethod("__next__", func(self py.Object) (py.Object, error) {
			return py.Next(self)
		}, 0, "Implement next(self).")
	}
}
