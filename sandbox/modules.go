package sandbox

// This file installs the sandbox into a gpython context: open, __import__,
// sys.path, and the modules os, os.path, tempfile and glob, which are put
// into the context's module store before any code runs, so that every
// import of them (from a cell, pystd or gpython) finds nbcheck's.

import (
	"crypto/rand"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// refusedModules reach the operating system; importing one raises
// ImportError with the reason.
var refusedModules = map[string]string{
	"subprocess":       "nbcheck runs no subprocesses",
	"_posixsubprocess": "nbcheck runs no subprocesses",
	"pty":              "nbcheck runs no subprocesses",
	"posix":            "use os, nbcheck's sandboxed one",
	"nt":               "use os, nbcheck's sandboxed one",
	"socket":           "nbcheck gives notebooks no network",
	"ssl":              "nbcheck gives notebooks no network",
	"ctypes":           "nbcheck loads no native code",
	"_ctypes":          "nbcheck loads no native code",
	"cffi":             "nbcheck loads no native code",
	"fcntl":            "nbcheck gives notebooks no file descriptors",
	"mmap":             "nbcheck gives notebooks no file descriptors",
	"resource":         "nbcheck sets the limits itself",
	"signal":           "nbcheck sends and handles no signals",
	"shutil":           "nbcheck's sandbox has no shutil yet",
}

// processFuncs are the os functions that control processes; each raises.
var processFuncs = []string{
	"system", "popen", "fork", "forkpty", "vfork", "kill", "killpg", "_exit", "abort",
	"execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe",
	"spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
	"posix_spawn", "posix_spawnp", "startfile", "wait", "waitpid", "setsid", "setuid", "setgid",
	"chroot", "chdir", "fchdir", "symlink", "link", "chmod", "chown", "lchown", "mkfifo", "mknod",
	"open", "fdopen", "dup", "dup2", "pipe", "read", "write", "truncate", "nice", "plock",
}

var moduleName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)

// Install confines ctx. Call it after pyrt is installed (it wraps pyrt's
// __import__) and before any code runs.
func (s *Sandbox) Install(ctx py.Context) error {
	b := ctx.Store().Builtins.Globals
	origOpen, origImport := b["open"], b["__import__"]
	b["open"] = py.MustNewMethod("open", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return s.open(origOpen, args, kw)
	}, 0, "open(file, mode='r', ...) inside nbcheck's sandbox")
	b["__import__"] = py.MustNewMethod("__import__", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := s.checkImport(ctx, args, kw); err != nil {
			return nil, err
		}
		return py.Call(origImport, args, kw)
	}, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0)")
	if sys, err := ctx.GetModule("sys"); err == nil {
		importDir := s.dir
		if s.cfg.ImportDir != "" {
			importDir = s.cfg.ImportDir
		}
		sys.Globals["path"] = py.NewListFromStrings([]string{importDir})
		sys.Globals["executable"] = py.String("/usr/bin/python3")
		if !s.cfg.Unconfined { // nbcheck exec's script reads the real one
			stdin := &emptyStdin{}
			sys.Globals["stdin"], sys.Globals["__stdin__"] = stdin, stdin
		}
	}
	path, err := ctx.ModuleInit(s.pathModule())
	if err != nil {
		return err
	}
	osm, err := ctx.ModuleInit(s.osModule())
	if err != nil {
		return err
	}
	osm.Globals["path"] = path
	if _, err := ctx.ModuleInit(s.tempfileModule()); err != nil {
		return err
	}
	_, err = ctx.ModuleInit(s.globModule())
	return err
}

