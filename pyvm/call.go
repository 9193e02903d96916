package pyvm

// This file is how code gets run: the two drop-ins for gpython's VM
// entry points (Run, EvalCode), argument binding, the direct calls of
// Python functions from CALL_FUNCTION, the builtins that need the
// calling frame (globals, locals, __import__, eval, exec) and the frame
// pool.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Run runs frame until it returns, yields or raises: a drop-in for
// py.VmRunFrame (generators resume their frames through it). The frame
// stays its caller's: it never goes to the pool.
func Run(frame *py.Frame) (py.Object, error) {
	res, err, _ := guarded(frame, stateOf(frame.Context), true)
	return res, err
}

// EvalCode runs code in a new frame with the arguments bound to its
// parameters: a drop-in for py.VmEvalCode. A generator's code gives a
// new generator over the frame, not run yet.
func EvalCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure, true)
}

func evalCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple, tick bool) (py.Object, error) {
	if globals == nil {
		return nil, py.ExceptionNewf(py.SystemError, "PyEval_EvalCodeEx: nil globals")
	}
	st := stateOf(ctx)
	if len(kws) >= 2 && CheckKeywords != nil && ctx != nil {
		if err := CheckKeywords(ctx, code, len(args), kws); err != nil {
			return nil, err
		}
	}
	gen := code.Flags&py.CO_GENERATOR != 0
	f := newFrame(st, code, gen)
	f.Context = ctx
	f.Globals = globals
	f.Locals = locals
	f.Builtins = ctx.Store().Builtins.Globals
	if err := bind(f, code, args, kws, defs, kwdefs, closure); err != nil {
		release(st, f, gen)
		return nil, err
	}
	if gen {
		return py.NewGenerator(f), nil
	}
	res, err, keep := guarded(f, st, tick)
	if !keep {
		release(st, f, false)
	}
	return res, err
}

// callFunction calls fn with args (a slice of the caller's stack, which
// it does not keep) and kws, from frame caller running with state st.
func callFunction(caller *py.Frame, st *State, fn *py.Function, args []py.Object, kws py.StringDict) (py.Object, error) {
	code := fn.Code
	ctx := fn.Context
	builtins := caller.Builtins
	if ctx != caller.Context {
		st = stateOf(ctx)
		builtins = ctx.Store().Builtins.Globals
	}
	if len(kws) >= 2 && CheckKeywords != nil && ctx != nil {
		if err := CheckKeywords(ctx, code, len(args), kws); err != nil {
			return nil, qualifyBindError(err, fn)
		}
	}
	gen := code.Flags&py.CO_GENERATOR != 0
	f := newFrame(st, code, gen)
	f.Context = ctx
	f.Globals = fn.Globals
	f.Builtins = builtins
	return runBound(st, f, fn, gen, bind(f, code, args, kws, fn.Defaults, fn.KwDefaults, fn.Closure))
}

// runBound runs fn's new frame f once its arguments are bound (bindErr
// the binding's error): a generator over f for a generator function,
// else f's result; f goes back to the pool when nothing refers to it.
func runBound(st *State, f *py.Frame, fn *py.Function, gen bool, bindErr error) (py.Object, error) {
	if bindErr != nil {
		release(st, f, gen)
		return nil, qualifyBindError(bindErr, fn)
	}
	if gen {
		return py.NewGenerator(f), nil
	}
	res, err, keep := guarded(f, st, true)
	if !keep {
		release(st, f, false)
	}
	return res, err
}

