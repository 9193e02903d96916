package transpile

// This file lowers assignment expressions (x := v). gpython 3.4 has none,
// and a helper cannot bind a local, so a walrus is hoisted into an
// assignment on a line of its own just before its statement, when that
// keeps the order of evaluation: the walrus is in a statement's header
// expression, not under and/or, a conditional expression, a lambda or a
// comprehension, and nothing with side effects (a call, an await) is
// evaluated before it. while loops whose test has a walrus become
// while True: x = v; if not test: break. Anything else is reported
// unsupported; elif tests with a walrus become else: if.

import py "github.com/nbcheck/nbcheck/pysyntax"

// headerExprs returns the expressions a statement evaluates before its
// body, in order.
func headerExprs(s py.Stmt) []py.Expr {
	switch s := s.(type) {
	case *py.ExprStmt:
		return []py.Expr{s.Value}
	case *py.Assign:
		return []py.Expr{s.Value}
	case *py.AugAssign:
		return []py.Expr{s.Value}
	case *py.AnnAssign:
		if s.Value != nil {
			return []py.Expr{s.Value}
		}
	case *py.Return:
		if s.Value != nil {
			return []py.Expr{s.Value}
		}
	case *py.If:
		return []py.Expr{s.Test}
	case *py.For:
		return []py.Expr{s.Iter}
	case *py.AsyncFor:
		return []py.Expr{s.Iter}
	case *py.With:
		if len(s.Items) > 0 {
			return []py.Expr{s.Items[0].ContextExpr}
		}
	case *py.AsyncWith:
		if len(s.Items) > 0 {
			return []py.Expr{s.Items[0].ContextExpr}
		}
	case *py.Assert:
		return []py.Expr{s.Test}
	case *py.Raise:
		if s.Exc != nil {
			return []py.Expr{s.Exc}
		}
	case *py.Match:
		return []py.Expr{s.Subject}
	}
	return nil
}

// findWalrus returns the first assignment expression in e outside nested
// scopes, or nil.
func findWalrus(e py.Expr) *py.NamedExpr {
	var found *py.NamedExpr
	var visit func(n py.Node)
	visit = func(n py.Node) {
		if found != nil {
			return
		}
		switch n := n.(type) {
		case *py.NamedExpr:
			found = n
			return
		case *py.Lambda, *py.ListComp, *py.SetComp, *py.DictComp, *py.GeneratorExp:
			return
		}
		eachChild(n, visit)
	}
	if e != nil {
		visit(e)
	}
	return found
}

// hoist prints, before statement s, an assignment for each walrus in its
// header that can move there.
func (p *printer) hoist(s py.Stmt) {
	hs := headerExprs(s)
	if len(hs) == 0 {
		return
	}
	any := false
	for _, h := range hs {
		if findWalrus(h) != nil {
			any = true
		}
	}
	if !any {
		return
	}
	pure := true
	var scan func(e py.Expr, cond bool)
	scan = func(e py.Expr, cond bool) {
		if e == nil {
			return
		}
		switch e := e.(type) {
		case *py.NamedExpr:
			before := pure
			scan(e.Value, cond)
			if cond || !before {
				return
			}
			// The value moves with the assignment, so what it calls is
			// still evaluated in order.
			pure = true
			p.features |= Walrus
			if p.hoisted == nil {
				p.hoisted = map[*py.NamedExpr]bool{}
			}
			p.begin(s.NodeSpan())
			p.target(e.Target)
			p.w(" = ")
			p.expr(e.Value, precLambda)
			p.hoisted[e] = true
			return
		case *py.BoolOp:
			scan(e.Values[0], cond)
			for _, v := range e.Values[1:] {
				scan(v, true)
			}
			return
		case *py.IfExp:
			scan(e.Test, cond)
			scan(e.Body, true)
			scan(e.Orelse, true)
			return
		case *py.Lambda, *py.ListComp, *py.SetComp, *py.DictComp, *py.GeneratorExp:
			pure = false
			return
		case *py.Call:
			eachChild(e, func(n py.Node) { scanNode(n, cond, scan) })
			pure = false
			return
		case *py.Await, *py.Yield, *py.YieldFrom:
			eachChild(e, func(n py.Node) { scanNode(n, cond, scan) })
			pure = false
			return
		}
		eachChild(e, func(n py.Node) { scanNode(n, cond, scan) })
	}
	for _, h := range hs {
		scan(h, false)
	}
}

// scanNode passes expression children (and keyword values) to scan.
func scanNode(n py.Node, cond bool, scan func(py.Expr, bool)) {
	switch n := n.(type) {
	case py.Expr:
		scan(n, cond)
	case *py.Keyword:
		scan(n.Value, cond)
	}
}

func (p *printer) namedExpr(e *py.NamedExpr) {
	if p.hoisted[e] {
		p.target(e.Target)
		return
	}
	p.unsupported(Walrus, &e.Span, "assignment expression `:=` in this position is not supported by gpython (it can only be lowered where it is evaluated first in its statement)")
	p.w("None")
}

func (p *printer) whileWalrus(s *py.While) {
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
	test := &py.If{Span: s.Span, Test: &py.UnaryOp{Span: s.Span, Op: py.Not, Operand: s.Test}, Body: []py.Stmt{&py.Break{Span: s.Span}}}
	p.hoist(test)
	p.begin(&s.Span)
	p.w("if ")
	p.expr(test.Test, precLambda)
	p.w(": break")
	p.stmts(s.Body)
	p.indent--
}