// checkImport refuses modules that reach the system, names that are not
// dotted identifiers (gpython would take a path), and Python files that
// resolve outside the notebook's folder.
func (s *Sandbox) checkImport(ctx py.Context, args py.Tuple, kw py.StringDict) error {
	var name py.Object
	if len(args) > 0 {
		name = args[0]
	} else {
		name = kw["name"]
	}
	n, ok := name.(py.String)
	if !ok {
		return nil // __import__ reports the type error
	}
	mod := string(n)
	if !moduleName.MatchString(mod) {
		return refuse(py.ImportError, "import of %q: nbcheck imports modules by name only", mod)
	}
	top, _, _ := strings.Cut(mod, ".")
	if why, ok := refusedModules[top]; ok {
		return refuse(py.ImportError, "module %s: %s", top, why)
	}
	if _, err := ctx.Store().GetModule(top); err == nil || py.GetModuleImpl(top) != nil {
		return nil
	}
	// gpython would look for top.py, top/__init__.py on sys.path.
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return nil
	}
	paths, _ := sys.Globals["path"].(*py.List)
	if paths == nil {
		return nil
	}
	for _, p := range paths.Items {
		ps, ok := p.(py.String)
		if !ok {
			continue
		}
		base := string(ps)
		if !filepath.IsAbs(base) {
			base = filepath.Join(s.dir, base)
		}
		for _, cand := range []string{filepath.Join(base, top+".py"), filepath.Join(base, top), filepath.Join(base, top+".pyc")} {
			if _, err := os.Stat(cand); err != nil {
				continue
			}
			real := realPath(cand)
			if !s.inside(real) {
				return refuse(py.ImportError, "module %s from %s: nbcheck imports Python files only from the notebook's folder", top, cand)
			}
		}
	}
	return nil
}

// open is the sandboxed builtin open.
func (s *Sandbox) open(orig py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var file py.Object
	args = append(py.Tuple(nil), args...)
	kw = kw.Copy()
	inKw := false
	if len(args) > 0 {
		file = args[0]
	} else if f, ok := kw["file"]; ok {
		file, inKw = f, true
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "open() missing required argument 'file' (pos 1)")
	}
	mode := "r"
	if len(args) > 1 {
		if m, ok := args[1].(py.String); ok {
			mode = string(m)
		}
	} else if m, ok := kw["mode"].(py.String); ok {
		mode = string(m)
	}
	name, err := pathArg("open", file)
	if err != nil {
		return nil, err
	}
	kind := read
	if strings.ContainsAny(mode, "wax+") {
		kind = write
	}
	real, err := s.resolve(name, kind)
	if err != nil {
		return nil, err
	}
	if inKw {
		kw["file"] = py.String(real)
	} else {
		args[0] = py.String(real)
	}
	var res py.Object
	if wrongMode(mode) {
		res, err = openOwn(orig, args, kw, real, name, mode)
	} else {
		res, err = py.Call(orig, args, kw)
		if err != nil {
			err = gpythonOpenError(err, real, name, mode)
		}
	}
	if f, ok := res.(*py.File); ok {
		// f.name is the notebook's name; f.encoding the one it gave.
		encoding := ""
		if len(args) > 3 {
			if e, ok := args[3].(py.String); ok {
				encoding = string(e)
			}
		} else if e, ok := kw["encoding"].(py.String); ok {
			encoding = string(e)
		}
		pyrt.SetFileInfo(f, name, mode, encoding)
		s.track(f)
	}
	return res, err
}

// gpythonOpenError gives an OSError of gpython's open CPython's form.
func gpythonOpenError(err error, real, name, mode string) error {
	switch e := err.(type) {
	case *py.Exception:
		if e.Base.IsSubtype(py.OSError) {
			return openError(err, real, name, mode)
		}
	case py.ExceptionInfo:
		if e.Type.IsSubtype(py.OSError) {
			return openError(err, real, name, mode)
		}
	}
	return err
}

// method makes a module function from a Go function of the positional
// arguments.
func method(name string, fn func(args py.Tuple, kw py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return fn(args, kw)
	}, 0, "")
}

// arg returns positional argument i or keyword name, or def.
func arg(args py.Tuple, kw py.StringDict, i int, name string, def py.Object) py.Object {
	if i < len(args) {
		return args[i]
	}
	if v, ok := kw[name]; ok {
		return v
	}
	return def
}

