package transpile

// This file resolves scopes: which names each function, lambda, class and
// comprehension binds, which it uses free, and whether it yields. The
// printer needs this to rename arguments captured by closures (C-CLOSURE)
// and to tell generators from plain functions.

import py "github.com/nbcheck/nbcheck/pysyntax"

// scopeData is what one scope binds and uses.
type scopeData struct {
	locals    map[string]bool
	globals   map[string]bool // declared global
	nonlocals map[string]bool // declared nonlocal
	free      map[string]bool // used here or below, bound outside
	childFree map[string]bool // used free by the nested scopes
	// walrusOut (comprehensions) are the targets of assignment
	// expressions in it or in comprehensions nested in it: they bind in
	// the nearest enclosing function or lambda (PEP 572), and are free
	// here.
	walrusOut map[string]bool
	// walrusDecl (functions and lambdas) are the names only assignment
	// expressions in comprehensions bind here: gpython's compiler sees
	// no binding of them, so the printer declares them.
	walrusDecl map[string]bool
	// walrusCells (functions) are the targets of assignment expressions
	// that cannot be hoisted before their statement (lower_walrus.go):
	// they are stored through their cell, so they count as captured.
	walrusCells map[string]bool
	hasYield    bool
	node        py.Node // the scope node itself
}

// analyzer memoizes scopeData per scope node, and the offsets at which
// the source's lines start (printer.offset).
type analyzer struct {
	memo       map[py.Node]*scopeData
	lineStarts []int
}

func set(m *map[string]bool, k string) {
	if *m == nil {
		*m = map[string]bool{}
	}
	(*m)[k] = true
}

// scopeOf returns the data of a scope node: *FunctionDef,
// *AsyncFunctionDef, *Lambda, *ClassDef, *ListComp, *SetComp, *DictComp or
// *GeneratorExp.
func (a *analyzer) scopeOf(n py.Node) *scopeData {
	if d, ok := a.memo[n]; ok {
		return d
	}
	d := &scopeData{node: n}
	refs := map[string]bool{}
	w := &scopeWalker{a: a, d: d, refs: refs}
	isClass := false
	switch n.(type) {
	case *py.ListComp, *py.SetComp, *py.DictComp, *py.GeneratorExp:
		w.isComp = true
	}
	switch n := n.(type) {
	case *py.FunctionDef:
		w.isFunc = true
		w.params(n.Args)
		w.stmts(n.Body)
	case *py.AsyncFunctionDef:
		w.isFunc = true
		w.params(n.Args)
		w.stmts(n.Body)
	case *py.Lambda:
		w.params(n.Args)
		w.expr(n.Body)
	case *py.ClassDef:
		isClass = true
		w.isClass = true
		w.stmts(n.Body)
	case *py.ListComp:
		w.comp(n.Generators, n.Elt)
	case *py.SetComp:
		w.comp(n.Generators, n.Elt)
	case *py.GeneratorExp:
		w.comp(n.Generators, n.Elt)
	case *py.DictComp:
		w.comp(n.Generators, n.Key, n.Value)
	}
	d.free = map[string]bool{}
	for k := range refs {
		if !d.locals[k] && !d.globals[k] || d.nonlocals[k] {
			d.free[k] = true
		}
	}
	for k := range d.nonlocals {
		d.free[k] = true // bound outside even when only stored here
	}
	for k := range w.childFree {
		if isClass || (!d.locals[k] && !d.globals[k]) || d.nonlocals[k] {
			d.free[k] = true
		}
	}
	d.childFree = w.childFree
	for k := range d.walrusDecl {
		if w.bound[k] {
			delete(d.walrusDecl, k)
		}
	}
	if a.memo == nil {
		a.memo = map[py.Node]*scopeData{}
	}
	a.memo[n] = d
	return d
}

// scopeWalker collects one scope's bindings and uses.
type scopeWalker struct {
	a         *analyzer
	d         *scopeData
	refs      map[string]bool
	childFree map[string]bool
	isComp    bool            // the scope is a comprehension
	isClass   bool            // the scope is a class body
	bound     map[string]bool // bound other than by a comprehension's walrus
	isFunc    bool            // the scope is a def or async def
	// stmt is the statement being walked and hoistable the walruses of
	// its header that the printer hoists (computed when one is met).
	stmt      py.Stmt
	hoistable map[*py.NamedExpr]bool
}

func (w *scopeWalker) bind(name string) {
	set(&w.d.locals, name)
	set(&w.bound, name)
}

func (w *scopeWalker) child(n py.Node) {
	cd := w.a.scopeOf(n)
	for k := range cd.free {
		set(&w.childFree, k)
	}
	for k := range cd.walrusOut {
		w.walrusTarget(k)
	}
}

// walrusTarget records the target of an assignment expression in a
// comprehension, here or below: a comprehension passes it on (it is free
// there), a function or lambda binds it (class bodies cannot: pysyntax
// refuses that, and module-level targets are globals).
func (w *scopeWalker) walrusTarget(name string) {
	switch {
	case w.isComp:
		set(&w.d.walrusOut, name)
		w.refs[name] = true
	case !w.isClass:
		set(&w.d.locals, name)
		set(&w.d.walrusDecl, name)
	}
}

func (w *scopeWalker) params(a *py.Arguments) {
	for _, x := range a.Params() {
		w.bind(x.Arg)
	}
}

func (w *scopeWalker) comp(gens []*py.Comprehension, elts ...py.Expr) {
	for i, g := range gens {
		w.expr(g.Target)
		if i > 0 {
			w.expr(g.Iter)
		}
		for _, e := range g.Ifs {
			w.expr(e)
		}
	}
	for _, e := range elts {
		w.expr(e)
	}
}

