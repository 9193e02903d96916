package transpile

// This file prints def, async def and lambda. It drops annotations (those
// that are dotted names are evaluated before the def, as CPython does) and the
// positional-only marker (gpython 3.4 knows neither), puts keyword-only
// parameters that have defaults first (gpython attaches keyword-only
// defaults to the first keyword-only parameters: C-KWONLY), decorates
// async def with __nbc_coroutine or __nbc_asyncgen, and routes around
// C-CLOSURE: gpython miscompiles an argument that a nested scope captures,
// but not a plain local, so a captured argument x is copied into the local
// __nbc_c_x on entry and every use that resolves to it is renamed. The
// argument keeps its name, so keyword calls still work. A lambda has no
// statements, so its body runs inside a one-item list comprehension that
// binds the copies: lambda x: [body for __nbc_c_x in [x]][0].

import (
	"sort"
	"strconv"
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// capturedArgs returns the renames for the arguments of a def or lambda
// that its nested scopes capture, in parameter order.
func capturedArgs(d *scopeData, a *py.Arguments) (map[string]string, []string) {
	if len(d.childFree) == 0 {
		return nil, nil
	}
	var order []string
	m := map[string]string{}
	for _, x := range a.Params() {
		if d.childFree[x.Arg] && !d.globals[x.Arg] && !d.nonlocals[x.Arg] {
			if _, dup := m[x.Arg]; !dup {
				m[x.Arg] = "__nbc_c_" + x.Arg
				order = append(order, x.Arg)
			}
		}
	}
	if len(order) == 0 {
		return nil, nil
	}
	return m, order
}

// params prints a parameter list (without parentheses), in the current
// (enclosing) scope for the defaults.
func (p *printer) params(a *py.Arguments) {
	extra := p.extraKw
	p.extraKw = nil
	n := 0
	sep := func() {
		if n > 0 {
			p.w(", ")
		}
		n++
	}
	ann := func(x *py.Arg) {
		if x.Annotation != nil {
			p.features |= Annotation
		}
		p.checkName(x.Arg, &x.Span)
	}
	if len(a.Posonlyargs) > 0 {
		p.features |= PosOnly
	}
	pos := a.Args
	if len(a.Posonlyargs) > 0 {
		pos = append(append([]*py.Arg(nil), a.Posonlyargs...), a.Args...)
	}
	firstDefault := len(pos) - len(a.Defaults)
	for i, x := range pos {
		sep()
		ann(x)
		p.w(p.mangle(x.Arg))
		if i >= firstDefault {
			p.w("=")
			p.expr(a.Defaults[i-firstDefault], precLambda)
		}
	}
	if a.Vararg != nil {
		sep()
		ann(a.Vararg)
		p.w("*" + p.mangle(a.Vararg.Arg))
	} else if len(a.Kwonlyargs) > 0 {
		sep()
		p.w("*")
	}
	// Keyword-only parameters with defaults first (C-KWONLY).
	idx := make([]int, len(a.Kwonlyargs))
	for i := range idx {
		idx[i] = i
	}
	hasDef := func(i int) bool { return i < len(a.KwDefaults) && a.KwDefaults[i] != nil }
	if len(idx) > 1 {
		sort.SliceStable(idx, func(i, j int) bool { return hasDef(idx[i]) && !hasDef(idx[j]) })
	}
	for _, i := range idx {
		x := a.Kwonlyargs[i]
		sep()
		ann(x)
		p.w(p.mangle(x.Arg))
		if hasDef(i) {
			p.features |= KwOnlyDefaults
			p.w("=")
			p.expr(a.KwDefaults[i], precLambda)
		}
	}
	if len(extra) > 0 && a.Vararg == nil && len(a.Kwonlyargs) == 0 {
		sep()
		p.w("*")
	}
	for _, x := range extra {
		sep()
		p.w(x)
	}
	if a.Kwarg != nil {
		sep()
		ann(a.Kwarg)
		p.w("**" + p.mangle(a.Kwarg.Arg))
	}
}

// evalAnnotations evaluates, before a def, the annotations that are
// names or dotted names (x: httpx.AsyncClient, -> str): CPython evaluates
// a def's annotations when the def runs, so a missing name raises there
// (NameError: name 'httpx' is not defined). Other annotations (list[int],
// Optional[str], strings) are still dropped: gpython may not evaluate
// them as CPython does.
func (p *printer) evalAnnotations(sp *py.Span, a *py.Arguments, n py.Stmt) {
	var anns []py.Expr
	add := func(x py.Expr) {
		if x != nil && dottedName(x) {
			anns = append(anns, x)
		}
	}
	for _, list := range [][]*py.Arg{a.Posonlyargs, a.Args} {
		for _, x := range list {
			add(x.Annotation)
		}
	}
	if a.Vararg != nil {
		add(a.Vararg.Annotation)
	}
	for _, x := range a.Kwonlyargs {
		add(x.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Annotation)
	}
	switch fd := n.(type) {
	case *py.FunctionDef:
		add(fd.Returns)
	case *py.AsyncFunctionDef:
		add(fd.Returns)
	}
	if len(anns) == 0 {
		return
	}
	p.begin(sp)
	p.w("(")
	for _, x := range anns {
		p.expr(x, precLambda)
		p.w(", ")
	}
	p.w(")")
}

// dottedName reports whether x is a name or a chain of attributes of one.
func dottedName(x py.Expr) bool {
	for {
		switch v := x.(type) {
		case *py.Name:
			return true
		case *py.Attribute:
			x = v.Value
		default:
			return false
		}
	}
}

func firstPositional(a *py.Arguments) string {
	if len(a.Posonlyargs) > 0 {
		return a.Posonlyargs[0].Arg
	}
	if len(a.Args) > 0 {
		return a.Args[0].Arg
	}
	return ""
}

func (p *printer) funcDef(n py.Stmt, name string, args *py.Arguments, body []py.Stmt, decos []py.Expr, tps []py.TypeParam, async bool) {
	sp := n.NodeSpan()
	if len(tps) > 0 {
		// lowerTypeParams has rewritten every generic def.
		p.unsupported(TypeParams, sp, "type parameters (PEP 695) here are not supported")
		return
	}
	p.checkName(name, sp)
	d := p.an.scopeOf(n)
	// C-DECODEF: gpython's compiler pushes a function's defaults before
	// its decorators, so MAKE_FUNCTION takes decorators for defaults. A
	// decorated function with defaults is defined plain, then decorated by
	// assignment, its decorators evaluated first into temporaries.
	free, freeDefaults := p.freeGetters(d, body)
	cells := p.freeCells
	p.evalAnnotations(sp, args, n)
	var post, temps []string
	if (hasDefaults(args) || len(free) > 0) && (len(decos) > 0 || async) {
		for _, dec := range decos {
			t := p.newTemp("deco")
			p.begin(dec.NodeSpan())
			p.w(t + " = ")
			p.expr(dec, precLambda)
			post = append(post, t)
		}
		if async {
			p.features |= AsyncDef
			if d.hasYield {
				post = append(post, "__nbc_asyncgen")
			} else {
				post = append(post, coroutineAt(sp, decos))
			}
		}
	} else {
		temps = p.decorators(decos)
		if async {
			p.features |= AsyncDef
			p.begin(sp)
			if d.hasYield {
				p.w("@__nbc_asyncgen")
			} else {
				p.w("@" + coroutineAt(sp, decos))
			}
		}
	}
	if fd, ok := n.(*py.FunctionDef); ok && fd.Returns != nil {
		p.features |= Annotation
	}
	if fd, ok := n.(*py.AsyncFunctionDef); ok && fd.Returns != nil {
		p.features |= Annotation
	}
	p.begin(sp)
	p.w("def " + p.resolveFrom(name, len(p.scopes)-1) + "(")
	for i, v := range free {
		p.extraKw = append(p.extraKw, "__nbc_p_"+v+"="+freeDefaults[i])
	}
	p.params(args)
	p.w("):")
	rename, order := capturedArgs(d, args)
	if len(free) > 0 && rename == nil {
		rename = map[string]string{}
	}
	for _, v := range free {
		rename[v] = "__nbc_f_" + v + "()"
		if cells[v] {
			rename[v] = cellGet + "__nbc_f_" + v + ")"
		}
	}
	outer := p.top()
	method := outer.kind == scopeClass || outer.annot && len(p.scopes) > 1 && p.scopes[len(p.scopes)-2].kind == scopeClass
	p.scopes = append(p.scopes, &pscope{kind: scopeFunc, data: d, rename: rename, firstArg: firstPositional(args), method: method, annot: p.synth[sp]})
	p.indent++
	rest := body
	// Keyword order (pyrt/kwargs.go): **kw becomes an ordered dict first.
	kwName := ""
	if args.Kwarg != nil {
		kwName = p.mangle(args.Kwarg.Arg)
	}
	if len(order)+len(free) > 0 || kwName != "" {
		if len(order)+len(free) > 0 {
			p.features |= Closure
		}
		if len(rest) > 0 && isDocstring(rest[0]) {
			p.stmt(rest[0])
			rest = rest[1:]
		}
		p.begin(nil)
		sep := ""
		if kwName != "" {
			p.w(kwName + " = __nbc_kwargs(" + kwName + ")")
			sep = "; "
		}
		for _, a := range order {
			p.w(sep + rename[a] + " = " + p.mangle(a))
			sep = "; "
		}
		for _, v := range free {
			p.w(sep + "__nbc_f_" + v + " = __nbc_p_" + v)
			sep = "; "
		}
	}
	if decl := p.walrusDecl(d); decl != "" {
		if len(rest) > 0 && isDocstring(rest[0]) {
			p.stmt(rest[0])
			rest = rest[1:]
		}
		p.begin(nil)
		p.w(decl)
	}
	n0 := len(p.buf)
	p.stmts(rest)
	if len(p.buf) == n0 && len(order)+len(free) == 0 && kwName == "" && p.walrusDecl(d) == "" {
		p.begin(nil)
		p.w("pass")
	}
	p.indent--
	p.popScope()
	p.delTemps(temps)
	if len(post) > 0 {
		fn := p.resolveFrom(name, len(p.scopes)-1)
		p.begin(nil)
		call := fn
		for i := len(post) - 1; i >= 0; i-- {
			call = post[i] + "(" + call + ")"
		}
		p.w(fn + " = " + call)
		var temps []string
		for _, t := range post {
			if strings.HasPrefix(t, "__nbc_deco") {
				temps = append(temps, t)
			}
		}
		if len(temps) > 0 {
			p.w("; del " + strings.Join(temps, ", "))
		}
	}
}

// coroutineAt is the decorator that makes an async def a coroutine
// function: __nbc_coroutine_at(line), line being CPython's co_firstlineno
// in the original source (the first decorator's line, else the def's),
// which task and coroutine reprs show ("running at file:line"); gpython's
// code objects all say line 1.
func coroutineAt(sp *py.Span, decos []py.Expr) string {
	line := sp.Lineno
	if len(decos) > 0 {
		line = decos[0].NodeSpan().Lineno
	}
	return "__nbc_coroutine_at(" + strconv.Itoa(line) + ")"
}

// freeGetters handles C-FREEVAR: gpython's compiler indexes a free
// variable among the free variables only, where its VM expects it after
// the cell variables. A function that has both cell variables (locals
// captured by nested scopes) and free variables reads the wrong cell (a
// decorator factory's wrapper saw the decorated function for the
// factory's argument). Such a function receives each free variable v
// (bound in an enclosing function, never declared nonlocal below it) as a
// getter: a hidden keyword-only parameter __nbc_p_v defaulting to
// `lambda: v` evaluated in the enclosing scope (or the enclosing
// function's own getter), copied on entry into the local __nbc_f_v, and v
// reads as __nbc_f_v(). The getter keeps late binding. It returns the
// names, sorted, and each default's text.
func (p *printer) freeGetters(d *scopeData, body []py.Stmt) ([]string, []string) {
	cells := false
	for n := range d.childFree {
		if d.locals[n] && !d.globals[n] && !d.nonlocals[n] {
			cells = true
			break
		}
	}
	if !cells || len(d.free) == 0 {
		return nil, nil
	}
	var names []string
	var nonlocal map[string]bool
	for n := range d.free {
		if d.locals[n] || d.globals[n] || d.nonlocals[n] || strings.HasPrefix(n, "__") || !p.boundInEnclosingFunc(n) {
			continue
		}
		if nonlocal == nil {
			nonlocal = map[string]bool{}
			for _, st := range body {
				collectNonlocals(st, nonlocal)
			}
		}
		names = append(names, n)
	}
	for n := range d.free {
		// Declared nonlocal here: passed as its cell (cellGet).
		if d.nonlocals[n] && !strings.HasPrefix(n, "__") && p.boundInEnclosingFunc(n) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	p.freeCells = map[string]bool{}
	defs := make([]string, len(names))
	for i, n := range names {
		r := p.resolveFrom(n, len(p.scopes)-1)
		if d.nonlocals[n] || nonlocal[n] {
			p.freeCells[n] = true
			if strings.HasPrefix(r, cellGet) {
				defs[i] = strings.TrimSuffix(strings.TrimPrefix(r, cellGet), ")")
			} else {
				defs[i] = "__nbc_cell(lambda: " + r + ")"
			}
			continue
		}
		if strings.HasPrefix(r, "__nbc_f_") && strings.HasSuffix(r, "()") {
			defs[i] = strings.TrimSuffix(r, "()")
		} else {
			defs[i] = "lambda: " + r
		}
	}
	return names, defs
}

// collectNonlocals adds the names declared nonlocal anywhere under n.
func collectNonlocals(n py.Node, out map[string]bool) {
	if nl, ok := n.(*py.Nonlocal); ok {
		for _, name := range nl.Names {
			out[name] = true
		}
	}
	py.EachChild(n, func(c py.Node) { collectNonlocals(c, out) })
}

// boundInEnclosingFunc reports whether name, seen from the current scope's
// children, is a local of an enclosing function (not a global).
func (p *printer) boundInEnclosingFunc(name string) bool {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		s := p.scopes[i]
		if s.kind == scopeModule {
			return false
		}
		if s.kind == scopeClass {
			continue
		}
		if s.data.globals[name] {
			return false
		}
		if s.data.nonlocals[name] {
			continue
		}
		if s.data.locals[name] {
			return true
		}
	}
	return false
}

// hasDefaults reports whether a function has default values (positional
// or keyword-only), which gpython's compiler mixes up with decorators.
func hasDefaults(a *py.Arguments) bool {
	if len(a.Defaults) > 0 {
		return true
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

func isDocstring(s py.Stmt) bool {
	es, ok := s.(*py.ExprStmt)
	if !ok {
		return false
	}
	c, ok := es.Value.(*py.Constant)
	return ok && c.Kind == py.ConstStr
}

func (p *printer) lambda(e *py.Lambda) {
	d := p.an.scopeOf(e)
	p.w("lambda")
	if hasParams(e.Args) {
		p.w(" ")
		p.params(e.Args)
	}
	p.w(": ")
	rename, order := capturedArgs(d, e.Args)
	if len(order) > 0 {
		// The body moves into a comprehension, which would capture
		// every argument it uses: copy them all.
		rename, order = allArgs(e.Args)
	}
	// C-FREEVAR: that comprehension has cell variables (the copies a
	// nested scope captures); the lambda's free variables reach it as
	// getters, through its iterable (lower_freevar.go).
	var env, envDefs []string
	if len(order) > 0 {
		env, envDefs = p.freeGetters(d, nil)
		for _, v := range env {
			rename[v] = "__nbc_f_" + v + "()"
		}
	}
	p.scopes = append(p.scopes, &pscope{kind: scopeLambda, data: d, rename: rename})
	if len(order) == 0 {
		p.expr(e.Body, precLambda)
		p.popScope()
		return
	}
	p.features |= Closure | Lambda
	p.w("[")
	p.expr(e.Body, precLambda)
	copies := make([]string, len(order))
	origs := make([]string, len(order))
	for i, a := range order {
		copies[i] = rename[a]
		origs[i] = p.mangle(a)
	}
	for i, v := range env {
		copies = append(copies, "__nbc_f_"+v)
		origs = append(origs, envDefs[i])
	}
	if len(copies) == 1 {
		p.w(" for " + copies[0] + " in [" + origs[0] + "]][0]")
	} else {
		p.w(" for (" + strings.Join(copies, ", ") + ") in [(" + strings.Join(origs, ", ") + ")]][0]")
	}
	p.popScope()
}

func hasParams(a *py.Arguments) bool {
	return len(a.Posonlyargs)+len(a.Args)+len(a.Kwonlyargs) > 0 || a.Vararg != nil || a.Kwarg != nil
}

func (p *printer) pushComp(e py.Expr) {
	p.scopes = append(p.scopes, &pscope{kind: scopeComp, data: p.an.scopeOf(e)})
}

func (p *printer) popScope() { p.scopes = p.scopes[:len(p.scopes)-1] }

// allArgs returns renames for every parameter of a lambda.
func allArgs(a *py.Arguments) (map[string]string, []string) {
	m := map[string]string{}
	var order []string
	for _, x := range a.Params() {
		m[x.Arg] = "__nbc_c_" + x.Arg
		order = append(order, x.Arg)
	}
	return m, order
}

// decorators prints decorator lines and returns the temporaries it made.
// gpython's parser takes a decorator's dotted name as one name (`@x.setter`
// looks up the name "x.setter") and Python 3.4 takes only a name,
// optionally called (PEP 614 lifted that): any decorator other than a plain
// name, optionally called, is evaluated into a temporary first, in order.
// The caller deletes the temporaries after the definition ([printer.delTemps]).
func (p *printer) decorators(decos []py.Expr) []string {
	names := make([]string, len(decos))
	var temps []string
	for i, d := range decos {
		if c, ok := d.(*py.Call); ok && isName(c.Func) && !callNeedsHelper(c) || isName(d) {
			continue
		}
		names[i] = p.newTemp("deco")
		temps = append(temps, names[i])
		p.begin(d.NodeSpan())
		p.w(names[i] + " = ")
		p.expr(d, precLambda)
	}
	for i, d := range decos {
		p.begin(d.NodeSpan())
		if names[i] != "" {
			p.w("@" + names[i])
			continue
		}
		p.w("@")
		p.expr(d, precLambda)
	}
	return temps
}

// delTemps deletes the decorator temporaries once the definition is made,
// so that they do not stay in a class's or module's namespace.
func (p *printer) delTemps(temps []string) {
	if len(temps) == 0 {
		return
	}
	p.begin(nil)
	p.w("del " + strings.Join(temps, ", "))
}

func isName(e py.Expr) bool {
	_, ok := e.(*py.Name)
	return ok
}

// walrusDecl returns the statement that makes gpython's compiler see the
// names that only an assignment expression in a comprehension binds in
// the current function as its locals (lower_walrus.go), or "":
// `if 0: a = b = None`, never run.
func (p *printer) walrusDecl(d *scopeData) string {
	if len(d.walrusDecl) == 0 {
		return ""
	}
	var names []string
	for n := range d.walrusDecl {
		if !d.globals[n] && !d.nonlocals[n] {
			names = append(names, p.resolveFrom(n, len(p.scopes)-1))
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return "if 0: " + strings.Join(names, " = ") + " = None"
}