func (s *Sandbox) osModule() *py.ModuleImpl {
	env := pyrt.NewDict()
	keys := make([]string, 0, len(s.cfg.Env))
	for k := range s.cfg.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		env.SetItem(py.String(k), py.String(s.cfg.Env[k]))
	}
	methods := []*py.Method{
		method("getcwd", func(py.Tuple, py.StringDict) (py.Object, error) { return py.String(s.dir), nil }),
		method("getenv", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			v, ok, err := env.GetItem(arg(args, kw, 0, "key", py.None))
			if err != nil || ok {
				return v, err
			}
			return arg(args, kw, 1, "default", py.None), nil
		}),
		method("putenv", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.None, env.SetItem(arg(args, kw, 0, "key", py.None), arg(args, kw, 1, "value", py.None))
		}),
		method("unsetenv", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			_, err := env.DelItem(arg(args, kw, 0, "key", py.None))
			return py.None, err
		}),
		method("getpid", func(py.Tuple, py.StringDict) (py.Object, error) { return py.Int(4242), nil }),
		method("getppid", func(py.Tuple, py.StringDict) (py.Object, error) { return py.Int(4241), nil }),
		method("cpu_count", func(py.Tuple, py.StringDict) (py.Object, error) { return py.Int(runtime.NumCPU()), nil }),
		method("urandom", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			n, err := py.IndexInt(arg(args, kw, 0, "size", py.Int(0)))
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 1<<24 {
				return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
			}
			b := make([]byte, n)
			rand.Read(b)
			return py.Bytes(b), nil
		}),
		method("fspath", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			p := arg(args, kw, 0, "path", py.None)
			switch p.(type) {
			case py.String, py.Bytes:
				return p, nil
			}
			name, err := pathArg("fspath", p)
			return py.String(name), err
		}),
		method("listdir", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.listdir(arg(args, kw, 0, "path", py.String(".")))
		}),
		method("mkdir", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.writeOp("mkdir", args, kw, func(p string) error { return os.Mkdir(p, 0o777) })
		}),
		method("makedirs", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			existOK := false
			if v := arg(args, kw, 2, "exist_ok", py.False); v != py.False && v != py.None {
				existOK = true
			}
			return s.writeOp("makedirs", args, kw, func(p string) error {
				if info, err := os.Stat(p); err == nil && info.IsDir() && !existOK {
					return os.ErrExist
				}
				return os.MkdirAll(p, 0o777)
			})
		}),
		method("remove", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.writeOp("remove", args, kw, removeFile)
		}),
		method("unlink", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.writeOp("unlink", args, kw, removeFile)
		}),
		method("rmdir", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.writeOp("rmdir", args, kw, func(p string) error {
				if info, err := os.Stat(p); err == nil && !info.IsDir() {
					return syscall.ENOTDIR
				}
				return os.Remove(p)
			})
		}),
		method("rename", func(args py.Tuple, kw py.StringDict) (py.Object, error) { return s.rename(args, kw) }),
		method("replace", func(args py.Tuple, kw py.StringDict) (py.Object, error) { return s.rename(args, kw) }),
		method("walk", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return s.walk(arg(args, kw, 0, "top", py.String(".")))
		}),
		method("strerror", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 1 || len(kw) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "strerror() takes exactly one argument (%d given)", len(args)+len(kw))
			}
			n, ok := args[0].(py.Int)
			if b, isBool := args[0].(py.Bool); isBool {
				n, ok = 0, true
				if b {
					n = 1
				}
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyrt.TypeName(args[0]))
			}
			return py.String(pyrt.Strerror(int(n))), nil
		}),
	}
	for _, name := range processFuncs {
		name := name
		why := "nbcheck runs no subprocesses and sends no signals"
		switch name {
		case "chdir", "fchdir":
			why = "the working folder is the notebook's folder"
		case "symlink", "link", "chmod", "chown", "lchown", "mkfifo", "mknod", "truncate":
			why = "nbcheck's sandbox does not change files' links or permissions"
		case "open", "fdopen", "dup", "dup2", "pipe", "read", "write":
			why = "nbcheck's sandbox gives notebooks no file descriptors (use open())"
		}
		methods = append(methods, method(name, func(py.Tuple, py.StringDict) (py.Object, error) {
			return nil, refuse(py.PermissionError, "os.%s: %s", name, why)
		}))
	}
	return &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "os", Doc: "nbcheck's sandboxed os module"},
		Methods: methods,
		Globals: py.StringDict{
			"environ": env,
			"error":   py.OSError,
			"name":    py.String("posix"),
			"sep":     py.String("/"),
			"altsep":  py.None,
			"extsep":  py.String("."),
			"curdir":  py.String("."),
			"pardir":  py.String(".."),
			"pathsep": py.String(":"),
			"linesep": py.String("\n"),
			"defpath": py.String("/bin:/usr/bin"),
			"devnull": py.String("/dev/null"),
		},
	}
}

