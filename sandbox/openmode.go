package sandbox

// This file opens files in the modes gpython opens wrongly ('a', 'x',
// 'r+', 'a+'), as CPython's open does, and finds why an open failed. The
// errors are CPython's OSError family on the name the notebook passed,
// never the real path nbcheck resolved it to (pyrt.FileError and
// pyrt.NewOSError, which pyrt/oserror.go owns with the rest of OSError's
// data).

import (
	"os"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// wrongMode reports whether gpython's open gets mode wrong: it opens 'a'
// and 'x' without O_CREATE (appending to a new file fails, 'x' neither
// creates nor refuses), 'r+' with O_APPEND (writes go to the end) and
// 'a+' with O_TRUNC (the file is emptied).
func wrongMode(mode string) bool {
	return strings.ContainsAny(mode, "ax") || strings.Contains(mode, "r") && strings.Contains(mode, "+")
}

// openFlags gives the os.OpenFile flags CPython's open uses for a valid
// mode: 'r' reads, 'w' creates and truncates, 'a' creates and appends,
// 'x' creates a new file only; '+' reads and writes.
func openFlags(mode string) int {
	flags := os.O_WRONLY
	switch {
	case strings.Contains(mode, "+"):
		flags = os.O_RDWR
	case strings.Contains(mode, "r"):
		flags = os.O_RDONLY
	}
	switch {
	case strings.Contains(mode, "w"):
		flags |= os.O_CREATE | os.O_TRUNC
	case strings.Contains(mode, "a"):
		flags |= os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flags |= os.O_CREATE | os.O_EXCL
	}
	return flags
}

// openOwn opens real as CPython opens it for mode, for the modes gpython
// gets wrong. The other arguments are first checked by gpython's open
// (orig) on the null device, so their errors stay gpython's.
func openOwn(orig py.Object, args py.Tuple, kw py.StringDict, real, name, mode string) (py.Object, error) {
	perm, _, _, err := py.FileModeFrom(mode)
	if err != nil {
		return nil, err
	}
	probe := "r"
	if strings.Contains(mode, "b") {
		probe = "rb"
	}
	args = append(py.Tuple(nil), args...)
	kw = kw.Copy()
	if len(args) > 0 {
		args[0] = py.String(os.DevNull)
	} else {
		kw["file"] = py.String(os.DevNull)
	}
	if len(args) > 1 {
		args[1] = py.String(probe)
	} else {
		kw["mode"] = py.String(probe)
	}
	checked, err := py.Call(orig, args, kw)
	if err != nil {
		return nil, err
	}
	if f, ok := checked.(*py.File); ok {
		f.Close()
	}
	f, err := os.OpenFile(real, openFlags(mode), 0o666)
	if err != nil {
		return nil, pyrt.FileError(err, name)
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		f.Close()
		return nil, pyrt.NewOSError(syscall.EISDIR, name)
	}
	return &py.File{File: f, FileMode: perm}, nil
}

// openError finds why gpython's open of the real path failed, by opening
// it again as the mode asks (a failed open changes nothing), and returns
// CPython's exception for it on the notebook's name; it returns orig
// when the reason cannot be found.
func openError(orig error, real, name, mode string) error {
	// Without O_TRUNC: this second open must not empty the file.
	f, err := os.OpenFile(real, openFlags(mode)&^os.O_TRUNC, 0o666)
	if err != nil {
		return pyrt.FileError(err, name)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return pyrt.NewOSError(syscall.EISDIR, name)
	}
	return orig
}
