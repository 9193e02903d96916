package pyrt

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestStrerror: glibc's texts, as CPython 3.11's os.strerror gives them
// (python3 -c 'import os; print(os.strerror(n))').
func TestStrerror(t *testing.T) {
	for n, want := range map[int]string{
		0:     "Success",
		1:     "Operation not permitted",
		2:     "No such file or directory",
		11:    "Resource temporarily unavailable",
		13:    "Permission denied",
		41:    "Unknown error 41",
		99:    "Cannot assign requested address",
		133:   "Memory page has hardware error",
		134:   "Unknown error 134",
		99999: "Unknown error 99999",
		-1:    "Unknown error -1",
	} {
		if got := Strerror(n); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestFileErrors: Go's errors become CPython's OSError family, with the
// notebook's file name for FileError and none for OSErrorOf, and never
// the real path a *fs.PathError carries (CPython 3.11:
// str(FileNotFoundError(2, 'No such file or directory', 'a.csv')) and
// open('f', 'rb').seek(-5)).
func TestFileErrors(t *testing.T) {
	real := "/real/resolved/path/a.csv"
	for _, tt := range []struct {
		err  error
		name string // "" for OSErrorOf
		cls  *py.Type
		str  string
	}{
		{&fs.PathError{Op: "open", Path: real, Err: syscall.ENOENT}, "a.csv", py.FileNotFoundError, "[Errno 2] No such file or directory: 'a.csv'"},
		{&fs.PathError{Op: "open", Path: real, Err: fs.ErrPermission}, "a.csv", py.PermissionError, "[Errno 13] Permission denied: 'a.csv'"},
		{fs.ErrExist, "d", py.FileExistsError, "[Errno 17] File exists: 'd'"},
		{&fs.PathError{Op: "seek", Path: real, Err: syscall.EINVAL}, "", py.OSError, "[Errno 22] Invalid argument"},
		{&fs.PathError{Op: "read", Path: real, Err: syscall.EISDIR}, "", py.IsADirectoryError, "[Errno 21] Is a directory"},
		{&fs.PathError{Op: "read", Path: real, Err: errors.New("odd failure")}, "", py.OSError, "odd failure"},
		{&fs.PathError{Op: "read", Path: real, Err: errors.New("odd failure")}, "a.csv", py.OSError, "odd failure"},
	} {
		var err error
		if tt.name == "" {
			err = OSErrorOf(tt.err)
		} else {
			err = FileError(tt.err, tt.name)
		}
		e, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("%v: %T, not an exception", tt.err, err)
			continue
		}
		s, serr := Str(e)
		if e.Base != tt.cls || serr != nil || s != tt.str || strings.Contains(s, real) {
			t.Errorf("%v (name %q): %s %q %v; want %s %q", tt.err, tt.name, e.Base.Name, s, serr, tt.cls.Name, tt.str)
		}
	}
}
