package transpile

// This file lowers for loops and comprehensions (C-FORITER: gpython ends a
// loop silently on any exception from the iterator). The iterable goes
// through __nbc_iter, which stashes such an exception and ends the loop;
// __nbc_iterdone(it) re-raises it: in a loop's else clause, or around a
// comprehension as __nbc_iterdone(it, value). A list, tuple, dict or set
// display, or a call of the builtin range (bound nowhere in the source),
// cannot raise while iterated, and is left alone to keep loops fast.
// async for and async comprehensions iterate __nbc_aiter(x).

import py "github.com/nbcheck/nbcheck/pysyntax"

// iterCanRaise reports whether iterating e may raise, or needs
// __nbc_iter for another reason (bytes).
func (p *printer) iterCanRaise(e py.Expr) bool {
	switch e := e.(type) {
	case *py.List, *py.Tuple, *py.Dict, *py.Set:
		return false
	case *py.Constant:
		// A bytes literal goes through __nbc_iter, which iterates it
		// (gpython's bytes cannot be iterated).
		return e.Kind == py.ConstBytes
	case *py.Call:
		if n, ok := e.Func.(*py.Name); ok && n.ID == "range" {
			// A user's range (a generator that raises) is not trusted.
			return p.boundAnywhere()["range"] || p.localName("range")
		}
	}
	return true
}

func (p *printer) forStmt(sp *py.Span, target, iter py.Expr, body, orelse []py.Stmt, async bool) {
	call := func(helper string) func() {
		return func() {
			p.w(helper + "(")
			p.expr(iter, precLambda)
			p.w(")")
		}
	}
	switch {
	case async:
		p.features |= AsyncFor
		p.loop(sp, target, call("__nbc_aiter"), body, "", orelse)
	case !p.iterCanRaise(iter) && p.noChecks:
		p.loop(sp, target, func() { p.expr(iter, precLambda) }, body, "", orelse)
	case !p.iterCanRaise(iter):
		// The loop's iterator checks for interruption; gpython ends a
		// loop silently when its iterator raises, so the else clause
		// checks again (the interruption is sticky) and raises.
		p.loop(sp, target, call("__nbc_loop"), body, "__nbc_tick()", orelse)
	default:
		p.features |= ForIter
		it := p.newTemp("it")
		p.begin(sp)
		p.w(it + " = ")
		if p.noChecks {
			call("__nbc_iter")()
		} else {
			p.w("__nbc_iter(")
			call("__nbc_loop")()
			p.w(")")
		}
		p.loop(sp, target, func() { p.w(it) }, body, "__nbc_iterdone("+it+")", orelse)
	}
}

// loop prints `for target in ITER:` (iter prints ITER) and body, and an
// else clause that runs the helper call first (when not empty), then
// orelse.
func (p *printer) loop(sp *py.Span, target py.Expr, iter func(), body []py.Stmt, first string, orelse []py.Stmt) {
	p.begin(sp)
	p.w("for ")
	p.target(target)
	p.w(" in ")
	iter()
	p.w(":")
	p.block(body)
	if first == "" && len(orelse) == 0 {
		return
	}
	p.begin(nil)
	p.w("else:")
	if first != "" {
		p.indent++
		p.begin(nil)
		p.w(first)
		p.indent--
	}
	if len(orelse) > 0 {
		p.block(orelse)
	}
}

// comprehension prints a list, set or dict comprehension or a generator
// expression.
func (p *printer) comprehension(e py.Expr, gens []*py.Comprehension) {
	first := gens[0]
	_, isGen := e.(*py.GeneratorExp)
	wrap := !isGen && !first.IsAsync && p.iterCanRaise(first.Iter)
	// A generator expression cannot be wrapped in a call that re-raises
	// after the loop (it runs later, lazily): its first clause becomes
	// two passes over __nbc_genit(x), the second re-raising (genFor).
	genWrap := isGen && !first.IsAsync && p.iterCanRaise(first.Iter)
	if genWrap {
		p.features |= ForIter
	}
	if wrap {
		p.features |= ForIter
		p.w("(lambda __nbc_it: __nbc_iterdone(__nbc_it, ")
	}
	env, envDefs := p.compEnv(e)
	p.pushComp(e)
	p.setCompEnv(env, envDefs)
	switch e := e.(type) {
	case *py.ListComp:
		p.w("[")
		p.expr(e.Elt, precLambda)
		p.compFor(gens, wrap)
		p.w("]")
	case *py.GeneratorExp:
		p.w("(")
		p.expr(e.Elt, precLambda)
		if genWrap {
			p.genFor(gens[0])
			p.compClauses(gens, 1, false)
		} else {
			p.compFor(gens, wrap)
		}
		p.w(")")
	case *py.SetComp:
		p.features |= SetDisplay
		p.w("__nbc_set_from((")
		p.expr(e.Elt, precLambda)
		p.compFor(gens, wrap)
		p.w("))")
	case *py.DictComp:
		p.features |= DictDisplay
		p.w("__nbc_dict_from(((")
		p.expr(e.Key, precLambda)
		p.w(", ")
		p.expr(e.Value, precLambda)
		p.w(")")
		p.compFor(gens, wrap)
		p.w("))")
	}
	p.popScope()
	if wrap {
		p.w("))(__nbc_iter(")
		p.expr(first.Iter, precLambda)
		p.w("))")
	}
}

