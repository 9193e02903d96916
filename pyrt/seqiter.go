package pyrt

// This file gives lists, tuples, str and bytes CPython's iterators.
// gpython's list iterator iterated a snapshot of the list (for x in l:
// l.append(...) did not see the new items; l.remove(x) in the loop
// skipped none); its str iterator indexed the string at each step, which
// for a non-ASCII string counts the characters before the index (a loop
// over 20,000 'é' took a second); and all were of one type named
// 'iterator'. CPython's list_iterator reads the list at each step, by
// index, and stays exhausted once it ended.

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

var (
	listIteratorType     = py.NewType("list_iterator", "")
	tupleIteratorType    = py.NewType("tuple_iterator", "")
	strIteratorType      = py.NewType("str_iterator", "")
	strASCIIIteratorType = py.NewType("str_ascii_iterator", "")
	bytesIteratorType    = py.NewType("bytes_iterator", "")
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

// strIter is iter(s) for a str: its characters, one UTF-8 sequence (or
// one invalid byte, as gpython's indexing gives it) at a time.
type strIter struct {
	s     string
	off   int
	ascii bool
}

func (it *strIter) Type() *py.Type {
	if it.ascii {
		return strASCIIIteratorType
	}
	return strIteratorType
}
func (it *strIter) M__iter__() (py.Object, error) { return it, nil }
func (it *strIter) M__next__() (py.Object, error) {
	if it.off >= len(it.s) {
		return nil, py.StopIteration
	}
	w := 1
	if it.s[it.off] >= utf8.RuneSelf {
		_, w = utf8.DecodeRuneInString(it.s[it.off:])
	}
	v := py.String(it.s[it.off : it.off+w])
	it.off += w
	return v, nil
}

// isASCII reports whether s has only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// bytesIter is iter(b) for bytes: its byte values.
type bytesIter struct {
	b py.Bytes
	i int
}

func (it *bytesIter) Type() *py.Type                { return bytesIteratorType }
func (it *bytesIter) M__iter__() (py.Object, error) { return it, nil }
func (it *bytesIter) M__next__() (py.Object, error) {
	if it.i >= len(it.b) {
		return nil, py.StopIteration
	}
	v := py.Int(it.b[it.i])
	it.i++
	return v, nil
}

// seqIter returns CPython's iterator of a list, tuple, str or bytes, or
// nil.
func seqIter(o py.Object) py.Object {
	switch x := o.(type) {
	case *py.List:
		return &listIter{l: x}
	case py.Tuple:
		return &tupleIter{t: x}
	case py.String:
		return &strIter{s: string(x), ascii: isASCII(string(x))}
	case py.Bytes:
		return &bytesIter{b: x}
	}
	return nil
}

func init() {
	for _, t := range []*py.Type{listIteratorType, tupleIteratorType, strIteratorType, strASCIIIteratorType, bytesIteratorType} {
		addIteratorMethods(t)
	}
}

// addIteratorMethods gives t, a type of Go iterators, the methods
// __iter__ (itself) and __next__, for code that names them (it.__next__(),
// super().__next__() in a subclass).
func addIteratorMethods(t *py.Type) {
	t.Dict["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "Implement iter(self).")
	t.Dict["__next__"] = py.MustNewMethod("__next__", func(self py.Object) (py.Object, error) {
		return py.Next(self)
	}, 0, "Implement next(self).")
}
