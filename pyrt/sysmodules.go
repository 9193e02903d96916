package pyrt

// This file owns sys.modules: one dict per context (so per kernel, and a
// reused worker's next notebook starts with a new one), the mapping import
// consults first and records every module it imports in. gpython keeps
// its own store of modules, which Go code fills too and which Python
// cannot see or change; sys.modules is what Python sees, and import
// follows it as CPython does:
//
//   - a name in sys.modules is imported as its value, whatever it is
//     (sys.modules['x'] = obj; import x gives obj), None as CPython's
//     "import of x halted; None in sys.modules";
//   - a name not in it is imported, and recorded. A module of Python code
//     the store still holds (it was deleted from sys.modules, or only Go
//     code imported it) runs again in a new module object, as CPython
//     imports a deleted module again; a Go module is the same object
//     again (CPython's builtin modules behave alike).
//
// A module file from the notebook's folder imported again runs the code
// it was first compiled from: the file is not read again (importlib.reload
// reads it again, importlib.go).

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// installSysModules makes sys.modules, holding builtins and sys.
func (rt *runtime) installSysModules() error {
	sys, err := rt.ctx.GetModule("sys")
	if err != nil {
		return err
	}
	rt.modules = NewDict()
	if err := rt.modules.SetItem(py.String("builtins"), rt.builtins); err != nil {
		return err
	}
	if err := rt.modules.SetItem(py.String("sys"), sys); err != nil {
		return err
	}
	sys.Globals["modules"] = rt.modules
	return rt.installImportlib()
}

// RecordModule enters m in ctx's sys.modules as name, for modules made
// by Go code that Python has at startup (__main__, os).
func RecordModule(ctx py.Context, name string, m py.Object) error {
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	d, ok := sys.Globals["modules"].(*Dict)
	if !ok {
		return py.ExceptionNewf(py.RuntimeError, "sys.modules is not installed")
	}
	return d.SetItem(py.String(name), m)
}

// cachedModule answers import modname from sys.modules alone: ok is false
// when the import must run.
func (rt *runtime) cachedModule(modname string, from py.Tuple) (mod py.Object, ok bool, err error) {
	v, found, err := rt.modules.GetItem(py.String(modname))
	if err != nil || !found {
		return nil, false, err
	}
	if v == py.None {
		return nil, true, &py.Exception{Base: moduleNotFoundError, Args: py.Tuple{py.String("import of " + modname + " halted; None in sys.modules")}, Dict: py.StringDict{"name": py.String(modname)}}
	}
	i := strings.IndexByte(modname, '.')
	if len(from) > 0 || i < 0 {
		return v, true, nil
	}
	// import a.b binds a, as sys.modules has it.
	top, ok, err := rt.cachedModule(modname[:i], nil)
	if ok && err == nil {
		rt.bindSubmodules(modname)
	}
	return top, ok, err
}

// bindSubmodules makes each module on the dotted path an attribute of its
// parent where the parent lacks it: a package run again after it left
// sys.modules (del sys.modules['collections']) finds its submodules still
// there, and 'import collections.abc as abc' in its code reads the
// attribute (CPython's IMPORT_FROM falls back to sys.modules; module code
// here may run on gpython's VM, which does not).
func (rt *runtime) bindSubmodules(modname string) {
	parts := strings.Split(modname, ".")
	for i := 1; i < len(parts); i++ {
		pv, found, _ := rt.modules.GetItem(py.String(strings.Join(parts[:i], ".")))
		parent, isMod := pv.(*py.Module)
		if !found || !isMod {
			return
		}
		cv, found, _ := rt.modules.GetItem(py.String(strings.Join(parts[:i+1], ".")))
		if !found || cv == py.None {
			return
		}
		if _, has := parent.Globals[parts[i]]; !has {
			parent.Globals[parts[i]] = cv
		}
	}
}

// inModules reports whether name is in sys.modules.
func (rt *runtime) inModules(name string) bool {
	_, found, _ := rt.modules.GetItem(py.String(name))
	return found
}

// recordModule enters an imported module in sys.modules.
func (rt *runtime) recordModule(name string, m py.Object) {
	_ = rt.modules.SetItem(py.String(name), m)
}

// stale reports whether the store's module name is one of Python code
// that is no longer in sys.modules: importing it runs it again.
func (rt *runtime) stale(name string, m *py.Module) bool {
	return m.ModuleImpl != nil && m.ModuleImpl.Code != nil && !rt.inModules(name)
}

