package pyrt

// This file defines iteration helpers that treat StopIteration the way
// CPython does, whatever form gpython gives it (the type itself, an
// instance, or an ExceptionInfo).

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// isStop reports whether err is StopIteration.
func isStop(err error) bool {
	return isExc(err, py.StopIteration)
}

// isExc reports whether err is an exception of type t or a subclass.
func isExc(err error, t *py.Type) bool {
	switch e := err.(type) {
	case *py.Type:
		return e.IsSubtype(t)
	case *py.Exception:
		return e.Base.IsSubtype(t)
	case py.ExceptionInfo:
		return e.Type != nil && e.Type.IsSubtype(t)
	case *py.ExceptionInfo:
		return e.Type != nil && e.Type.IsSubtype(t)
	}
	return false
}

// iterate calls fn on each item of obj; fn returning errStopLoop ends the
// loop early without error.
func iterate(obj py.Object, fn func(py.Object) error) error {
	switch x := obj.(type) {
	case py.Tuple:
		for _, it := range x {
			if err := fn(it); err != nil {
				return stopLoop(err)
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := fn(x.Items[i]); err != nil {
				return stopLoop(err)
			}
		}
		return nil
	case py.String:
		for _, r := range x {
			if err := fn(py.String(r)); err != nil {
				return stopLoop(err)
			}
		}
		return nil
	case py.Bytes:
		for _, c := range x {
			if err := fn(py.Int(c)); err != nil {
				return stopLoop(err)
			}
		}
		return nil
	}
	// Iter, not py.Iter: the ints of a bytes object, the lines of a file.
	it, err := Iter(obj)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if isStop(err) {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return stopLoop(err)
		}
	}
}

type loopStop struct{}

func (loopStop) Error() string { return "loop stopped" }

var errStopLoop error = loopStop{}

func stopLoop(err error) error {
	if err == errStopLoop {
		return nil
	}
	return err
}

// toSlice returns the items of an iterable.
func toSlice(obj py.Object) ([]py.Object, error) {
	switch x := obj.(type) {
	case py.Tuple:
		return x, nil
	case *py.List:
		return x.Items, nil
	}
	var out []py.Object
	err := iterate(obj, func(o py.Object) error {
		out = append(out, o)
		return nil
	})
	return out, err
}

// sliceIter is an iterator over a fixed slice of items.
type sliceIter struct {
	items []py.Object
	i     int
	check func() error
}

var sliceIterType = py.NewType("iterator", "iterator over a snapshot")

func (it *sliceIter) Type() *py.Type { return sliceIterType }

func (it *sliceIter) M__iter__() (py.Object, error) { return it, nil }

func (it *sliceIter) M__next__() (py.Object, error) {
	if it.check != nil {
		if err := it.check(); err != nil {
			return nil, err
		}
	}
	if it.i >= len(it.items) {
		return nil, py.StopIteration
	}
	it.i++
	return it.items[it.i-1], nil
}

// builtin_next is next(iterator[, default]) with CPython's message for an
// object that is not an iterator (gpython's said "is not iterable").
func builtin_next(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "next() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, py.ExceptionNewf(py.TypeError, "next expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, py.ExceptionNewf(py.TypeError, "next expected at most 2 arguments, got %d", len(args))
	}
	it := args[0]
	var v py.Object
	var err error
	if g, ok := it.(*py.Generator); ok {
		v, err = pyvm.GenSend(g, py.None) // StopIteration keeps the return value
	} else if n, ok := it.(py.I__next__); ok {
		v, err = n.M__next__()
	} else if it.Type().Lookup("__next__") != nil || it.Type().NativeGetAttrOrNil("__next__") != nil {
		// A __next__ in the type's dict (py.Next looks only for the Go
		// method).
		var f py.Object
		if f, err = pyvm.GetAttr(it, "__next__"); err == nil {
			v, err = py.Call(f, nil, nil)
		}
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if err != nil && len(args) == 2 && isStop(err) {
		return args[1], nil
	}
	return v, err
}

// builtin_iter is iter(object[, sentinel]): gpython's, plus the lines of
// a file and the ints of a bytes object (Iter), CPython's messages, and
// any callable in the two-argument form (gpython took only functions).
func builtin_iter(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "iter() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.TypeError, "iter expected at least 1 argument, got 0")
	case 1:
		it, err := Iter(args[0])
		if e, ok := err.(*py.Exception); ok && e.Base == py.TypeError && strings.HasSuffix(excArgString(e), " object is not iterable") {
			// py.Iter's own message, with gpython's type name.
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(args[0]))
		}
		return it, err
	case 2:
		if c, _ := builtin_callable(args[0]); c != py.True {
			return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
		}
		return py.NewCallIterator(args[0], args[1]), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "iter expected at most 2 arguments, got %d", len(args))
}

var iterableArgsOnce sync.Once

// installIterableArgs makes gpython's map and filter, which take their
// iterables through py.Iter, iterate a bytes object's ints and a file's
// lines as CPython's do: those arguments are given to them as Iter's
// iterators.
func installIterableArgs() {
	iterableArgsOnce.Do(func() {
		for _, c := range []struct {
			t     *py.Type
			first int // the index of the first iterable argument
		}{{py.MapType, 1}, {py.FilterType, 1}} {
			orig, first := c.t.New, c.first
			c.t.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
				var copied bool
				for i := first; i < len(args); i++ {
					switch args[i].(type) {
					case py.Bytes, *py.File:
						if !copied {
							args, copied = append(py.Tuple(nil), args...), true
						}
						it, err := Iter(args[i])
						if err != nil {
							return nil, err
						}
						args[i] = it
					}
				}
				return orig(t, args, kw)
			}
		}
	})
}

func init() {
	// generator.send keeps the value a generator returns in its
	// StopIteration, as next() does (pyvm.GenSend).
	py.GeneratorType.Dict["send"] = py.MustNewMethod("send", func(self py.Object, value py.Object) (py.Object, error) {
		g, ok := self.(*py.Generator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'send' requires a 'generator' object but received a '%s'", TypeName(self))
		}
		return pyvm.GenSend(g, value)
	}, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
}
