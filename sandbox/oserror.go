package sandbox

// This file turns the errors of Go's file system calls into CPython's
// OSError family: the subclass the errno selects (FileNotFoundError for
// ENOENT, ...), with args (errno, strerror, filename), so that str(e) is
// "[Errno 2] No such file or directory: 'data.csv'" and e.errno,
// e.strerror and e.filename are CPython's. The filename is the one the
// notebook passed, never the real path nbcheck resolved it to.

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

// errnoClasses are the OSError subclasses CPython raises for an errno
// (PEP 3151); any other errno raises OSError itself.
var errnoClasses = map[syscall.Errno]*py.Type{
	syscall.ENOENT:    py.FileNotFoundError,
	syscall.EEXIST:    py.FileExistsError,
	syscall.EISDIR:    py.IsADirectoryError,
	syscall.ENOTDIR:   py.NotADirectoryError,
	syscall.EACCES:    py.PermissionError,
	syscall.EPERM:     py.PermissionError,
	syscall.EINTR:     py.InterruptedError,
	syscall.ESRCH:     py.ProcessLookupError,
	syscall.ECHILD:    py.ChildProcessError,
	syscall.EPIPE:     py.BrokenPipeError,
	syscall.EAGAIN:    py.BlockingIOError,
	syscall.ETIMEDOUT: py.TimeoutError,
}

// newOSError returns CPython's exception for errno on the file name.
func newOSError(errno syscall.Errno, name string) error {
	class, ok := errnoClasses[errno]
	if !ok {
		class = py.OSError
	}
	// Go's texts are glibc's strerror in lower case.
	text := errno.Error()
	if text != "" {
		text = strings.ToUpper(text[:1]) + text[1:]
	}
	return &py.Exception{Base: class, Args: py.Tuple{py.Int(errno), py.String(text), py.String(name)}, Dict: py.StringDict{}}
}

// osErr turns a Go file-system error on the file name into CPython's
// exception.
func osErr(err error, name string) error {
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
		return py.ExceptionNewf(py.OSError, "%v", err)
	}
	return newOSError(errno, name)
}

// openError finds why gpython's open of the real path failed, by opening
// it again as the mode asks (a failed open changes nothing), and returns
// CPython's exception for it on the notebook's name; it returns orig
// when the reason cannot be found.
func openError(orig error, real, name, mode string) error {
	flags := os.O_RDONLY
	switch {
	case strings.Contains(mode, "+"):
		flags = os.O_RDWR
	case strings.ContainsAny(mode, "wax"):
		flags = os.O_WRONLY
	}
	switch {
	case strings.Contains(mode, "x"):
		flags |= os.O_CREATE | os.O_EXCL
	case strings.ContainsAny(mode, "wa"):
		flags |= os.O_CREATE
	}
	f, err := os.OpenFile(real, flags, 0o666)
	if err != nil {
		return osErr(err, name)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return newOSError(syscall.EISDIR, name)
	}
	return orig
}