// call is the general CALL_FUNCTION*: fn with positional args, keyword
// pairs kwPairs (name, value, name, value, ...), and the *args and
// **kwargs objects when given.
func call(f *py.Frame, st *State, fn py.Object, args, kwPairs []py.Object, starArgs, starKw py.Object) (res py.Object, err error, usedLocals bool) {
	const multipleValues = "%s%s got multiple values for keyword argument '%s'"
	var kwargs py.StringDict
	if len(kwPairs) > 0 {
		kwargs = py.NewStringDictSized(len(kwPairs) / 2)
		for i := 0; i < len(kwPairs); i += 2 {
			k, ok := kwPairs[i].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings"), false
			}
			if _, dup := kwargs[string(k)]; dup {
				return nil, py.ExceptionNewf(py.TypeError, multipleValues, vm.EvalGetFuncName(fn), vm.EvalGetFuncDesc(fn), string(k)), false
			}
			kwargs[string(k)] = kwPairs[i+1]
		}
	}
	if starKw != nil {
		d, ok := starKw.(py.StringDict)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "FIXME can't use %T as **kwargs", starKw), false
		}
		if kwargs == nil {
			kwargs = py.NewStringDictSized(len(d))
		}
		for k, v := range d {
			if _, dup := kwargs[k]; dup {
				return nil, py.ExceptionNewf(py.TypeError, multipleValues, vm.EvalGetFuncName(fn), vm.EvalGetFuncDesc(fn), k), false
			}
			kwargs[k] = v
		}
	}
	if starArgs != nil {
		all := append(make([]py.Object, 0, len(args)+4), args...)
		err := py.Iterate(starArgs, func(item py.Object) bool {
			all = append(all, item)
			return false
		})
		if err != nil {
			return nil, err, false
		}
		args = all
	}
	switch x := fn.(type) {
	case *py.Function:
		res, err = callFunction(f, st, x, args, kwargs)
		return res, err, false
	case *py.BoundMethod:
		if pf, ok := x.Method.(*py.Function); ok {
			all := make([]py.Object, len(args)+1)
			all[0] = x.Self
			copy(all[1:], args)
			res, err = callFunction(f, st, pf, all, kwargs)
			return res, err, false
		}
	case *py.Type:
		if CallClass != nil {
			if res, ok, err := CallClass(x, args, kwargs); ok {
				return res, err, false
			}
		}
	}
	return callInternal(f, fn, args, kwargs)
}

// CallClass, when set, is tried first for a call of a class: it makes
// the instance when it can do so more cheaply than type.__call__ would,
// with the same result, and reports ok; ok false passes the call on to
// type.__call__. It must not keep args. pyobj sets it.
var CallClass func(cls *py.Type, args []py.Object, kwargs py.StringDict) (res py.Object, ok bool, err error)

// callInternal calls fn, giving the builtins that need it the calling
// frame f (gpython marks them with py.InternalMethod). usedLocals
// reports that f's Locals map was handed out.
func callInternal(f *py.Frame, fn py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error, usedLocals bool) {
	if m, ok := fn.(*py.Method); ok {
		switch m.Internal() {
		case py.InternalMethodNone:
		case py.InternalMethodGlobals:
			return f.Globals, nil, false
		case py.InternalMethodLocals:
			f.FastToLocals()
			return f.Locals, nil, true
		case py.InternalMethodImport:
			res, err = py.BuiltinImport(f.Context, nil, args, kwargs, f.Globals)
			return res, err, false
		case py.InternalMethodEval:
			f.FastToLocals()
			res, err = evalOrExec(f, args, kwargs, py.EvalMode)
			return res, err, true
		case py.InternalMethodExec:
			f.FastToLocals()
			res, err = evalOrExec(f, args, kwargs, py.ExecMode)
			if err != nil {
				return nil, err, true
			}
			return py.None, nil, true
		default:
			return nil, py.ExceptionNewf(py.SystemError, "Internal method %v not found", m.Internal()), false
		}
	}
	if c, ok := fn.(py.I__call__); ok {
		res, err = c.M__call__(args, kwargs)
		return res, err, false
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", fn.Type().Name), false
}

// evalOrExec is the builtins eval and exec called from frame f: code
// (a string, bytes or a code object) run in the given namespaces, or
// f's.
func evalOrExec(f *py.Frame, args py.Tuple, kwargs py.StringDict, mode py.CompileMode) (py.Object, error) {
	var src, globals, locals py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, kwargs, string(mode), 1, 3, &src, &globals, &locals); err != nil {
		return nil, err
	}
	if globals == py.None {
		globals = f.Globals
		if locals == py.None {
			locals = f.Locals
		}
	} else if locals == py.None {
		locals = globals
	}
	g, err := py.DictCheck(globals)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
	}
	l, err := py.DictCheck(locals)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "locals must be a dict")
	}
	if _, ok := g["__builtins__"]; !ok {
		g["__builtins__"] = f.Builtins
	}
	var code *py.Code
	switch x := src.(type) {
	case *py.Code:
		code = x
	case py.String:
		code, err = py.Compile(strings.TrimLeft(string(x), " \t"), "<string>", mode, 0, true)
	case py.Bytes:
		code, err = py.Compile(strings.TrimLeft(string(x), " \t"), "<string>", mode, 0, true)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	if err != nil {
		return nil, err
	}
	if code.GetNumFree() > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code passed to %s() may not contain free variables", mode)
	}
	return EvalCode(f.Context, code, g, l, nil, nil, nil, nil, nil)
}

