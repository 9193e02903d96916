package pyrt

// This file gives OSError CPython's fields. CPython keeps errno,
// strerror, filename and filename2 in the exception object, apart from
// args: OSError(2, 'x', 'f') has args (2, 'x'), filename 'f', and is a
// FileNotFoundError (PEP 3151: OSError itself, called with an errno,
// makes the subclass the errno selects). nbcheck keeps the fields in the
// exception's Dict under their names; a field that is absent is CPython's
// NULL (it reads as None, and str() leaves it out). pyobj's OSError
// constructor and the runtime's own errors (NewOSError, FileError,
// OSErrorOf: the sandbox's file operations and open files) all go
// through SetOSErrorArgs; str() reads the fields (osErrorStr).
//
// This file owns the data and the Go-error mapping; the two others of
// the family own what their packages must: pyobj/oserror.go the
// constructor, __init__ and field properties (they need pyobj's class
// machinery: CPython's oserror_use_init asks whether a Python class
// defines __init__), sandbox/openmode.go the file modes gpython opens
// wrongly.

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

// errnoClasses are the OSError subclasses CPython 3.11 makes for an
// errno; any other errno makes OSError itself.
var errnoClasses = map[syscall.Errno]*py.Type{
	syscall.EPERM:        py.PermissionError,
	syscall.EACCES:       py.PermissionError,
	syscall.ENOENT:       py.FileNotFoundError,
	syscall.ESRCH:        py.ProcessLookupError,
	syscall.EINTR:        py.InterruptedError,
	syscall.ECHILD:       py.ChildProcessError,
	syscall.EAGAIN:       py.BlockingIOError,
	syscall.EALREADY:     py.BlockingIOError,
	syscall.EINPROGRESS:  py.BlockingIOError,
	syscall.EEXIST:       py.FileExistsError,
	syscall.ENOTDIR:      py.NotADirectoryError,
	syscall.EISDIR:       py.IsADirectoryError,
	syscall.EPIPE:        py.BrokenPipeError,
	syscall.ESHUTDOWN:    py.BrokenPipeError,
	syscall.ECONNABORTED: py.ConnectionAbortedError,
	syscall.ECONNRESET:   py.ConnectionResetError,
	syscall.ECONNREFUSED: py.ConnectionRefusedError,
	syscall.ETIMEDOUT:    py.TimeoutError,
}

// OSErrorClasses are gpython's builtin OSError classes (OSError and its
// subclasses), whose constructor pyobj replaces.
var OSErrorClasses = []*py.Type{
	py.OSError, py.BlockingIOError, py.ChildProcessError, py.ConnectionError,
	py.BrokenPipeError, py.ConnectionAbortedError, py.ConnectionRefusedError,
	py.ConnectionResetError, py.FileExistsError, py.FileNotFoundError,
	py.InterruptedError, py.IsADirectoryError, py.NotADirectoryError,
	py.PermissionError, py.ProcessLookupError, py.TimeoutError,
}

// OSErrorFields are the names of OSError's fields, in the order of its
// arguments (the fourth argument, winerror, is Windows-only and ignored).
var OSErrorFields = []string{"errno", "strerror", "filename", "filename2"}

// ErrnoClass returns the class OSError(errno, ...) makes: the subclass
// the errno selects when errno is an int (bool included), else OSError.
func ErrnoClass(errno py.Object) *py.Type {
	var n int64
	switch v := errno.(type) {
	case py.Int:
		n = int64(v)
	case py.Bool:
		if v {
			n = 1
		}
	default:
		return py.OSError
	}
	if n < 0 {
		return py.OSError
	}
	if c, ok := errnoClasses[syscall.Errno(n)]; ok {
		return c
	}
	return py.OSError
}

// SetOSErrorArgs is CPython's OSError initialisation with the
// constructor's arguments: args are kept as given, except that with two
// to five arguments errno and strerror are the first two, and a filename
// (the third, when not None) is kept apart with filename2 (the fifth)
// and args cut to the first two. BlockingIOError takes a number as its
// third argument as characters_written.
func SetOSErrorArgs(e *py.Exception, args py.Tuple) error {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	for _, n := range OSErrorFields {
		delete(e.Dict, n)
	}
	delete(e.Dict, "characters_written")
	e.Args = args.Copy()
	if len(args) < 2 || len(args) > 5 {
		return nil
	}
	e.Dict["errno"] = args[0]
	e.Dict["strerror"] = args[1]
	if len(args) < 3 || args[2] == py.None {
		return nil
	}
	if e.Base.IsSubtype(py.BlockingIOError) {
		switch v := args[2].(type) {
		case py.Int, py.Bool, *py.BigInt:
			n, err := py.MakeGoInt64(v)
			if err != nil {
				return py.ExceptionNewf(py.ValueError, "cannot fit 'int' into an index-sized integer")
			}
			e.Dict["characters_written"] = py.Int(n)
			return nil
		case py.Float, py.Complex:
			return py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
		}
	}
	e.Dict["filename"] = args[2]
	if len(args) == 5 && args[4] != py.None {
		e.Dict["filename2"] = args[4]
	}
	e.Args = args[:2].Copy()
	return nil
}