func removeFile(p string) error {
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		return syscall.EISDIR
	}
	return os.Remove(p)
}

// writeOp runs op on the resolved path of the first argument, a write.
func (s *Sandbox) writeOp(fn string, args py.Tuple, kw py.StringDict, op func(string) error) (py.Object, error) {
	name, err := pathArg(fn, arg(args, kw, 0, "path", py.None))
	if err != nil {
		return nil, err
	}
	real, err := s.resolveExisting(name)
	if err != nil {
		return nil, err
	}
	if err := op(real); err != nil {
		if _, ok := err.(*py.Exception); ok {
			return nil, err
		}
		return nil, pyrt.FileError(err, name)
	}
	return py.None, nil
}

func (s *Sandbox) rename(args py.Tuple, kw py.StringDict) (py.Object, error) {
	src, err := pathArg("rename", arg(args, kw, 0, "src", py.None))
	if err != nil {
		return nil, err
	}
	dst, err := pathArg("rename", arg(args, kw, 1, "dst", py.None))
	if err != nil {
		return nil, err
	}
	rs, err := s.resolveExisting(src)
	if err != nil {
		return nil, err
	}
	rd, err := s.resolve(dst, write)
	if err != nil {
		return nil, err
	}
	if err := os.Rename(rs, rd); err != nil {
		return nil, pyrt.FileError(err, src)
	}
	return py.None, nil
}

// resolveExisting resolves a path the notebook changes in place (remove,
// rename's source): a relative name the notebook did not write itself
// is the notebook folder's file, which it may change only with
// AllowWrites.
func (s *Sandbox) resolveExisting(name string) (string, error) {
	if !filepath.IsAbs(name) && !s.cfg.AllowWrites {
		if _, err := os.Lstat(filepath.Join(s.scratch, name)); err != nil {
			if _, err := os.Lstat(filepath.Join(s.dir, name)); err == nil {
				return "", refuse(py.PermissionError, "write %q: nbcheck's sandbox lets a notebook change files only inside its scratch folder (nbcheck --allow-writes also allows the notebook's folder)", name)
			}
		}
	}
	return s.resolve(name, write)
}

// readDirs returns the real folders a relative folder name stands for:
// the scratch folder's and the notebook folder's, when they exist.
func (s *Sandbox) readDirs(name string) ([]string, error) {
	if filepath.IsAbs(name) {
		real, err := s.resolve(name, read)
		if err != nil {
			return nil, err
		}
		return []string{real}, nil
	}
	roots := []string{s.scratch, s.dir}
	if s.scratch == s.dir {
		roots = roots[:1]
	}
	var dirs []string
	for _, root := range roots {
		real := realPath(filepath.Join(root, name))
		if !s.inside(real) {
			return nil, refuse(py.PermissionError, "read %q: nbcheck's sandbox lets a notebook read only inside the notebook's folder", name)
		}
		if info, err := os.Stat(real); err == nil && info.IsDir() {
			dirs = append(dirs, real)
		}
	}
	return dirs, nil
}