// bind puts the arguments of a call into f's fast locals, with
// CPython's errors, and makes its cells.
func bind(f *py.Frame, co *py.Code, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) error {
	fast := f.Localsplus
	argcount := int(co.Argcount)
	total := argcount + int(co.Kwonlyargcount)
	n := len(args)
	if n > argcount {
		n = argcount
	}
	copy(fast, args[:n])
	varargs := co.Flags&py.CO_VARARGS != 0
	if varargs {
		rest := make(py.Tuple, len(args)-n)
		copy(rest, args[n:])
		fast[total] = rest
	}
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		i := total
		if varargs {
			i++
		}
		kwdict := py.NewStringDict()
		fast[i] = kwdict
		for k, v := range kws {
			if j := paramIndex(co, k, total); j >= 0 {
				if fast[j] != nil {
					return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", co.Name, k)
				}
				fast[j] = v
			} else {
				kwdict[k] = v
			}
		}
	} else if len(kws) > 0 {
		for k, v := range kws {
			j := paramIndex(co, k, total)
			if j < 0 {
				return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", co.Name, k)
			}
			if fast[j] != nil {
				return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", co.Name, k)
			}
			fast[j] = v
		}
	}
	if len(args) > argcount && !varargs {
		return tooManyPositional(co, len(args), len(defs), fast)
	}
	if len(args) < argcount {
		m := argcount - len(defs)
		for i := len(args); i < m; i++ {
			if fast[i] == nil {
				return missingArguments(co, len(defs), fast)
			}
		}
		i := 0
		if n > m {
			i = n - m
		}
		for ; i < len(defs); i++ {
			if fast[m+i] == nil {
				fast[m+i] = defs[i]
			}
		}
	}
	if total > argcount {
		missing := false
		for i := argcount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if def, ok := kwdefs[co.Varnames[i]]; ok {
				fast[i] = def
				continue
			}
			missing = true
		}
		if missing {
			return missingArguments(co, -1, fast)
		}
	}
	nlocals := int(co.Nlocals)
	for i := range co.Cellvars {
		var c *py.Cell
		if co.Cell2arg != nil && co.Cell2arg[i] != py.CO_CELL_NOT_AN_ARG {
			a := co.Cell2arg[i]
			c = py.NewCell(fast[a])
			fast[a] = nil
		} else {
			c = py.NewCell(nil)
		}
		fast[nlocals+i] = c
	}
	ncells := len(co.Cellvars)
	for i := range co.Freevars {
		if i < len(closure) {
			fast[nlocals+ncells+i] = closure[i]
		}
	}
	return nil
}

// paramIndex is the index of the parameter named k among the first
// total variables of co, or -1.
func paramIndex(co *py.Code, k string, total int) int {
	for j := 0; j < total; j++ {
		if co.Varnames[j] == k {
			return j
		}
	}
	return -1
}

func plural(n int) string {
	if n != 1 {
		return "s"
	}
	return ""
}

