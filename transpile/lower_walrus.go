package transpile

// This file lowers assignment expressions (x := v). gpython 3.4 has none,
// and a helper cannot bind a local, so a walrus is hoisted into an
// assignment on a line of its own just before its statement, when that
// keeps the order of evaluation: the walrus is in a statement's header
// expression, not under and/or, a conditional expression, a lambda or a
// comprehension, and nothing with side effects (a call, an await) is
// evaluated before it. while loops whose test has a walrus become
// while True: x = v; if not test: break; elif tests with a walrus become
// else: if. A walrus that cannot be hoisted is stored in place, as one in
// a comprehension is (below): through the variable's cell in a function,
// into the globals at module level. Still unsupported: a walrus directly
// in a lambda, one in a comprehension inside a lambda binding a name that
// is not the lambda's parameter, one in a class body that cannot be
// hoisted, and one in the test of a while loop with an else clause.
//
// A walrus in a comprehension binds in the nearest enclosing function or
// lambda, or in the module (PEP 572; pysyntax makes CPython's checks).
// gpython compiles a comprehension as a function of its own, which cannot
// store into its enclosing scope, so the target is stored through its
// cell there, or into the globals:
//
//	[y := f(x) for x in r]   in a function:  [__nbc_walrus_cell(__nbc_cell(lambda: y), f(x)) for x in r]
//	                         at module level: [__nbc_walrus_global(__nbc_globals(), 'y', f(x)) for x in r]
//
// The function's y is a cell variable (the analyzer binds the target
// there and counts it free in the comprehension), so its own reads see
// the value; both helpers return the value.

import (
	"strings"

	"github.com/go-python/gpython/py"

	syn "github.com/nbcheck/nbcheck/pysyntax"
)

// headerExprs returns the expressions a statement evaluates before its
// body, in order.
func headerExprs(s syn.Stmt) []syn.Expr {
	switch s := s.(type) {
	case *syn.ExprStmt:
		return []syn.Expr{s.Value}
	case *syn.Assign:
		return []syn.Expr{s.Value}
	case *syn.AugAssign:
		return []syn.Expr{s.Value}
	case *syn.AnnAssign:
		if s.Value != nil {
			return []syn.Expr{s.Value}
		}
	case *syn.Return:
		if s.Value != nil {
			return []syn.Expr{s.Value}
		}
	case *syn.If:
		return []syn.Expr{s.Test}
	case *syn.For:
		return []syn.Expr{s.Iter}
	case *syn.AsyncFor:
		return []syn.Expr{s.Iter}
	case *syn.With:
		if len(s.Items) > 0 {
			return []syn.Expr{s.Items[0].ContextExpr}
		}
	case *syn.AsyncWith:
		if len(s.Items) > 0 {
			return []syn.Expr{s.Items[0].ContextExpr}
		}
	case *syn.Assert:
		return []syn.Expr{s.Test}
	case *syn.Raise:
		if s.Exc != nil {
			return []syn.Expr{s.Exc}
		}
	case *syn.Match:
		return []syn.Expr{s.Subject}
	}
	return nil
}

// findWalrus returns the first assignment expression in e outside nested
// scopes, or nil.
func findWalrus(e syn.Expr) *syn.NamedExpr {
	var found *syn.NamedExpr
	var visit func(n syn.Node)
	visit = func(n syn.Node) {
		if found != nil {
			return
		}
		switch n := n.(type) {
		case *syn.NamedExpr:
			found = n
			return
		case *syn.Lambda, *syn.ListComp, *syn.SetComp, *syn.DictComp, *syn.GeneratorExp:
			return
		}
		syn.EachChild(n, visit)
	}
	if e != nil {
		visit(e)
	}
	return found
}

