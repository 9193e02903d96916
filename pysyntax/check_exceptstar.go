package pysyntax

// This file makes CPython's compiler check on except* clauses: break,
// continue and return cannot leave one.

const exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

// checkExceptStar aborts if a clause of an except* try has a break or
// continue outside a loop of its own, or a return outside a nested
// function.
func (p *parser) checkExceptStar(handlers []*ExceptHandler) {
	for _, h := range handlers {
		p.checkExceptStarBody(h.Body, false)
	}
}

func (p *parser) checkExceptStarBody(body []Stmt, inLoop bool) {
	for _, s := range body {
		switch s := s.(type) {
		case *Return:
			// CPython compiles the value first, and reports there.
			if s.Value != nil {
				p.failSpan(s.Value.NodeSpan(), exceptStarExit)
			}
			p.failSpan(&s.Span, exceptStarExit)
		case *Break:
			if !inLoop {
				p.failSpan(&s.Span, exceptStarExit)
			}
		case *Continue:
			if !inLoop {
				p.failSpan(&s.Span, exceptStarExit)
			}
		case *If:
			p.checkExceptStarBody(s.Body, inLoop)
			p.checkExceptStarBody(s.Orelse, inLoop)
		case *For:
			p.checkExceptStarBody(s.Body, true)
			p.checkExceptStarBody(s.Orelse, inLoop)
		case *AsyncFor:
			p.checkExceptStarBody(s.Body, true)
			p.checkExceptStarBody(s.Orelse, inLoop)
		case *While:
			p.checkExceptStarBody(s.Body, true)
			p.checkExceptStarBody(s.Orelse, inLoop)
		case *With:
			p.checkExceptStarBody(s.Body, inLoop)
		case *AsyncWith:
			p.checkExceptStarBody(s.Body, inLoop)
		case *Try:
			p.checkExceptStarBody(s.Body, inLoop)
			for _, h := range s.Handlers {
				p.checkExceptStarBody(h.Body, inLoop)
			}
			p.checkExceptStarBody(s.Orelse, inLoop)
			p.checkExceptStarBody(s.Finalbody, inLoop)
		case *TryStar:
			p.checkExceptStarBody(s.Body, inLoop)
			p.checkExceptStarBody(s.Orelse, inLoop)
			p.checkExceptStarBody(s.Finalbody, inLoop)
		case *Match:
			for _, c := range s.Cases {
				p.checkExceptStarBody(c.Body, inLoop)
			}
		}
	}
}