// genFor prints the first clause of a generator expression whose
// iterator may raise (C-FORITER):
//
//	for __nbc_g, __nbc_s in __nbc_genit(x) if __nbc_iterdone(__nbc_g, __nbc_s) for t in __nbc_g
//
// __nbc_genit(x) yields (it, True) then (it, False), it being
// __nbc_iter(x): the first pass runs the user's loop over it, the second
// re-raises, in the generator's frame, what it stashed.
func (p *printer) genFor(g *py.Comprehension) {
	s := p.scopes[len(p.scopes)-1]
	p.w(" for ")
	if len(s.env) > 0 {
		p.envTarget(s)
		p.w("(__nbc_g, __nbc_s) in ")
	} else {
		p.w("__nbc_g, __nbc_s in ")
	}
	p.envIterStart(s)
	p.w("__nbc_genit(")
	// The first iterable belongs to the enclosing scope.
	p.scopes = p.scopes[:len(p.scopes)-1]
	p.expr(g.Iter, precLambda)
	p.scopes = append(p.scopes, s)
	p.envIterEnd(s)
	p.w(") if __nbc_iterdone(__nbc_g, __nbc_s) for ")
	p.target(g.Target)
	p.w(" in __nbc_g")
	if !p.noChecks {
		p.w(" if __nbc_on")
	}
	for _, c := range g.Ifs {
		p.w(" if ")
		p.expr(c, precOr)
	}
}

// compFor prints the for and if clauses of a comprehension, in the
// comprehension's own scope except for the first iterable; wrapped, the
// first iterable is the lambda's parameter __nbc_it.
func (p *printer) compFor(gens []*py.Comprehension, wrapped bool) {
	p.compClauses(gens, 0, wrapped)
}

// compClauses prints the clauses of gens from the one at index from.
func (p *printer) compClauses(gens []*py.Comprehension, from int, wrapped bool) {
	for i := from; i < len(gens); i++ {
		g := gens[i]
		if g.IsAsync {
			p.features |= AsyncComp
		}
		top := p.scopes[len(p.scopes)-1]
		p.w(" for ")
		if i == 0 {
			p.envTarget(top)
		}
		p.target(g.Target)
		p.w(" in ")
		if i == 0 {
			p.envIterStart(top)
		}
		if g.IsAsync {
			p.w("__nbc_aiter(")
		}
		switch {
		case i == 0 && wrapped:
			p.w("__nbc_it")
		case i == 0:
			// The first iterable belongs to the enclosing scope.
			s := p.scopes[len(p.scopes)-1]
			p.scopes = p.scopes[:len(p.scopes)-1]
			p.expr(g.Iter, precOr)
			p.scopes = append(p.scopes, s)
		default:
			p.expr(g.Iter, precOr)
		}
		if g.IsAsync {
			p.w(")")
		}
		if i == 0 {
			p.envIterEnd(top)
		}
		if !p.noChecks {
			p.w(" if __nbc_on") // interruption check on the comprehension's back-edge
		}
		for _, c := range g.Ifs {
			p.w(" if ")
			p.expr(c, precOr)
		}
	}
}

// whileTest prints a while loop's test with the interruption check of
// docs/lowering.md: `while __nbc_on and (test):`, or `while __nbc_on:`
// for `while True:` (__nbc_on is true, or raises when the cell must
// stop). The check is in the test, not in the
// body, so that the lowered code keeps the user's line numbers.
func (p *printer) whileTest(test py.Expr) {
	if p.noChecks {
		p.expr(test, precLambda)
		return
	}
	if c, ok := test.(*py.Constant); ok && isTrueConst(c) {
		p.w("__nbc_on")
		return
	}
	p.w("__nbc_on and (")
	p.expr(test, precLambda)
	p.w(")")
}

func isTrueConst(c *py.Constant) bool { return c.Kind == py.ConstBool && c.Bool }