// hoistPlan returns the assignment expressions in the header of s that
// can move before it, in the order they are to be printed: each is
// evaluated first in its statement, or after other hoisted ones only.
func hoistPlan(s syn.Stmt) []*syn.NamedExpr {
	hs := headerExprs(s)
	if len(hs) == 0 {
		return nil
	}
	any := false
	for _, h := range hs {
		if findWalrus(h) != nil {
			any = true
		}
	}
	if !any {
		return nil
	}
	var plan []*syn.NamedExpr
	pure := true
	var scan func(e syn.Expr, cond bool)
	scan = func(e syn.Expr, cond bool) {
		if e == nil {
			return
		}
		switch e := e.(type) {
		case *syn.NamedExpr:
			before := pure
			scan(e.Value, cond)
			if cond || !before {
				return
			}
			// The value moves with the assignment, so what it calls is
			// still evaluated in order.
			pure = true
			plan = append(plan, e)
			return
		case *syn.BoolOp:
			scan(e.Values[0], cond)
			for _, v := range e.Values[1:] {
				scan(v, true)
			}
			return
		case *syn.IfExp:
			scan(e.Test, cond)
			scan(e.Body, true)
			scan(e.Orelse, true)
			return
		case *syn.Lambda, *syn.ListComp, *syn.SetComp, *syn.DictComp, *syn.GeneratorExp:
			pure = false
			return
		case *syn.Call:
			syn.EachChild(e, func(n syn.Node) { scanNode(n, cond, scan) })
			pure = false
			return
		case *syn.Await, *syn.Yield, *syn.YieldFrom:
			syn.EachChild(e, func(n syn.Node) { scanNode(n, cond, scan) })
			pure = false
			return
		}
		syn.EachChild(e, func(n syn.Node) { scanNode(n, cond, scan) })
	}
	for _, h := range hs {
		scan(h, false)
	}
	return plan
}

// hoist prints, before statement s, an assignment for each walrus in its
// header that can move there.
func (p *printer) hoist(s syn.Stmt) {
	if p.noWalrus {
		return
	}
	for _, e := range hoistPlan(s) {
		p.features |= Walrus
		if p.hoisted == nil {
			p.hoisted = map[*syn.NamedExpr]bool{}
		}
		p.begin(s.NodeSpan())
		p.target(e.Target)
		p.w(" = ")
		p.expr(e.Value, precLambda)
		p.hoisted[e] = true
	}
}

// scanNode passes expression children (and keyword values) to scan.
func scanNode(n syn.Node, cond bool, scan func(syn.Expr, bool)) {
	switch n := n.(type) {
	case syn.Expr:
		scan(n, cond)
	case *syn.Keyword:
		scan(n.Value, cond)
	}
}

func (p *printer) namedExpr(e *syn.NamedExpr) {
	if p.hoisted[e] {
		p.target(e.Target)
		return
	}
	if p.compWalrus(e) {
		return
	}
	if n, ok := e.Target.(*syn.Name); ok && p.top().kind == scopeFunc && p.top().data.walrusCells[n.ID] {
		// In a function, where it cannot be hoisted: through the
		// variable's cell (the analyzer made it one).
		p.checkName(n.ID, &n.Span)
		p.features |= Walrus
		p.walrusStore(n, e.Value)
		return
	}
	if n, ok := e.Target.(*syn.Name); ok && p.top().kind == scopeModule {
		// At module level the target is a global: stored in place, in
		// order, wherever the walrus is.
		p.checkName(n.ID, &n.Span)
		p.features |= Walrus
		p.w("__nbc_walrus_global(__nbc_globals(), " + quoteStr(n.ID) + ", ")
		p.expr(e.Value, precLambda)
		p.w(")")
		return
	}
	p.unsupported(Walrus, &e.Span, "assignment expression `:=` in this position is not supported by gpython (it can only be lowered where it is evaluated first in its statement)")
	p.w("None")
}

func (p *printer) whileWalrus(s *syn.While) {
	if len(s.Orelse) > 0 {
		p.unsupported(Walrus, &s.Span, "assignment expression `:=` in the test of a while loop with an else clause is not supported by gpython")
		return
	}
	p.begin(&s.Span)
	if p.noChecks {
		p.w("while True:")
	} else {
		p.w("while __nbc_on:")
	}
	p.indent++
	test := &syn.If{Span: s.Span, Test: &syn.UnaryOp{Span: s.Span, Op: syn.Not, Operand: s.Test}, Body: []syn.Stmt{&syn.Break{Span: s.Span}}}
	p.hoist(test)
	p.begin(&s.Span)
	p.w("if ")
	p.expr(test.Test, precLambda)
	p.w(": break")
	p.stmts(s.Body)
	p.indent--
}