// NewOSError returns the exception CPython raises for a failed system
// call on the file filename: the class errno selects, args (errno,
// strerror) and the file name apart.
func NewOSError(errno syscall.Errno, filename string) *py.Exception {
	return errnoError(errno, py.String(filename))
}

// errnoError is NewOSError, with no file name when filename is nil (as
// for a call on an open file: read, write, seek, truncate).
func errnoError(errno syscall.Errno, filename py.Object) *py.Exception {
	e := &py.Exception{Base: ErrnoClass(py.Int(errno)), Dict: py.StringDict{}}
	args := py.Tuple{py.Int(errno), py.String(Strerror(int(errno)))}
	if filename != nil {
		args = append(args, filename)
	}
	// Cannot fail: the third argument, if any, is a str.
	_ = SetOSErrorArgs(e, args)
	return e
}

// errnoOf is the errno a Go error of the os package stands for.
func errnoOf(err error) (syscall.Errno, bool) {
	var errno syscall.Errno
	switch {
	case errors.As(err, &errno):
	case errors.Is(err, fs.ErrNotExist):
		errno = syscall.ENOENT
	case errors.Is(err, fs.ErrExist):
		errno = syscall.EEXIST
	case errors.Is(err, fs.ErrPermission):
		errno = syscall.EACCES
	default:
		return 0, false
	}
	return errno, true
}

// FileError turns a Go error of a call on the file the notebook named
// name into CPython's exception: the OSError subclass its errno selects,
// with name as the filename (never the real path nbcheck resolved it
// to). An error with no errno is an OSError with Go's text, the path
// left out.
func FileError(err error, name string) error {
	if errno, ok := errnoOf(err); ok {
		return NewOSError(errno, name)
	}
	return goOSError(err)
}

// OSErrorOf is FileError for a call on an open file, whose errors carry
// no file name in CPython ("[Errno 22] Invalid argument").
func OSErrorOf(err error) error {
	if errno, ok := errnoOf(err); ok {
		return errnoError(errno, nil)
	}
	return goOSError(err)
}

// goOSError is an OSError with the text of a Go error that has no
// errno, without the operation and path that *fs.PathError adds (the
// path is the real one, which the notebook must not see).
func goOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return py.ExceptionNewf(py.OSError, "%v", err)
}

// osErrorStr is OSError.__str__: "[Errno N] text", then ": 'filename'"
// and " -> 'filename2'" when they are set; ok is false when neither a
// filename nor both errno and strerror are set (str() is then
// BaseException's).
func (p *printer) osErrorStr(e *py.Exception) (s string, ok bool, err error) {
	field := func(name string) (py.Object, bool) {
		v, ok := e.Dict[name]
		return v, ok
	}
	errno, hasErrno := field("errno")
	text, hasText := field("strerror")
	filename, hasFile := field("filename")
	if !hasFile && !(hasErrno && hasText) {
		return "", false, nil
	}
	if !hasErrno {
		errno = py.None
	}
	if !hasText {
		text = py.None
	}
	es, err := p.str(errno)
	if err != nil {
		return "", true, err
	}
	ts, err := p.str(text)
	if err != nil {
		return "", true, err
	}
	out := "[Errno " + es + "] " + ts
	if hasFile {
		f, err := p.repr(filename)
		if err != nil {
			return "", true, err
		}
		out += ": " + f
		if f2, ok := field("filename2"); ok {
			r, err := p.repr(f2)
			if err != nil {
				return "", true, err
			}
			out += " -> " + r
		}
	}
	return out, true, nil
}

// Strerror is glibc's strerror(n), as os.strerror and CPython's OSError
// messages give it: Go's text for the errno with a capital, "Success"
// for 0 and "Unknown error N" for a number glibc does not know.
func Strerror(n int) string {
	switch n {
	case 0:
		return "Success"
	case 133: // EHWPOISON, which Go's table lacks
		return "Memory page has hardware error"
	}
	if n < 0 {
		return "Unknown error " + strconv.Itoa(n)
	}
	t := syscall.Errno(n).Error()
	if t == "" || strings.HasPrefix(t, "errno ") {
		return "Unknown error " + strconv.Itoa(n)
	}
	return strings.ToUpper(t[:1]) + t[1:]
}
