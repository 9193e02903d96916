package pyrun

// This file defines exec, eval and compile as CPython's: a namespace may
// be a dict display (pyrt's ordered dict) as well as gpython's own
// str-keyed dict, the source is transpiled (exec and compile(..., 'exec')
// as a script, eval as one expression), so modern syntax works in it and
// its loops carry the interruption checks, and names the code defines
// are written back into a pyrt dict given as its namespace. gpython runs
// code only on its own dicts, so a pyrt dict is mirrored by one
// StringDict, kept per dict for its life: functions defined by an exec
// keep that StringDict as their globals, so a later exec in the same
// dict is seen by them (a change made to the dict directly, outside any
// exec, is not, until the next exec copies it in).
//
// The caller's own globals and locals, the defaults, are passed by the
// transpiler (docs/lowering.md: __nbc_exec); exec or eval called any
// other way (through another name, or by map) defaults to __main__.
// The code runs in the kernel's context, with its builtins and so its
// sandbox, whatever __builtins__ the namespace holds.

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/pyvm"
	"github.com/nbcheck/nbcheck/transpile"
)

// namespaces maps a pyrt dict used as exec's namespace to its mirror.
type namespaces struct {
	mu sync.Mutex
	m  map[weak.Pointer[pyrt.Dict]]py.StringDict
}

func (ns *namespaces) mirror(d *pyrt.Dict) py.StringDict {
	key := weak.Make(d)
	ns.mu.Lock()
	defer ns.mu.Unlock()
	if sd, ok := ns.m[key]; ok {
		return sd
	}
	if ns.m == nil {
		ns.m = map[weak.Pointer[pyrt.Dict]]py.StringDict{}
	}
	sd := py.NewStringDict()
	ns.m[key] = sd
	runtime.AddCleanup(d, func(k weak.Pointer[pyrt.Dict]) {
		ns.mu.Lock()
		delete(ns.m, k)
		ns.mu.Unlock()
	}, key)
	return sd
}

// binding is one namespace argument: the StringDict the code runs on and
// the pyrt dict it mirrors, if any.
type binding struct {
	sd   py.StringDict
	dict *pyrt.Dict
}

// load makes b.sd hold exactly the str keys of b.dict.
func (b *binding) load() {
	if b.dict == nil {
		return
	}
	seen := map[string]bool{}
	for _, it := range b.dict.Items() {
		kv := it.(py.Tuple)
		if k, ok := kv[0].(py.String); ok {
			b.sd[string(k)] = kv[1]
			seen[string(k)] = true
		}
	}
	for k := range b.sd {
		if !seen[k] {
			delete(b.sd, k)
		}
	}
}

// store writes b.sd back into b.dict: changed values in place, new names
// in the order the code first names them (order), removed names deleted.
func (b *binding) store(order map[string]int) {
	if b.dict == nil {
		return
	}
	for _, k := range b.dict.Keys() {
		s, ok := k.(py.String)
		if !ok {
			continue
		}
		if _, ok := b.sd[string(s)]; !ok {
			b.dict.DelItem(k)
		}
	}
	var added []string
	for k, v := range b.sd {
		old, ok, _ := b.dict.GetItem(py.String(k))
		if !ok {
			added = append(added, k)
		} else if !pyvm.Identical(old, v) {
			b.dict.SetItem(py.String(k), v)
		}
	}
	sort.Slice(added, func(i, j int) bool {
		oi, iok := order[added[i]]
		oj, jok := order[added[j]]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		return added[i] < added[j]
	})
	for _, k := range added {
		b.dict.SetItem(py.String(k), b.sd[k])
	}
}

// nameOrder ranks the names code binds, in the order it first names them.
func nameOrder(code *py.Code) map[string]int {
	m := map[string]int{}
	for i, n := range code.Names {
		if _, ok := m[n]; !ok {
			m[n] = i
		}
	}
	return m
}