// rerun imports again a module of Python code the store holds but
// sys.modules does not: in a new module object, from the code it was made
// of, as CPython imports a module deleted from sys.modules.
func (rt *runtime) rerun(name string, m *py.Module) (*py.Module, error) {
	impl := *m.ModuleImpl
	return rt.initModule(name, &impl)
}

// initModule makes the module impl describes and runs its code, with the
// module in sys.modules as name before the code runs, as CPython: the
// code finds itself there, and a circular import gets the module half
// made. A module whose code raises leaves sys.modules.
func (rt *runtime) initModule(name string, impl *py.ModuleImpl) (*py.Module, error) {
	if impl.Code == nil && (len(impl.CodeSrc) > 0 || len(impl.CodeBuf) > 0) {
		// gpython compiles these in ModuleInit.
		m, err := rt.ctx.ModuleInit(impl)
		if err == nil {
			rt.recordModule(name, m)
		}
		return m, err
	}
	m, err := rt.ctx.Store().NewModule(rt.ctx, impl)
	if err != nil {
		return nil, err
	}
	rt.recordModule(name, m)
	if impl.Code != nil {
		if _, err := rt.ctx.RunCode(impl.Code, m.Globals, m.Globals, nil); err != nil {
			_, _ = rt.modules.DelItem(py.String(name))
			return nil, err
		}
	}
	return m, nil
}

// importFile imports modname, which no finder has: a module gpython
// registered, or a file on sys.path (gpython's py.ImportModuleLevelObject
// for an absolute import, with the module entered in sys.modules before
// its code runs).
// found is true when the module was found: an error is then its code's,
// which import passes on as it is (an ImportError of a missing module the
// file imports names that module, not this one).
func (rt *runtime) importFile(modname string, globals py.StringDict) (m *py.Module, found bool, err error) {
	if impl := py.GetModuleImpl(modname); impl != nil {
		m, err = rt.initModule(modname, impl)
		return m, true, err
	}
	opts := py.CompileOpts{UseSysPaths: true}
	if f, ok := globals["__file__"].(py.String); ok {
		opts.CurDir = path.Dir(string(f))
	}
	out, err := rt.ctx.ResolveAndCompile(path.Join(strings.Split(modname, ".")...), opts)
	if err != nil {
		// A file that does not compile was found: its SyntaxError is the error.
		return nil, !isExc(err, py.FileNotFoundError) && !isExc(err, py.ImportError), err
	}
	// importlib.reload reads this file again, and only this one.
	if real, err := filepath.EvalSymlinks(out.FileDesc); err == nil {
		if rt.files == nil {
			rt.files = map[string]string{}
		}
		rt.files[modname] = real
	}
	m, err = rt.initModule(modname, &py.ModuleImpl{Info: py.ModuleInfo{Name: modname, FileDesc: out.FileDesc}, Code: out.Code})
	return m, true, err
}

// A module's __dict__ is its globals, as vars(module) gives them
// (sys.modules[__name__].__dict__).
func init() {
	py.ModuleType.Dict["__dict__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__dict__' for 'module' objects doesn't apply to a '%s' object", TypeName(self))
		}
		return m.Globals, nil
	}}
}

// types.ModuleType(name, doc=None) makes a module, as CPython: one that no
// import made, which a notebook can put in sys.modules.
func init() {
	py.ModuleType.New = func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if n := len(args) + len(kw); n > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "module() takes at most 2 arguments (%d given)", n)
		}
		var name, doc py.Object = nil, py.None
		if len(args) > 0 {
			name = args[0]
		} else if v, ok := kw["name"]; ok {
			name = v
		}
		if len(args) > 1 {
			doc = args[1]
		} else if v, ok := kw["doc"]; ok {
			doc = v
		}
		for k := range kw {
			if k != "name" && k != "doc" {
				return nil, py.ExceptionNewf(py.TypeError, "module() got an unexpected keyword argument '%s'", k)
			}
		}
		if name == nil {
			return nil, py.ExceptionNewf(py.TypeError, "module() missing required argument 'name' (pos 1)")
		}
		s, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "module() argument 'name' must be str, not %s", TypeName(name))
		}
		return &py.Module{
			ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: string(s)}},
			Globals: py.StringDict{
				"__name__": s, "__doc__": doc, "__package__": py.None,
				"__loader__": py.None, "__spec__": py.None,
			},
		}, nil
	}
}