func (s *Sandbox) listdir(p py.Object) (py.Object, error) {
	name, err := pathArg("listdir", p)
	if err != nil {
		return nil, err
	}
	dirs, err := s.readDirs(name)
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, pyrt.FileError(os.ErrNotExist, name)
	}
	seen := map[string]bool{}
	var names []string
	for _, d := range dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			return nil, pyrt.FileError(err, name)
		}
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				names = append(names, e.Name())
			}
		}
	}
	sort.Strings(names)
	return py.NewListFromStrings(names), nil
}

// walk is os.walk, top-down, as a list of (dirpath, dirnames, filenames).
func (s *Sandbox) walk(p py.Object) (py.Object, error) {
	top, err := pathArg("walk", p)
	if err != nil {
		return nil, err
	}
	var out []py.Object
	var visit func(rel string, depth int) error
	visit = func(rel string, depth int) error {
		dirs, err := s.readDirs(rel)
		if err != nil || len(dirs) == 0 || depth > 64 {
			return err
		}
		var subdirs, files []string
		seen := map[string]bool{}
		for _, d := range dirs {
			entries, _ := os.ReadDir(d)
			for _, e := range entries {
				if seen[e.Name()] {
					continue
				}
				seen[e.Name()] = true
				if e.IsDir() {
					subdirs = append(subdirs, e.Name())
				} else {
					files = append(files, e.Name())
				}
			}
		}
		sort.Strings(subdirs)
		sort.Strings(files)
		out = append(out, py.Tuple{py.String(rel), py.NewListFromStrings(subdirs), py.NewListFromStrings(files)})
		for _, d := range subdirs {
			if err := visit(filepath.Join(rel, d), depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := visit(top, 0); err != nil {
		return nil, err
	}
	return py.NewIterator(py.Tuple(out)), nil
}

// exists returns how a path the notebook may read exists: nil when it does
// not or when the sandbox hides it.
func (s *Sandbox) stat(p py.Object) os.FileInfo {
	name, err := pathArg("stat", p)
	if err != nil {
		return nil
	}
	real, err := s.resolve(name, read)
	if err != nil {
		return nil
	}
	info, err := os.Stat(real)
	if err != nil {
		return nil
	}
	return info
}

func (s *Sandbox) pathModule() *py.ModuleImpl {
	str := func(fn string, args py.Tuple, kw py.StringDict, i int) (string, error) {
		return pathArg(fn, arg(args, kw, i, "path", py.None))
	}
	strFn := func(name string, f func(string) py.Object) *py.Method {
		return method(name, func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			p, err := str(name, args, kw, 0)
			if err != nil {
				return nil, err
			}
			return f(p), nil
		})
	}
	statFn := func(name string, f func(os.FileInfo) bool) *py.Method {
		return method(name, func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.NewBool(f(s.stat(arg(args, kw, 0, "path", py.None)))), nil
		})
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(s.dir, p)
	}
	methods := []*py.Method{
		method("join", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			out := ""
			for i := range args {
				p, err := pathArg("join", args[i])
				if err != nil {
					return nil, err
				}
				switch {
				case strings.HasPrefix(p, "/"):
					out = p
				case out == "" || strings.HasSuffix(out, "/"):
					out += p
				default:
					out += "/" + p
				}
			}
			return py.String(out), nil
		}),
		strFn("basename", func(p string) py.Object { return py.String(p[strings.LastIndex(p, "/")+1:]) }),
		strFn("dirname", func(p string) py.Object {
			head := p[:strings.LastIndex(p, "/")+1]
			if t := strings.TrimRight(head, "/"); t != "" {
				head = t
			}
			return py.String(head)
		}),
		strFn("split", func(p string) py.Object {
			i := strings.LastIndex(p, "/") + 1
			head := p[:i]
			if t := strings.TrimRight(head, "/"); t != "" {
				head = t
			}
			return py.Tuple{py.String(head), py.String(p[i:])}
		}),
		strFn("splitext", func(p string) py.Object {
			base := p[strings.LastIndex(p, "/")+1:]
			dot := strings.LastIndex(base, ".")
			if dot <= 0 || strings.Trim(base[:dot], ".") == "" {
				return py.Tuple{py.String(p), py.String("")}
			}
			cut := len(p) - len(base) + dot
			return py.Tuple{py.String(p[:cut]), py.String(p[cut:])}
		}),
		strFn("isabs", func(p string) py.Object { return py.NewBool(strings.HasPrefix(p, "/")) }),
		strFn("normpath", func(p string) py.Object {
			if p == "" {
				return py.String(".")
			}
			return py.String(filepath.Clean(p))
		}),
		strFn("abspath", func(p string) py.Object { return py.String(abs(p)) }),
		strFn("realpath", func(p string) py.Object { return py.String(abs(p)) }),
		strFn("expanduser", func(p string) py.Object {
			if p == "~" || strings.HasPrefix(p, "~/") {
				return py.String(s.cfg.Env["HOME"] + p[1:])
			}
			return py.String(p)
		}),
		method("relpath", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			p, err := str("relpath", args, kw, 0)
			if err != nil {
				return nil, err
			}
			start := "."
			if st := arg(args, kw, 1, "start", py.None); st != py.None {
				if start, err = pathArg("relpath", st); err != nil {
					return nil, err
				}
			}
			r, err := filepath.Rel(abs(start), abs(p))
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "%v", err)
			}
			return py.String(r), nil
		}),
		statFn("exists", func(i os.FileInfo) bool { return i != nil }),
		statFn("lexists", func(i os.FileInfo) bool { return i != nil }),
		statFn("isfile", func(i os.FileInfo) bool { return i != nil && i.Mode().IsRegular() }),
		statFn("isdir", func(i os.FileInfo) bool { return i != nil && i.IsDir() }),
		statFn("islink", func(os.FileInfo) bool { return false }),
		method("getsize", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			p, err := str("getsize", args, kw, 0)
			if err != nil {
				return nil, err
			}
			info := s.stat(py.String(p))
			if info == nil {
				return nil, pyrt.FileError(os.ErrNotExist, p)
			}
			return py.Int(info.Size()), nil
		}),
	}
	return &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "posixpath", Doc: "nbcheck's sandboxed os.path"},
		Methods: methods,
		Globals: py.StringDict{"sep": py.String("/"), "curdir": py.String("."), "pardir": py.String(".."), "extsep": py.String("."), "pathsep": py.String(":"), "altsep": py.None, "devnull": py.String("/dev/null")},
	}
}