// missingArguments is the error for missing positional (defcount >= 0)
// or keyword-only (defcount == -1) arguments.
func missingArguments(co *py.Code, defcount int, fast []py.Object) error {
	kind := "keyword-only"
	start, end := int(co.Argcount), int(co.Argcount+co.Kwonlyargcount)
	if defcount != -1 {
		kind = "positional"
		start, end = 0, int(co.Argcount)-defcount
	}
	var names []string
	for i := start; i < end; i++ {
		if fast[i] == nil {
			names = append(names, "'"+co.Varnames[i]+"'")
		}
	}
	var list string
	switch len(names) {
	case 1:
		list = names[0]
	case 2:
		list = names[0] + " and " + names[1]
	default:
		list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return py.ExceptionNewf(py.TypeError, "%s() missing %d required %s argument%s: %s", co.Name, len(names), kind, plural(len(names)), list)
}

// tooManyPositional is the error for too many positional arguments.
func tooManyPositional(co *py.Code, given, defcount int, fast []py.Object) error {
	kwonly := 0
	for i := co.Argcount; i < co.Argcount+co.Kwonlyargcount; i++ {
		if fast[i] != nil {
			kwonly++
		}
	}
	var sig string
	many := co.Argcount != 1
	if defcount != 0 {
		sig = fmt.Sprintf("from %d to %d", int(co.Argcount)-defcount, co.Argcount)
		many = true
	} else {
		sig = fmt.Sprint(co.Argcount)
	}
	kwsig := ""
	if kwonly != 0 {
		kwsig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plural(given), kwonly, plural(kwonly))
	}
	was := "were"
	if given == 1 && kwonly == 0 {
		was = "was"
	}
	s := ""
	if many {
		s = "s"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s positional argument%s but %d%s %s given", co.Name, sig, s, given, kwsig, was)
}

// maxPooled bounds the frames a context keeps for reuse.
const maxPooled = 128

// newFrame returns a frame for code with empty fast locals and stack:
// from st's pool unless it is a generator's (which lives on in its
// generator). The caller sets Context, Globals, Locals and Builtins.
func newFrame(st *State, code *py.Code, gen bool) *py.Frame {
	nlocals := int(code.Nlocals)
	nvars := nlocals + len(code.Cellvars) + len(code.Freevars)
	nstack := int(code.Stacksize) + stackSlack
	var f *py.Frame
	if !gen && st != nil {
		if k := len(st.free); k > 0 {
			f = st.free[k-1]
			st.free = st.free[:k-1]
		}
	}
	if f == nil {
		f = new(py.Frame)
	}
	f.Code = code
	if cap(f.Localsplus) >= nvars {
		f.Localsplus = f.Localsplus[:nvars]
	} else {
		f.Localsplus = make([]py.Object, nvars)
	}
	f.LocalVars = f.Localsplus[:nlocals]
	f.CellAndFreeVars = f.Localsplus[nlocals:]
	if cap(f.Stack) < nstack {
		// (A stack that was lent to Go code is not cut from a shared
		// array: the values left in it would keep that array's
		// neighbours alive, and weak references with them.)
		f.Stack = make([]py.Object, 0, nstack)
	}
	return f
}

// release gives f back to st's pool; its contents are cleared so that
// the pool keeps nothing alive.
func release(st *State, f *py.Frame, gen bool) {
	if st == nil || gen || st.nopool || len(st.free) >= maxPooled {
		return
	}
	clear(f.Localsplus)
	// Every instruction clears the stack slots it pops, so a frame that
	// returned normally has none left to clear; one that lent its stack
	// to Go code as arguments dropped it (run).
	f.Stack = f.Stack[:0]
	f.Blockstack = f.Blockstack[:0]
	f.Block = nil
	f.Lasti = 0
	f.Yielded = false
	f.Context = nil
	f.Code = nil
	f.Globals = nil
	f.Locals = nil
	f.Builtins = nil
	f.LocalVars = nil
	f.CellAndFreeVars = nil
	st.free = append(st.free, f)
}

// CallMethod calls fn with self before args, as a method of self: on
// pyvm, without building the argument tuple or a locals map; else
// through fn's M__call__. For Go code that calls Python methods (pyobj's
// dunder dispatch, __init__).
func CallMethod(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if !installed.Load() {
		full := make(py.Tuple, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return fn.M__call__(full, kwargs)
	}
	var buf [8]py.Object
	var all []py.Object
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]py.Object, len(args)+1)
	}
	all[0] = self
	copy(all[1:], args)
	ctx := fn.Context
	st := stateOf(ctx)
	code := fn.Code
	if len(kwargs) >= 2 && CheckKeywords != nil && ctx != nil {
		if err := CheckKeywords(ctx, code, len(all), kwargs); err != nil {
			return nil, qualifyBindError(err, fn)
		}
	}
	gen := code.Flags&py.CO_GENERATOR != 0
	f := newFrame(st, code, gen)
	f.Context = ctx
	f.Globals = fn.Globals
	f.Builtins = ctx.Store().Builtins.Globals
	err := bind(f, code, all, kwargs, fn.Defaults, fn.KwDefaults, fn.Closure)
	clear(all)
	return runBound(st, f, fn, gen, err)
}

// qualifyBindError names fn by its qualified name in an argument-binding
// error, as CPython 3.11 does (C.m() missing 1 required positional
// argument); bind knows only the code's name.
func qualifyBindError(err error, fn *py.Function) error {
	e, ok := err.(*py.Exception)
	if !ok || fn.Qualname == "" || fn.Qualname == fn.Code.Name {
		return err
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return err
	}
	msg, ok := args[0].(py.String)
	prefix := fn.Code.Name + "()"
	if !ok || !strings.HasPrefix(string(msg), prefix) {
		return err
	}
	e.Args = py.Tuple{py.String(fn.Qualname + "()" + string(msg)[len(prefix):])}
	return e
}