// compWalrus prints an assignment expression directly in a comprehension,
// binding in the enclosing function's cell or in the globals, and reports
// whether it did.
func (p *printer) compWalrus(e *syn.NamedExpr) bool {
	n, ok := e.Target.(*syn.Name)
	if !ok || p.top().kind != scopeComp {
		return false
	}
	p.checkName(n.ID, &n.Span)
	i := len(p.scopes) - 1
	for i > 0 && p.scopes[i].kind == scopeComp {
		i--
	}
	s := p.scopes[i]
	if s.kind == scopeClass {
		return false // pysyntax refuses it; reported unsupported
	}
	if s.kind == scopeLambda && s.data.walrusDecl[n.ID] {
		// A lambda has no statement to declare the name in.
		p.unsupported(Walrus, &e.Span, "assignment expression `:=` in a comprehension inside a lambda, binding a name that is not the lambda's parameter, is not supported by gpython")
		p.w("None")
		return true
	}
	p.features |= Walrus
	if s.kind == scopeModule {
		p.w("__nbc_walrus_global(__nbc_globals(), " + quoteStr(p.mangle(n.ID)) + ", ")
		p.expr(e.Value, precLambda)
		p.w(")")
		return true
	}
	p.walrusStore(n, e.Value)
	return true
}

// walrusStore prints the store of value into n, a variable of the
// enclosing function (or a global it declares), from a place where gpython
// cannot bind it: through its cell.
func (p *printer) walrusStore(n *syn.Name, value syn.Expr) {
	i := len(p.scopes) - 1
	for i > 0 && p.scopes[i].kind == scopeComp {
		i--
	}
	if s := p.scopes[i]; s.kind == scopeModule || s.data.globals[n.ID] {
		p.w("__nbc_walrus_global(__nbc_globals(), " + quoteStr(p.mangle(n.ID)) + ", ")
		p.expr(value, precLambda)
		p.w(")")
		return
	}
	r := p.resolveFrom(n.ID, len(p.scopes)-1)
	var cell string
	switch {
	case strings.HasPrefix(r, cellGet):
		cell = strings.TrimSuffix(strings.TrimPrefix(r, cellGet), ")")
	case strings.HasPrefix(r, "__nbc_f_") && strings.HasSuffix(r, "()"):
		cell = "__nbc_cell(" + strings.TrimSuffix(r, "()") + ")" // a C-FREEVAR getter's one cell is the variable's
	default:
		cell = "__nbc_cell(lambda: " + r + ")"
	}
	p.w("__nbc_walrus_cell(" + cell + ", ")
	p.expr(value, precLambda)
	p.w(")")
}

// installWalrus installs the helpers of compWalrus.
func installWalrus(b *py.Module) {
	b.Globals["__nbc_walrus_cell"] = py.MustNewMethod("__nbc_walrus_cell", func(_ py.Object, args py.Tuple) (py.Object, error) {
		c, ok := args[0].(*py.Cell)
		if len(args) != 2 || !ok {
			return nil, py.ExceptionNewf(py.SystemError, "__nbc_walrus_cell: want a cell and a value")
		}
		c.Set(args[1])
		return args[1], nil
	}, 0, "__nbc_walrus_cell(cell, v) stores v in the cell and returns v")
	b.Globals["__nbc_walrus_global"] = py.MustNewMethod("__nbc_walrus_global", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.SystemError, "__nbc_walrus_global: want globals, a name and a value")
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "__nbc_walrus_global: want a str name")
		}
		switch g := args[0].(type) {
		case py.StringDict:
			g[string(name)] = args[2]
		default:
			if _, err := py.SetItem(g, name, args[2]); err != nil {
				return nil, err
			}
		}
		return args[2], nil
	}, 0, "__nbc_walrus_global(globals, name, v) stores v as the global name and returns v")
}
