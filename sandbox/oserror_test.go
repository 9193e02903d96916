package sandbox

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestOpenFlags pins the os.OpenFile flags of every mode CPython's open
// accepts; openOwn and openError both take them from openFlags.
func TestOpenFlags(t *testing.T) {
	for _, c := range []struct {
		mode  string
		flags int
	}{
		{"r", os.O_RDONLY},
		{"rb", os.O_RDONLY},
		{"rt", os.O_RDONLY},
		{"r+", os.O_RDWR},
		{"rb+", os.O_RDWR},
		{"w", os.O_WRONLY | os.O_CREATE | os.O_TRUNC},
		{"wb", os.O_WRONLY | os.O_CREATE | os.O_TRUNC},
		{"w+", os.O_RDWR | os.O_CREATE | os.O_TRUNC},
		{"a", os.O_WRONLY | os.O_CREATE | os.O_APPEND},
		{"ab", os.O_WRONLY | os.O_CREATE | os.O_APPEND},
		{"a+", os.O_RDWR | os.O_CREATE | os.O_APPEND},
		{"x", os.O_WRONLY | os.O_CREATE | os.O_EXCL},
		{"x+", os.O_RDWR | os.O_CREATE | os.O_EXCL},
		{"xb", os.O_WRONLY | os.O_CREATE | os.O_EXCL},
	} {
		if got := openFlags(c.mode); got != c.flags {
			t.Errorf("openFlags(%q) = %#o, want %#o", c.mode, got, c.flags)
		}
	}
}

// TestOpenErrorKeepsFile: openError's second open, when it succeeds,
// must not empty the file ('w' truncates) and returns the original error.
func TestOpenErrorKeepsFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, []byte("keep"), 0o666); err != nil {
		t.Fatal(err)
	}
	orig := errors.New("gpython's error")
	if err := openError(orig, p, "f.txt", "w"); err != orig {
		t.Errorf("openError = %v, want the original error", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "keep" {
		t.Errorf("file is %q after openError, want %q", b, "keep")
	}
}

// TestOpenErrorNames: the exception is CPython's subclass with the
// notebook's name, never the real path.
func TestOpenErrorNames(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		path, mode string
		class      *py.Type
		errno      int
		strerror   string
	}{
		{filepath.Join(dir, "missing.txt"), "r", py.FileNotFoundError, 2, "No such file or directory"},
		{dir, "r", py.IsADirectoryError, 21, "Is a directory"},
		{filepath.Join(dir, "no", "such.txt"), "w", py.FileNotFoundError, 2, "No such file or directory"},
	} {
		err := openError(errors.New("orig"), c.path, "nb.txt", c.mode)
		e, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("openError(%s, %q) = %v, want a Python exception", c.path, c.mode, err)
			continue
		}
		if e.Base != c.class {
			t.Errorf("openError(%s, %q) is %s, want %s", c.path, c.mode, e.Base.Name, c.class.Name)
		}
		// As CPython's: args (errno, strerror), the file name apart.
		want := py.Tuple{py.Int(c.errno), py.String(c.strerror)}
		if args, ok := e.Args.(py.Tuple); !ok || len(args) != 2 || args[0] != want[0] || args[1] != want[1] {
			t.Errorf("openError(%s, %q) args = %v, want %v", c.path, c.mode, e.Args, want)
		}
		if e.Dict["errno"] != want[0] || e.Dict["strerror"] != want[1] || e.Dict["filename"] != py.String("nb.txt") {
			t.Errorf("openError(%s, %q) fields = %v, want errno %v, strerror %v, filename nb.txt", c.path, c.mode, e.Dict, want[0], want[1])
		}
	}
}
