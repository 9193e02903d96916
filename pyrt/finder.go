package pyrt

// This file lets other packages add modules to import: a finder returns
// the implementation of a module by its dotted name. Finders take
// precedence over gpython's registered modules, so a module of nbcheck's
// can replace one of gpython's (os, string) with a CPython-faithful one.

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// Finder returns the implementation of the module name, or nil when it
// does not have it. It is called from any context, concurrently.
type Finder func(name string) (*py.ModuleImpl, error)

var (
	findersMu sync.RWMutex
	finders   []Finder
)

// RegisterFinder adds f to the finders consulted by import, in every
// context. Call it from an init function.
func RegisterFinder(f Finder) {
	findersMu.Lock()
	defer findersMu.Unlock()
	finders = append(finders, f)
}

// findModule asks the finders for name.
func findModule(name string) (*py.ModuleImpl, error) {
	findersMu.RLock()
	defer findersMu.RUnlock()
	for _, f := range finders {
		impl, err := f(name)
		if err != nil || impl != nil {
			return impl, err
		}
	}
	return nil, nil
}

// importFound imports modname through the finders, with CPython's
// semantics for a dotted name: every package on the way is imported and
// each submodule becomes an attribute of its parent. It returns the top
// package when from is empty, else the module itself; ok is false when no
// finder has the top-level module.
func (rt *runtime) importFound(modname string, from py.Tuple) (mod py.Object, ok bool, err error) {
	parts := strings.Split(modname, ".")
	store := rt.ctx.Store()
	var top, parent *py.Module
	for i := range parts {
		name := strings.Join(parts[:i+1], ".")
		if v, found, _ := rt.modules.GetItem(py.String(name)); found {
			if m, isMod := v.(*py.Module); isMod {
				if parent != nil {
					parent.Globals[parts[i]] = m
				}
				if top == nil {
					top = m
				}
				parent = m
				continue
			}
		}
		m, gerr := store.GetModule(name)
		// A module whose code raised left sys.modules (gpython's store
		// keeps it, half made): stale, it runs again, as in CPython.
		if gerr == nil && rt.stale(name, m) {
			if m, err = rt.rerun(name, m); err != nil {
				return nil, true, err
			}
		} else if gerr != nil {
			impl, ferr := findModule(name)
			if ferr != nil {
				return nil, true, py.ExceptionNewf(py.ImportError, "%v", ferr)
			}
			if impl == nil && i > 0 {
				impl = py.GetModuleImpl(name)
			}
			if impl == nil {
				if i == 0 {
					return nil, false, nil
				}
				// A submodule the package may provide as an attribute
				// (os.path) or one that does not exist.
				if parent != nil {
					if sub, aerr := py.GetAttrString(parent, parts[i]); aerr == nil {
						if sm, ok := sub.(*py.Module); ok {
							parent = sm
							continue
						}
					}
				}
				if parent != nil && parent.ModuleImpl != nil && strings.HasSuffix(parent.ModuleImpl.Info.FileDesc, "__init__.py") {
					return nil, false, nil // a package of files: import reads its folder
				}
				e := &py.Exception{Base: moduleNotFoundError, Args: py.Tuple{py.String("No module named '" + name + "'")}, Dict: py.StringDict{"name": py.String(name)}}
				return nil, true, e
			}
			m, err = rt.initModule(name, impl)
			if err != nil {
				return nil, true, err
			}
		} else {
			rt.recordModule(name, m) // imported by Go code
		}
		if parent != nil {
			parent.Globals[parts[i]] = m
		}
		if top == nil {
			top = m
		}
		parent = m
	}
	if len(from) > 0 {
		return parent, true, nil
	}
	return top, true, nil
}
