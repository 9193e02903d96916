package transpile

// This file lowers try statements with except* clauses (PEP 654), which
// gpython 3.4 cannot parse, onto a plain try that catches everything and
// the helpers of exceptstar_rt.go:
//
//	try:
//	    body
//	except BaseException as __nbc_es1x:
//	    __nbc_es1g = __nbc_eg_start(__nbc_es1x)
//	    __nbc_es1e = __nbc_eg_match(__nbc_es1g, T)
//	    if __nbc_es1e is not None:
//	        try:
//	            try:
//	                raise __nbc_es1g.current
//	            except BaseException:
//	                name = __nbc_es1e
//	                handler
//	        except BaseException as __nbc_es1y:
//	            __nbc_eg_raised(__nbc_es1g, __nbc_es1y)
//	        name = None; del name
//	    ... one such block per clause
//	    if __nbc_eg_end(__nbc_es1g): raise
//	else:
//	    orelse
//
// wrapped in try/finally when there is a finally clause. Raising a copy
// of the matched group and catching it makes it the exception being
// handled, so a bare raise in the clause re-raises it; raise name raises
// the group itself, which CPython counts as a new exception. Each clause runs at most once,
// with the part of the group its types match; what no clause matched and
// what the clauses raised are raised together at the end as CPython does.
// break, continue and return cannot appear in an except* clause (a
// syntax error), so clauses always end there.

import py "github.com/nbcheck/nbcheck/pysyntax"

func (p *printer) tryStar(s *py.TryStar) {
	p.features |= ExceptStar
	base := p.newTemp("es")
	caught, state, matched, raised := base+"x", base+"g", base+"e", base+"y"
	if len(s.Finalbody) > 0 {
		p.begin(&s.Span)
		p.w("try:")
		p.indent++
	}
	p.begin(&s.Span)
	p.w("try:")
	p.block(s.Body)
	first := &s.Handlers[0].Span
	p.begin(first)
	p.w("except BaseException as " + caught + ":")
	p.indent++
	p.begin(first)
	p.w(state + " = __nbc_eg_start(" + caught + ")")
	for _, h := range s.Handlers {
		p.cur = &h.Span
		p.begin(&h.Span)
		p.w(matched + " = __nbc_eg_match(" + state + ", ")
		p.expr(h.Type, precLambda)
		p.w(")")
		p.begin(nil)
		p.w("if " + matched + " is not None:")
		p.indent++
		p.begin(nil)
		p.w("try:")
		p.indent++
		p.begin(nil)
		p.w("try:")
		p.indent++
		p.begin(nil)
		p.w("raise " + state + ".current")
		p.indent--
		p.begin(nil)
		p.w("except BaseException:")
		name := ""
		if h.Name != "" {
			name = p.bindName(h.Name, &h.Span)
			p.indent++
			p.begin(nil)
			p.w(name + " = " + matched)
			p.indent--
		}
		p.block(h.Body)
		p.indent--
		p.begin(nil)
		p.w("except BaseException as " + raised + ":")
		p.indent++
		p.begin(nil)
		p.w("__nbc_eg_raised(" + state + ", " + raised + ")")
		p.indent--
		if name != "" {
			// As after an except clause, the name is unbound.
			p.begin(nil)
			p.w(name + " = None; del " + name)
		}
		p.indent--
	}
	cleanup := p.top().kind == scopeModule || p.top().kind == scopeClass
	if cleanup {
		p.begin(nil)
		p.w("del " + matched)
	}
	p.begin(nil)
	// A bare raise keeps the original traceback.
	p.w("if __nbc_eg_end(" + state + "): raise")
	if cleanup {
		p.begin(nil)
		p.w("del " + state)
	}
	p.indent--
	if len(s.Orelse) > 0 {
		p.begin(nil)
		p.w("else:")
		p.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		p.indent--
		p.begin(nil)
		p.w("finally:")
		p.block(s.Finalbody)
	}
}
