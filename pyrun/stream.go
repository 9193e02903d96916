package pyrun

// This file defines the file-like objects installed as sys.stdout and
// sys.stderr.

import (
	"io"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// stream is a text stream: write, flush, writelines, isatty, encoding.
type stream struct {
	name  string // "stdout" or "stderr"
	write func(name, text string)
	flush func(name string) // nil: nothing to do
}

var streamType = py.NewType("TextIOWrapper", "a captured text stream")

func init() {
	streamType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", pyrt.TypeName(arg))
		}
		st := self.(*stream)
		if s != "" {
			st.write(st.name, string(s))
		}
		return py.Int(len([]rune(string(s)))), nil
	}, 0, "")
	streamType.Dict["writelines"] = py.MustNewMethod("writelines", func(self, arg py.Object) (py.Object, error) {
		st := self.(*stream)
		it, err := py.Iter(arg)
		if err != nil {
			return nil, err
		}
		for {
			line, err := py.Next(it)
			if err != nil {
				if py.IsException(py.StopIteration, err) {
					return py.None, nil
				}
				return nil, err
			}
			s, ok := line.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", pyrt.TypeName(line))
			}
			if s != "" {
				st.write(st.name, string(s))
			}
		}
	}, 0, "")
	streamType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		if st := self.(*stream); st.flush != nil {
			st.flush(st.name)
		}
		return py.None, nil
	}, 0, "")
	streamType.Dict["isatty"] = py.MustNewMethod("isatty", func(self py.Object) (py.Object, error) { return py.False, nil }, 0, "")
	streamType.Dict["fileno"] = py.MustNewMethod("fileno", func(self py.Object) (py.Object, error) {
		return nil, py.ExceptionNewf(py.OSError, "fileno")
	}, 0, "")
	streamType.Dict["encoding"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil }}
	streamType.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String("<" + self.(*stream).name + ">"), nil
	}}
}

func (s *stream) Type() *py.Type { return streamType }

// writerSink writes stream text straight to io.Writers (script mode).
func writerSink(stdout, stderr io.Writer) func(name, text string) {
	return func(name, text string) {
		if name == "stderr" {
			io.WriteString(stderr, text)
			return
		}
		io.WriteString(stdout, text)
	}
}

// joinLines joins traceback lines as ipykernel stores them.
func joinLines(lines []string) string { return strings.Join(lines, "\n") }