func (k *Kernel) bindNamespace(o py.Object) (binding, bool) {
	switch d := o.(type) {
	case py.StringDict:
		return binding{sd: d}, true
	case *pyrt.Dict:
		b := binding{sd: k.nss.mirror(d), dict: d}
		b.load()
		return b, true
	}
	return binding{}, false
}

func isMapping(o py.Object) bool {
	_, ok := o.(py.I__getitem__)
	return ok
}

// installExec replaces gpython's exec, eval and compile, and the
// transpiler's stand-in __nbc_exec.
func (k *Kernel) installExec() {
	b := k.ctx.Store().Builtins.Globals
	var execM, evalM *py.Method
	execM = py.MustNewMethod("exec", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return k.evalOrExec(py.ExecMode, nil, nil, args, kw)
	}, 0, "Execute the given source in the context of globals and locals.")
	evalM = py.MustNewMethod("eval", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return k.evalOrExec(py.EvalMode, nil, nil, args, kw)
	}, 0, "Evaluate the given source in the context of globals and locals.")
	b["exec"] = execM
	b["eval"] = evalM
	b["compile"] = py.MustNewMethod("compile", k.compileBuiltin, 0, "Compile source into a code object that can be executed by exec() or eval().")
	b["__nbc_exec"] = py.MustNewMethod("__nbc_exec", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 3 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_exec expected at least 3 arguments, got %d", len(args))
		}
		g, _ := args[1].(py.StringDict)
		l, _ := args[2].(py.StringDict)
		switch args[0] {
		case py.Object(execM):
			return k.evalOrExec(py.ExecMode, g, l, args[3:], kw)
		case py.Object(evalM):
			return k.evalOrExec(py.EvalMode, g, l, args[3:], kw)
		}
		return py.Call(args[0], args[3:], kw)
	}, 0, "__nbc_exec(f, globals, locals, *args): exec or eval with the caller's namespaces, else f(*args)")
}

// evalOrExec is exec or eval (mode) called with args; curG and curL are
// the caller's namespaces (nil: unknown, __main__'s are used).
func (k *Kernel) evalOrExec(mode py.CompileMode, curG, curL py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
	name := string(mode)
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 3 arguments, got %d", name, len(args))
	}
	var globals, locals py.Object = py.None, py.None
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	if locals != py.None && !isMapping(locals) {
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
		}
		return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping or None, not %s", pyrt.TypeName(locals))
	}
	if globals == py.None {
		if curG == nil {
			curG, curL = k.main.Globals, k.main.Globals
		}
		globals = curG
		if locals == py.None {
			locals = curL
			if curL == nil {
				locals = curG
			}
		}
	} else if locals == py.None {
		locals = globals
	}
	g, ok := k.bindNamespace(globals)
	if !ok {
		if mode == py.EvalMode {
			if isMapping(globals) {
				return nil, py.ExceptionNewf(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
		}
		return nil, py.ExceptionNewf(py.TypeError, "exec() globals must be a dict, not %s", pyrt.TypeName(globals))
	}
	l := g
	if !pyvm.Identical(locals, globals) {
		if l, ok = k.bindNamespace(locals); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() locals must be a dict (nbcheck runs code only on dicts), not %s", name, pyrt.TypeName(locals))
		}
	}
	if _, ok := g.sd["__builtins__"]; !ok {
		bi := k.ctx.Store().Builtins.Globals
		g.sd["__builtins__"] = bi
		if g.dict != nil {
			g.dict.SetItem(py.String("__builtins__"), bi)
		}
	}
	var code *py.Code
	switch src := args[0].(type) {
	case *py.Code:
		code = src
	case py.String, py.Bytes:
		text := ""
		if s, ok := src.(py.String); ok {
			text = string(s)
		} else {
			text = string(src.(py.Bytes))
		}
		var err error
		code, err = k.compileSource(text, "<string>", mode)
		if err != nil {
			return nil, err
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", name)
	}
	if code.GetNumFree() > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code object passed to %s() may not contain free variables", name)
	}
	order := nameOrder(code)
	res, err := pyvm.RunCode(k.ctx, code, g.sd, l.sd, nil)
	g.store(order)
	if l.dict != g.dict {
		l.store(order)
	}
	if err != nil {
		return nil, err
	}
	if mode == py.ExecMode {
		return py.None, nil
	}
	return res, nil
}

