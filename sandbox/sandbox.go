// Package sandbox confines a notebook's Python code: what it may read
// and write, which modules it may import, and what it sees of the
// process's environment.
//
// A notebook comes from anyone, so its code is treated as hostile. The
// sandbox is installed into a kernel's gpython context and replaces what
// gpython would otherwise give it:
//
//   - open(): a relative path is the notebook's folder (or the scratch
//     folder, where the notebook's own writes go); reads only inside the
//     notebook's folder or the scratch folder, after resolving symlinks;
//     writes only inside the scratch folder (a fresh temporary folder per
//     notebook, removed afterwards), or also inside the notebook's folder
//     with [Config.AllowWrites]; no file descriptors.
//   - os (and os.path, tempfile, glob): nbcheck's own modules with the
//     same rules, a small fake environment (os.environ, os.getenv), and
//     every process-control function (system, popen, exec*, spawn*, fork,
//     kill, _exit, ...) raising PermissionError.
//   - import: subprocess, socket, ctypes and the other modules that reach
//     the operating system are refused, module names must be dotted
//     identifiers (no paths), and Python files are imported only from the
//     notebook's folder.
//
// Every refusal raises an exception whose message starts with
// "unsupported:" and says what was refused and why: the cell's verdict is
// then `unsupported`, never a wrong output.
//
// What the sandbox does not do: it does not limit time or memory
// (pyrun's interruption checks, the worker's watchdog and the parent's
// kill do), and it is a language-level wall: Go code in nbcheck's own
// modules could open files without asking it, so every module that
// touches the file system must go through this package.
package sandbox

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// Config says what a notebook may touch.
type Config struct {
	// Dir is the notebook's folder: relative paths start there, and reads
	// are allowed inside it.
	Dir string
	// Scratch is the folder the notebook's writes go to; "" makes a new
	// temporary folder, removed by Close.
	Scratch string
	// AllowWrites lets the notebook write inside Dir too (relative writes
	// then go to Dir, as they would in Jupyter).
	AllowWrites bool
	// Env is the environment the notebook sees; nil means [DefaultEnv].
	Env map[string]string
	// Unconfined lifts the folder rules: the code may read and write any
	// file the process may, relative paths start at Dir, and writes go
	// to Dir (Scratch is ignored). For `nbcheck exec`, which runs the
	// user's own script as `python3 FILE.py` would; the rest of the
	// sandbox (nbcheck's open and os with CPython's behaviour, no process
	// control, no modules that reach the system) still applies.
	Unconfined bool
	// ImportDir is where Python files are imported from (sys.path); ""
	// means Dir. A script's is its own folder, whatever Dir is.
	ImportDir string
	// DiskQuota bounds the bytes in the scratch folder: opening a file
	// for writing there fails once it holds more. 0 means no quota. (The
	// worker also caps each file's size, see cmd/nbcheck's --disk-limit.)
	DiskQuota int64
}

// DefaultEnv is the environment a notebook sees: enough for code that
// reads HOME or PATH, nothing of the real one.
var DefaultEnv = map[string]string{
	"HOME":  "/home/nbcheck",
	"LANG":  "C.UTF-8",
	"PATH":  "/usr/local/bin:/usr/bin:/bin",
	"USER":  "nbcheck",
	"SHELL": "/bin/sh",
	"TERM":  "xterm-color",
}

// Sandbox is one notebook's confinement.
type Sandbox struct {
	cfg     Config
	dir     string // Dir, absolute, symlinks resolved
	scratch string // Scratch, absolute, symlinks resolved
	made    bool   // Close removes scratch

	filesMu sync.Mutex
	files   []weak.Pointer[py.File] // what open returned; Close closes those still open
}

// New prepares a sandbox for cfg, making the scratch folder if needed.
func New(cfg Config) (*Sandbox, error) {
	s := &Sandbox{cfg: cfg}
	if cfg.Dir == "" {
		cfg.Dir = "."
	}
	dir, err := realDir(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("sandbox: notebook folder: %w", err)
	}
	s.dir = dir
	if cfg.Unconfined {
		cfg.Scratch, cfg.AllowWrites = dir, true
	}
	if cfg.Scratch == "" {
		tmp, err := os.MkdirTemp("", "nbcheck-scratch-")
		if err != nil {
			return nil, fmt.Errorf("sandbox: scratch folder: %w", err)
		}
		cfg.Scratch, s.made = tmp, true
	}
	if s.scratch, err = realDir(cfg.Scratch); err != nil {
		return nil, fmt.Errorf("sandbox: scratch folder: %w", err)
	}
	if cfg.Env == nil {
		cfg.Env = DefaultEnv
	}
	s.cfg = cfg
	return s, nil
}

// Dir returns the notebook's folder as the sandbox sees it.
func (s *Sandbox) Dir() string { return s.dir }

// Scratch returns the scratch folder.
func (s *Sandbox) Scratch() string { return s.scratch }

