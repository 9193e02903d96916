package sandbox

// This file gives a confined notebook an empty sys.stdin. gpython's is
// the process's standard input, which in a worker is the pipe its parent
// sends notebook paths on: sys.stdin.read() blocked until the cell was
// killed with its worker, and sys.stdin.close() closed that pipe. A
// notebook run has no input (input() raises EOFError, pyrt), so its
// stdin reads as a file at its end, as `python3 x.py < /dev/null` does.

import (
	"github.com/go-python/gpython/py"
)

// emptyStdin is a text stream with nothing to read.
type emptyStdin struct{ closed bool }

var emptyStdinType = py.NewType("TextIOWrapper", "standard input: nothing to read in nbcheck's sandbox")

func (s *emptyStdin) Type() *py.Type { return emptyStdinType }

// M__iter__ and M__next__ make `for line in sys.stdin` end at once.
func (s *emptyStdin) M__iter__() (py.Object, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *emptyStdin) M__next__() (py.Object, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	return nil, py.StopIteration
}

// check is the error of reading a closed file, as CPython's.
func (s *emptyStdin) check() error {
	if s.closed {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return nil
}

func init() {
	d := emptyStdinType.Dict
	read := func(name string, empty func() py.Object) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) > 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
			}
			if err := self.(*emptyStdin).check(); err != nil {
				return nil, err
			}
			return empty(), nil
		}, 0, name+"(): nothing to read")
	}
	read("read", func() py.Object { return py.String("") })
	read("readline", func() py.Object { return py.String("") })
	read("readlines", func() py.Object { return py.NewList() })
	for name, v := range map[string]py.Object{"isatty": py.False, "readable": py.True, "writable": py.False, "seekable": py.False} {
		v := v
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			if err := self.(*emptyStdin).check(); err != nil {
				return nil, err
			}
			return v, nil
		}, 0, "")
	}
	d["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		self.(*emptyStdin).closed = true
		return py.None, nil
	}, 0, "close(): later reads raise ValueError")
	d["fileno"] = py.MustNewMethod("fileno", func(self py.Object) (py.Object, error) {
		return nil, refuse(py.OSError, "sys.stdin.fileno(): nbcheck runs notebooks without stdin")
	}, 0, "")
	d["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.NewBool(self.(*emptyStdin).closed), nil }}
	d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("<stdin>"), nil }}
	d["mode"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("r"), nil }}
	d["encoding"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil }}
}
