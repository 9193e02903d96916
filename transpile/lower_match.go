package transpile

// This file lowers match statements.

import py "github.com/nbcheck/nbcheck/pysyntax"

func (p *printer) matchStmt(s *py.Match) {
	p.unsupported(Match, &s.Span, "`match` is not supported by gpython and not lowered yet")
}
