package pyrun

// This file defines script mode, for `nbcheck exec FILE.py`: the whole
// file runs as __main__, stdout and stderr go straight to writers, and an
// uncaught exception prints a CPython-style traceback to stderr.

import (
	"io"

	"github.com/go-python/gpython/py"
)

// RunScript runs code (gpython dialect) as the script filename, writing
// its output to stdout and stderr, and returns the process exit status
// CPython would: 0, 1 after an uncaught exception, or the SystemExit code.
// Tracebacks show the lines of code itself; see RunScriptSource.
func (k *Kernel) RunScript(code, filename string, stdout, stderr io.Writer) int {
	return k.RunScriptSource(Cell{Code: code, Filename: filename}, stdout, stderr)
}

// RunScriptSource is RunScript for transpiled code: s.Code runs as the
// script s.Filename, and tracebacks name and show the lines of s.Source
// through s.Map, as CPython would print them for the original file.
func (k *Kernel) RunScriptSource(s Cell, stdout, stderr io.Writer) int {
	code, filename := s.Code, s.Filename
	src := s.Source
	if src == "" {
		src = code
	}
	k.sink = writerSink(stdout, stderr)
	k.inScript = true
	defer func() { k.sink, k.inScript = k.capture, false }()
	k.main.Globals["__file__"] = py.String(filename)
	err := k.exec(code, filename, newSource(src, s.Map, true))
	if err == nil {
		return 0
	}
	if code, ok := exitCode(err, stderr); ok {
		return code
	}
	io.WriteString(stderr, k.scriptTraceback(err))
	return 1
}

// exitCode handles SystemExit as CPython's interpreter does.
func exitCode(err error, stderr io.Writer) (int, bool) {
	value, _, _, _ := excParts(err)
	e, ok := value.(*py.Exception)
	if !ok || !e.Base.IsSubtype(py.SystemExit) {
		return 0, false
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) == 0 || args[0] == py.None {
		return 0, true
	}
	if n, ok := args[0].(py.Int); ok {
		return int(n) & 0xff, true
	}
	s, _, _, _ := excParts(py.ExceptionInfo{Value: args[0]})
	_ = s
	text, serr := strOf(args[0])
	if serr == nil {
		io.WriteString(stderr, text+"\n")
	}
	return 1, true
}