func (w *scopeWalker) stmts(body []py.Stmt) {
	for _, s := range body {
		w.node(s)
	}
}

// walrusInFunc handles an assignment expression directly in a function:
// one the printer hoists is a plain assignment; any other is stored
// through the target's cell, which makes it captured (and declared when
// nothing else binds it).
func (w *scopeWalker) walrusInFunc(n *py.NamedExpr, t *py.Name) {
	if w.hoistable == nil && w.stmt != nil {
		w.hoistable = map[*py.NamedExpr]bool{}
		st := w.stmt
		if wh, ok := st.(*py.While); ok {
			st = &py.If{Test: wh.Test} // whileWalrus hoists from its test
		}
		for _, e := range hoistPlan(st) {
			w.hoistable[e] = true
		}
	}
	if w.hoistable[n] {
		w.expr(n.Value)
		w.node(t)
		return
	}
	set(&w.d.locals, t.ID)
	set(&w.d.walrusDecl, t.ID)
	set(&w.d.walrusCells, t.ID)
	set(&w.childFree, t.ID)
	w.expr(n.Value)
}

func (w *scopeWalker) expr(e py.Expr) {
	if e != nil {
		w.node(e)
	}
}

// argDefaults visits what a def or lambda evaluates in the enclosing
// scope: defaults (annotations are dropped by the printer).
func (w *scopeWalker) argDefaults(a *py.Arguments) {
	for _, e := range a.Defaults {
		w.expr(e)
	}
	for _, e := range a.KwDefaults {
		w.expr(e)
	}
}

// annotations visits the annotations of a def that the printer evaluates
// in the enclosing scope (names and dotted names: evalAnnotations).
func (w *scopeWalker) annotations(a *py.Arguments, returns py.Expr) {
	for _, x := range a.Params() {
		if x.Annotation != nil && dottedName(x.Annotation) {
			w.expr(x.Annotation)
		}
	}
	if returns != nil && dottedName(returns) {
		w.expr(returns)
	}
}

func (w *scopeWalker) node(n py.Node) {
	if w.isFunc {
		if st, ok := n.(py.Stmt); ok {
			saveS, saveH := w.stmt, w.hoistable
			w.stmt, w.hoistable = st, nil
			w.nodeIn(n)
			w.stmt, w.hoistable = saveS, saveH
			return
		}
	}
	w.nodeIn(n)
}

func (w *scopeWalker) nodeIn(n py.Node) {
	switch n := n.(type) {
	case *py.Name:
		if n.Ctx == py.Load {
			w.refs[n.ID] = true
		} else {
			w.bind(n.ID)
		}
		return
	case *py.FunctionDef:
		w.bind(n.Name)
		for _, e := range n.DecoratorList {
			w.expr(e)
		}
		w.argDefaults(n.Args)
		w.annotations(n.Args, n.Returns)
		w.child(n)
		return
	case *py.AsyncFunctionDef:
		w.bind(n.Name)
		for _, e := range n.DecoratorList {
			w.expr(e)
		}
		w.argDefaults(n.Args)
		w.annotations(n.Args, n.Returns)
		w.child(n)
		return
	case *py.ClassDef:
		w.bind(n.Name)
		for _, e := range n.DecoratorList {
			w.expr(e)
		}
		for _, e := range n.Bases {
			w.expr(e)
		}
		for _, k := range n.Keywords {
			w.expr(k.Value)
		}
		w.child(n)
		return
	case *py.Lambda:
		w.argDefaults(n.Args)
		w.child(n)
		return
	case *py.ListComp:
		w.expr(n.Generators[0].Iter)
		w.child(n)
		return
	case *py.SetComp:
		w.expr(n.Generators[0].Iter)
		w.child(n)
		return
	case *py.DictComp:
		w.expr(n.Generators[0].Iter)
		w.child(n)
		return
	case *py.GeneratorExp:
		w.expr(n.Generators[0].Iter)
		w.child(n)
		return
	case *py.Global:
		for _, x := range n.Names {
			set(&w.d.globals, x)
		}
		return
	case *py.Nonlocal:
		for _, x := range n.Names {
			set(&w.d.nonlocals, x)
		}
		return
	case *py.Import:
		for _, al := range n.Names {
			w.bind(importBinding(al))
		}
		return
	case *py.ImportFrom:
		for _, al := range n.Names {
			w.bind(importBinding(al))
		}
		return
	case *py.ExceptHandler:
		if n.Name != "" {
			w.bind(n.Name)
		}
	case *py.MatchAs:
		if n.Name != "" {
			w.bind(n.Name)
		}
	case *py.MatchStar:
		if n.Name != "" {
			w.bind(n.Name)
		}
	case *py.MatchMapping:
		if n.Rest != "" {
			w.bind(n.Rest)
		}
	case *py.NamedExpr:
		if t, ok := n.Target.(*py.Name); ok && w.isComp {
			w.walrusTarget(t.ID)
			w.expr(n.Value)
			return
		}
		if t, ok := n.Target.(*py.Name); ok && w.isFunc {
			w.walrusInFunc(n, t)
			return
		}
	case *py.Yield, *py.YieldFrom:
		w.d.hasYield = true
	case *py.AnnAssign:
		// The annotation is not evaluated.
		w.expr(n.Target)
		w.expr(n.Value)
		return
	}
	py.EachChild(n, w.node)
}

func importBinding(al *py.Alias) string {
	if al.Asname != "" {
		return al.Asname
	}
	name := al.Name
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name[:i]
		}
	}
	return name
}