// Close closes the files the notebook opened and left open, as a
// process's exit would (a worker runs other notebooks after this one,
// which must not find its file descriptors taken), and removes the
// scratch folder if New made it.
func (s *Sandbox) Close() error {
	s.filesMu.Lock()
	files := s.files
	s.files = nil
	s.filesMu.Unlock()
	for _, w := range files {
		if f := w.Value(); f != nil && f.File != nil {
			f.File.Close() // a file closed already says so; nothing to do
		}
	}
	if s.made {
		return os.RemoveAll(s.scratch)
	}
	return nil
}

func realDir(d string) (string, error) {
	abs, err := filepath.Abs(d)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// within reports whether path p is root or inside it.
// inside reports whether the real path p may be read: inside the
// notebook's folder or the scratch folder, or anywhere when unconfined.
func (s *Sandbox) inside(p string) bool {
	return s.cfg.Unconfined || within(p, s.dir) || within(p, s.scratch)
}

func within(p, root string) bool {
	if p == root {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
}

// realPath resolves the symlinks of p; when p does not exist, those of its
// nearest existing ancestor, with the rest appended (the path a create
// would make).
func realPath(p string) string {
	p = filepath.Clean(p)
	var rest []string
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			for i := len(rest) - 1; i >= 0; i-- {
				r = filepath.Join(r, rest[i])
			}
			return r
		}
		parent := filepath.Dir(p)
		if parent == p {
			return p
		}
		rest = append(rest, filepath.Base(p))
		p = parent
	}
}

// Access kinds.
const (
	read = iota
	write
)

// resolve returns the real path the notebook's path name stands for, or
// a PermissionError when access of that kind is not allowed there.
func (s *Sandbox) resolve(name string, kind int) (string, error) {
	if name == "" {
		return "", pyrt.NewOSError(syscall.ENOENT, "")
	}
	if strings.ContainsRune(name, 0) {
		return "", py.ExceptionNewf(py.ValueError, "embedded null byte")
	}
	var p string
	switch {
	case filepath.IsAbs(name):
		p = name
	case kind == write && s.cfg.AllowWrites:
		p = filepath.Join(s.dir, name)
	case kind == write:
		p = filepath.Join(s.scratch, name)
	default:
		// A file the notebook wrote shadows the folder's.
		p = filepath.Join(s.scratch, name)
		if _, err := os.Lstat(p); err != nil {
			p = filepath.Join(s.dir, name)
		}
	}
	real := realPath(p)
	if kind == write && s.cfg.DiskQuota > 0 && within(real, s.scratch) && dirSize(s.scratch) > s.cfg.DiskQuota {
		return "", refuse(py.OSError, "write %q: the notebook's scratch folder holds more than %d bytes (nbcheck --disk-limit)", name, s.cfg.DiskQuota)
	}
	ok := s.cfg.Unconfined || within(real, s.scratch)
	if kind == read || s.cfg.AllowWrites {
		ok = ok || within(real, s.dir)
	}
	if !ok {
		what, where := "read", "the notebook's folder"
		if kind == write {
			what, where = "write", "its scratch folder (nbcheck --allow-writes also allows the notebook's folder)"
			if s.cfg.AllowWrites {
				where = "the notebook's folder and its scratch folder"
			}
		}
		return "", refuse(py.PermissionError, "%s %q: nbcheck's sandbox lets a notebook %s only inside %s", what, name, what, where)
	}
	return real, nil
}

// refuse returns the exception of a refused operation; its message starts
// with "unsupported:" so that the cell's verdict says nbcheck could not
// run it.
func refuse(class *py.Type, format string, args ...any) error {
	return py.ExceptionNewf(class, "unsupported: "+format, args...)
}

// pathArg returns a path argument as a Go string (str, bytes or an
// object with __fspath__).
func pathArg(fn string, o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Bytes:
		return string(v), nil
	case py.Int, py.Bool:
		return "", refuse(py.PermissionError, "%s(): file descriptors are not available in nbcheck's sandbox", fn)
	}
	if f, err := pyvm.GetAttr(o, "__fspath__"); err == nil {
		r, err := py.Call(f, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(py.String); ok {
			return string(s), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn, o.Type().Name)
}

// dirSize returns the bytes of the regular files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// track records a file open returned, weakly: a file the notebook drops
// is still closed by the collector. Dropped entries are compacted away
// as the list grows, so a loop that opens and drops files keeps it
// small.
func (s *Sandbox) track(f *py.File) {
	s.filesMu.Lock()
	defer s.filesMu.Unlock()
	if len(s.files) >= 64 && len(s.files) == cap(s.files) {
		live := s.files[:0]
		for _, w := range s.files {
			if w.Value() != nil {
				live = append(live, w)
			}
		}
		clear(s.files[len(live):])
		s.files = live
	}
	s.files = append(s.files, weak.Make(f))
}
