package pyrt

// This file is the importlib module (import_module, reload,
// invalidate_caches), one per context as it works on the context's
// sys.modules (sysmodules.go).

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// installImportlib makes the context's importlib module.
func (rt *runtime) installImportlib() error {
	impl := &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "importlib", Doc: "A pure Python implementation of import."},
		Methods: []*py.Method{
			py.MustNewMethod("import_module", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
				var name, pkg py.Object = nil, py.None
				if err := py.ParseTupleAndKeywords(args, kw, "O|O:import_module", []string{"name", "package"}, &name, &pkg); err != nil {
					return nil, err
				}
				return rt.importModule(name, pkg)
			}, 0, "import_module(name, package=None)\n\nImport a module."),
			py.MustNewMethod("reload", func(_ py.Object, arg py.Object) (py.Object, error) {
				return rt.reload(arg)
			}, 0, "reload(module)\n\nReload the module and return it."),
			py.MustNewMethod("invalidate_caches", func(_ py.Object) (py.Object, error) {
				return py.None, nil // nbcheck's finders keep no cache of folders
			}, 0, "invalidate_caches()\n\nCall the invalidate_caches() method on all meta path finders."),
		},
	}
	_, err := rt.ctx.Store().NewModule(rt.ctx, impl)
	return err
}

// importModule is importlib.import_module: the module named name
// (relative to package when it starts with dots), imported through
// builtins.__import__ (the sandbox's checks included).
func (rt *runtime) importModule(nameObj, pkg py.Object) (py.Object, error) {
	n, ok := nameObj.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'startswith'", TypeName(nameObj))
	}
	name := string(n)
	if strings.HasPrefix(name, ".") {
		p, ok := pkg.(py.String)
		if !ok || p == "" {
			return nil, py.ExceptionNewf(py.TypeError, "the 'package' argument is required to perform a relative import for %s", strRepr(name, false))
		}
		rest := strings.TrimLeft(name, ".")
		level := len(name) - len(rest)
		bits := strings.Split(string(p), ".")
		if level > len(bits) {
			return nil, py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(bits[:len(bits)-level+1], ".")
		name = base
		if rest != "" {
			name = base + "." + rest
		}
	}
	if name == "" {
		return nil, py.ExceptionNewf(py.ValueError, "Empty module name")
	}
	imp, ok := rt.builtins.Globals["__import__"]
	if !ok {
		return nil, py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	mod, err := py.Call(imp, py.Tuple{py.String(name), py.None, py.None, py.Tuple{py.String("__name__")}}, nil)
	if err != nil {
		return nil, err
	}
	if v, found, _ := rt.modules.GetItem(py.String(name)); found {
		return v, nil
	}
	return mod, nil
}

// reload is importlib.reload: the module's code runs again in the same
// module object, from its source read again for a module file (the same
// file import read, never another one a changed sys.path or link would
// lead to), from nbcheck's compiled code for its own modules. A Go
// module is left as it is.
func (rt *runtime) reload(arg py.Object) (py.Object, error) {
	m, ok := arg.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "reload() argument must be a module")
	}
	nameObj, _ := m.Globals["__name__"].(py.String)
	name := string(nameObj)
	if v, found, _ := rt.modules.GetItem(py.String(name)); !found || v != py.Object(m) {
		return nil, &py.Exception{Base: py.ImportError, Args: py.Tuple{py.String("module " + name + " not in sys.modules")}, Dict: py.StringDict{"name": py.String(name)}}
	}
	var code *py.Code
	if impl, err := findModule(name); err != nil {
		return nil, py.ExceptionNewf(py.ImportError, "%v", err)
	} else if impl != nil {
		code = impl.Code
	} else if real, ok := rt.files[name]; ok {
		c, err := rt.recompile(m, real)
		if err != nil {
			return nil, err
		}
		code = c
	} else if m.ModuleImpl != nil {
		code = m.ModuleImpl.Code
	}
	if code == nil {
		return m, nil
	}
	if _, err := rt.ctx.RunCode(code, m.Globals, m.Globals, nil); err != nil {
		return nil, err
	}
	if v, found, _ := rt.modules.GetItem(py.String(name)); found {
		return v, nil
	}
	return m, nil
}

// recompile reads and compiles a module file again: the file at the
// module's __file__, which must still be the file import read (real, its
// resolved path then).
func (rt *runtime) recompile(m *py.Module, real string) (*py.Code, error) {
	file, _ := m.Globals["__file__"].(py.String)
	now, err := filepath.EvalSymlinks(string(file))
	if err != nil || now != real {
		return nil, py.ExceptionNewf(py.ImportError, "reload(): %s is no longer the file the module was imported from", string(file))
	}
	src, err := os.ReadFile(now)
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "Error reading %q: %v", string(file), err)
	}
	return py.Compile(string(src), string(file), py.ExecMode, 0, true)
}