// tempfileSource is the Python half of tempfile.
const tempfileSource = `
class TemporaryDirectory(object):
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
    def __enter__(self):
        return self.name
    def __exit__(self, *exc):
        self.cleanup()
    def cleanup(self):
        _rmtree(self.name)
    def __repr__(self):
        return '<TemporaryDirectory ' + repr(self.name) + '>'
`

// pySource is the Python half of a sandbox module, compiled once per
// process (gpython would compile a module's CodeSrc at every kernel's
// start), or as given by SetCode.
type pySource struct {
	file, src string
	mu        sync.Mutex
	code      *py.Code
}

// pySources are the sandbox modules' Python halves, by module name.
var pySources = map[string]*pySource{
	"tempfile": {file: "tempfile.py", src: tempfileSource},
}

// CodeNames are the names of the sandbox modules with a Python half
// (Code), sorted.
func CodeNames() []string { return slices.Sorted(maps.Keys(pySources)) }

// Code returns the compiled Python half of the sandbox module name,
// compiling it on first use; nil for a name that has none. Every
// sandboxed kernel runs it as it starts, so a worker's parent compiles
// it once and hands it to its workers (cmd/nbcheck/sharedcode.go), which
// would otherwise each spend a millisecond of CPU on it after their
// notebook's path arrives.
func Code(name string) *py.Code {
	p := pySources[name]
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.code == nil {
		code, err := py.Compile(p.src, p.file, py.ExecMode, 0, true)
		if err != nil {
			panic("sandbox: " + p.file + " does not compile: " + err.Error())
		}
		p.code = code
	}
	return p.code
}

