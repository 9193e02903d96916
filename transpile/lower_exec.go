package transpile

// This file lowers calls of exec and eval (docs/lowering.md,
// __nbc_exec). gpython's exec and eval find the caller's globals and
// locals through the VM (an internal method), accept only gpython's own
// str-keyed dict as a namespace, and compile their source untranspiled.
// A call of the name exec or eval becomes
// __nbc_exec(exec, __nbc_globals(), __nbc_locals(), args...): the
// caller's namespaces are taken where the call is, and the runtime
// (pyrun) runs the builtin exec or eval with them as defaults, or calls
// whatever else the name holds.

import (
	"github.com/go-python/gpython/py"

	syn "github.com/nbcheck/nbcheck/pysyntax"
)

// execCall prints a call of the name exec or eval with positional
// arguments only through __nbc_exec, and reports whether it did.
func (p *printer) execCall(e *syn.Call) bool {
	n, ok := e.Func.(*syn.Name)
	if !ok || (n.ID != "exec" && n.ID != "eval") || len(e.Keywords) > 0 || len(e.Args) == 0 {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syn.Starred); ok {
			return false
		}
	}
	p.w("__nbc_exec(")
	p.expr(e.Func, precLambda)
	p.w(", __nbc_globals(), __nbc_locals()")
	for _, a := range e.Args {
		p.w(", ")
		p.expr(a, precLambda)
	}
	p.w(")")
	return true
}

// installExecStandins installs __nbc_globals and __nbc_locals (gpython's
// internal globals() and locals(), under names user code cannot rebind)
// and a stand-in __nbc_exec that calls the function it is given with the
// remaining arguments (pyrun installs CPython's exec and eval, which a
// second InstallHelpers keeps).
func installExecStandins(b *py.Module) {
	if _, ok := b.Globals["__nbc_exec"]; ok {
		return
	}
	b.Globals["__nbc_globals"] = py.MustNewMethod("globals", py.InternalMethodGlobals, 0, "the caller's globals")
	b.Globals["__nbc_locals"] = py.MustNewMethod("locals", py.InternalMethodLocals, 0, "the caller's locals")
	b.Globals["__nbc_exec"] = py.MustNewMethod("__nbc_exec", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 3 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_exec expected at least 3 arguments, got %d", len(args))
		}
		return py.Call(args[0], args[3:], kw)
	}, 0, "__nbc_exec(f, globals, locals, *args) calls f(*args)")
}