// compileBuiltin is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1).
func (k *Kernel) compileBuiltin(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var source, filename, mode py.Object
	var flags, dontInherit, optimize py.Object = py.Int(0), py.False, py.Int(-1)
	kwlist := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}
	if err := py.ParseTupleAndKeywords(args, kw, "OOO|OOO:compile", kwlist, &source, &filename, &mode, &flags, &dontInherit, &optimize); err != nil {
		return nil, err
	}
	var text string
	switch s := source.(type) {
	case py.String:
		text = string(s)
	case py.Bytes:
		text = string(s)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	fn, ok := filename.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'filename' must be str, not %s", pyrt.TypeName(filename))
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'mode' must be str, not %s", pyrt.TypeName(mode))
	}
	switch m {
	case "exec", "eval", "single":
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	return k.compileSource(text, string(fn), py.CompileMode(m))
}

// compileSource transpiles and compiles src: a script (exec, single) or
// one expression (eval). Its loads of the check and arithmetic helpers
// become constants, as a cell's do.
func (k *Kernel) compileSource(src, filename string, mode py.CompileMode) (*py.Code, error) {
	opts := transpile.Options{Filename: filename}
	var gsrc string
	var lm *transpile.LineMap
	switch mode {
	case py.EvalMode:
		src = strings.TrimLeft(src, " \t")
		mod, err := pysyntax.Parse(filename, []byte(src), pysyntax.Options{})
		if err != nil {
			return nil, syntaxError(err, filename)
		}
		if len(mod.Body) != 1 {
			return nil, invalidSyntax(filename, src)
		}
		if _, ok := mod.Body[0].(*pysyntax.ExprStmt); !ok {
			return nil, invalidSyntax(filename, src)
		}
		res, err := transpile.Module(mod, src, opts)
		if err != nil {
			return nil, syntaxError(err, filename)
		}
		gsrc = strings.TrimSpace(res.Code)
	default:
		res, err := transpile.Script(src, opts)
		if err != nil {
			return nil, syntaxError(err, filename)
		}
		gsrc, lm = res.Code, res.Map
	}
	code, err := py.Compile(gsrc+"\n", filename, mode, 0, true)
	if err != nil && mode == py.SingleMode {
		code, err = py.Compile(gsrc+"\n", filename, py.ExecMode, 0, true)
	}
	if err != nil {
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.SyntaxError, "unsupported: nbcheck cannot evaluate this expression as one expression once lowered: %v", err)
		}
		return nil, err
	}
	rewriteChecks(code, k.constValues())
	transpile.FixQualnames(code)
	pyrt.Compiled(code)
	// CPython shows no source line for a string's frames.
	k.register(code, newSource(src, lm, false))
	return code, nil
}

// syntaxError turns a transpile error into Python's SyntaxError, or
// an unsupported construct into a SyntaxError saying so.
func syntaxError(err error, filename string) error {
	if se, ok := err.(*pysyntax.SyntaxError); ok {
		cls := py.SyntaxError
		switch se.Kind {
		case "IndentationError":
			cls = py.IndentationError
		case "TabError":
			cls = py.TabError
		}
		e := py.ExceptionNewf(cls, "%s", se.Msg)
		e.Dict["msg"] = py.String(se.Msg)
		e.Dict["filename"] = py.String(se.Filename)
		e.Dict["lineno"] = py.Int(se.Line)
		e.Dict["offset"] = py.Int(se.Col)
		return e
	}
	return py.ExceptionNewf(py.SyntaxError, "unsupported: %v", err)
}

func invalidSyntax(filename, src string) error {
	e := py.ExceptionNewf(py.SyntaxError, "invalid syntax")
	e.Dict["msg"] = py.String("invalid syntax")
	e.Dict["filename"] = py.String(filename)
	e.Dict["lineno"] = py.Int(1)
	return e
}