// SetCode makes code the compiled Python half of module name, if none
// was compiled yet in this process: code must be Code's result in
// another process of the same binary.
func SetCode(name string, code *py.Code) {
	p := pySources[name]
	if p == nil || code == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.code == nil {
		p.code = code
	}
}

func (s *Sandbox) tempfileModule() *py.ModuleImpl {
	str := func(o py.Object) string {
		if v, ok := o.(py.String); ok {
			return string(v)
		}
		return ""
	}
	mkdtemp := func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		suffix, prefix := str(arg(args, kw, 0, "suffix", py.None)), str(arg(args, kw, 1, "prefix", py.None))
		if prefix == "" {
			prefix = "tmp"
		}
		dir := s.scratch
		if d := arg(args, kw, 2, "dir", py.None); d != py.None {
			name, err := pathArg("mkdtemp", d)
			if err != nil {
				return nil, err
			}
			if dir, err = s.resolve(name, write); err != nil {
				return nil, err
			}
		}
		p, err := os.MkdirTemp(dir, prefix+"*"+suffix)
		if err != nil {
			return nil, pyrt.FileError(err, dir)
		}
		return py.String(p), nil
	}
	return &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "tempfile", Doc: "nbcheck's sandboxed tempfile: temporary files live in the notebook's scratch folder"},
		Methods: []*py.Method{
			method("gettempdir", func(py.Tuple, py.StringDict) (py.Object, error) { return py.String(s.scratch), nil }),
			method("gettempdirb", func(py.Tuple, py.StringDict) (py.Object, error) { return py.Bytes(s.scratch), nil }),
			method("mkdtemp", mkdtemp),
			method("_rmtree", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				name, err := pathArg("rmtree", arg(args, kw, 0, "path", py.None))
				if err != nil {
					return nil, err
				}
				real, err := s.resolve(name, write)
				if err != nil {
					return nil, err
				}
				return py.None, os.RemoveAll(real)
			}),
		},
		Globals: py.StringDict{"tempdir": py.None},
		Code:    Code("tempfile"),
	}
}

func (s *Sandbox) globModule() *py.ModuleImpl {
	glob := func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		pattern, err := pathArg("glob", arg(args, kw, 0, "pathname", py.None))
		if err != nil {
			return nil, err
		}
		var roots []string
		if filepath.IsAbs(pattern) {
			roots = []string{""}
		} else {
			roots = []string{s.scratch, s.dir}
		}
		seen := map[string]bool{}
		var out []string
		for _, root := range roots {
			matches, err := filepath.Glob(filepath.Join(root, pattern))
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "%v", err)
			}
			for _, m := range matches {
				real := realPath(m)
				if !s.inside(real) {
					continue
				}
				name := m
				if root != "" {
					name, _ = filepath.Rel(root, m)
				}
				if strings.HasPrefix(filepath.Base(name), ".") && !strings.HasPrefix(filepath.Base(pattern), ".") {
					continue
				}
				if !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
			}
		}
		sort.Strings(out)
		return py.NewListFromStrings(out), nil
	}
	return &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "glob", Doc: "nbcheck's sandboxed glob"},
		Methods: []*py.Method{
			method("glob", glob),
			method("iglob", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				l, err := glob(args, kw)
				if err != nil {
					return nil, err
				}
				return py.NewIterator(py.Tuple(l.(*py.List).Items)), nil
			}),
		},
	}
}
