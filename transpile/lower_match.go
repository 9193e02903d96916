package transpile

// This file lowers match statements. gpython 3.4 has none; each case
// becomes an if on the result of the __nbc_match helper (match_rt.go),
// which matches the subject against a description of the pattern and
// returns the values of the names it binds, or None:
//
//	__nbc_m1 = subject; __nbc_m1d = False
//	__nbc_m1b = __nbc_match(__nbc_m1, 2, ('s', (('c', 0, None), ('c', 1, None)), -1))
//	if __nbc_m1b is not None:
//	    x, y = __nbc_m1b
//	    if guard:
//	        __nbc_m1d = True
//	        body
//	if not __nbc_m1d:
//	    ... the next case
//
// No loop is involved, so break, continue, return, yield and await in the
// bodies keep their meaning. The description is built when its case is
// tried, so value patterns and class names are evaluated only then
// (though, unlike CPython, all those of one case before matching it). A
// capture or wildcard pattern needs no helper. At module level and in
// class bodies the temporaries are deleted after the statement.

import (
	"strconv"
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

func (p *printer) matchStmt(s *py.Match) {
	p.features |= Match
	base := p.newTemp("m")
	subj, done, bind := base, base+"d", base+"b"
	usedDone, usedBind := false, false
	p.begin(&s.Span)
	p.w(subj + " = ")
	p.expr(s.Subject, precYield)
	n := len(s.Cases)
	if n > 1 {
		usedDone = true
		// On the subject's line, to keep the cases on their own lines.
		p.w("; " + done + " = False")
	}
	cleanup := p.top().kind == scopeModule || p.top().kind == scopeClass
	for _, c := range s.Cases {
		if as, ok := c.Pattern.(*py.MatchAs); (!ok || as.Pattern != nil) && len(patternNames(c.Pattern)) > 0 {
			usedBind = true
		}
	}
	firstBinds := false
	if as, ok := s.Cases[0].Pattern.(*py.MatchAs); (!ok || as.Pattern != nil) && len(patternNames(s.Cases[0].Pattern)) > 0 {
		firstBinds = true
	}
	if usedBind && cleanup && !firstBinds {
		// Defined whichever case runs, so that it can be deleted.
		p.w("; " + bind + " = None")
	}
	for i, c := range s.Cases {
		sp := c.Pattern.NodeSpan()
		p.cur = sp
		if i > 0 {
			p.begin(sp)
			p.w("if not " + done + ":")
			p.indent++
		}
		names := patternNames(c.Pattern)
		slots := map[string]int{}
		for j, name := range names {
			slots[name] = j
		}
		opened := 0
		if as, ok := c.Pattern.(*py.MatchAs); ok && as.Pattern == nil {
			// A capture or the wildcard always matches.
			if as.Name != "" {
				p.begin(sp)
				p.w(p.bindTarget(as.Name, &as.Span) + " = " + subj)
			}
		} else {
			p.begin(sp)
			if len(names) == 0 {
				p.w("if __nbc_match(" + subj + ", 0, ")
				p.patternSpec(c.Pattern, slots)
				p.w(") is not None:")
			} else {
				p.w(bind + " = __nbc_match(" + subj + ", " + strconv.Itoa(len(names)) + ", ")
				p.patternSpec(c.Pattern, slots)
				p.w(")")
				p.begin(nil)
				p.w("if " + bind + " is not None:")
			}
			p.indent++
			opened++
			if len(names) > 0 {
				p.begin(nil)
				targets := make([]string, len(names))
				for j, name := range names {
					targets[j] = p.bindTarget(name, sp)
				}
				if len(names) == 1 {
					p.w(targets[0] + " = " + bind + "[0]")
				} else {
					p.w(strings.Join(targets, ", ") + " = " + bind)
				}
			}
		}
		if c.Guard != nil {
			test := &py.If{Span: *c.Guard.NodeSpan(), Test: c.Guard}
			p.hoist(test)
			p.begin(c.Guard.NodeSpan())
			p.w("if ")
			p.expr(c.Guard, precLambda)
			p.w(":")
			p.indent++
			opened++
		}
		mark := len(p.buf)
		if usedDone && i < n-1 {
			p.begin(nil)
			p.w(done + " = True")
		}
		p.stmts(c.Body)
		if len(p.buf) == mark {
			p.begin(nil)
			p.w("pass")
		}
		p.indent -= opened
		if i > 0 {
			p.indent--
		}
	}
	if cleanup {
		temps := []string{subj}
		if usedDone {
			temps = append(temps, done)
		}
		if usedBind {
			temps = append(temps, bind)
		}
		p.begin(nil)
		p.w("del " + strings.Join(temps, ", "))
	}
}

// bindTarget returns the printed form of a name bound by a pattern.
func (p *printer) bindTarget(name string, sp *py.Span) string {
	p.checkName(name, sp)
	return p.resolveFrom(name, len(p.scopes)-1)
}

// patternNames returns the names a pattern binds, in order of first
// appearance (the alternatives of an or pattern bind the same names).
func patternNames(pat py.Pattern) []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	var visit func(pat py.Pattern)
	visit = func(pat py.Pattern) {
		switch q := pat.(type) {
		case *py.MatchAs:
			if q.Pattern != nil {
				visit(q.Pattern)
			}
			add(q.Name)
		case *py.MatchStar:
			add(q.Name)
		case *py.MatchSequence:
			for _, x := range q.Patterns {
				visit(x)
			}
		case *py.MatchMapping:
			for _, x := range q.Patterns {
				visit(x)
			}
			add(q.Rest)
		case *py.MatchClass:
			for _, x := range q.Patterns {
				visit(x)
			}
			for _, x := range q.KwdPatterns {
				visit(x)
			}
		case *py.MatchOr:
			for _, x := range q.Patterns {
				visit(x)
			}
		}
	}
	visit(pat)
	return names
}

// patternSpec prints the description of pat that __nbc_match reads.
func (p *printer) patternSpec(pat py.Pattern, slots map[string]int) {
	slot := func(name string) string {
		if name == "" {
			return "-1"
		}
		return strconv.Itoa(slots[name])
	}
	specs := func(ps []py.Pattern) {
		p.w("(")
		for i, x := range ps {
			if i > 0 {
				p.w(", ")
			}
			p.patternSpec(x, slots)
		}
		if len(ps) == 1 {
			p.w(",")
		}
		p.w(")")
	}
	switch q := pat.(type) {
	case *py.MatchAs:
		if q.Name == "" {
			p.w("None")
			return
		}
		p.w("('c', " + slot(q.Name) + ", ")
		if q.Pattern == nil {
			p.w("None")
		} else {
			p.patternSpec(q.Pattern, slots)
		}
		p.w(")")
	case *py.MatchValue:
		p.w("('v', ")
		p.expr(q.Value, precLambda)
		p.w(")")
	case *py.MatchSingleton:
		p.w("('i', ")
		p.constant(q.Value)
		p.w(")")
	case *py.MatchStar:
		p.w("('*', " + slot(q.Name) + ")")
	case *py.MatchSequence:
		star := -1
		for i, x := range q.Patterns {
			if _, ok := x.(*py.MatchStar); ok {
				star = i
			}
		}
		p.w("('s', ")
		specs(q.Patterns)
		p.w(", " + strconv.Itoa(star) + ")")
	case *py.MatchMapping:
		p.w("('m', (")
		for i, k := range q.Keys {
			if i > 0 {
				p.w(", ")
			}
			p.expr(k, precLambda)
		}
		if len(q.Keys) == 1 {
			p.w(",")
		}
		p.w("), ")
		specs(q.Patterns)
		p.w(", " + slot(q.Rest) + ")")
	case *py.MatchClass:
		p.w("('k', ")
		p.expr(q.Cls, precLambda)
		p.w(", ")
		specs(q.Patterns)
		p.w(", (")
		for i, a := range q.KwdAttrs {
			if i > 0 {
				p.w(", ")
			}
			p.w(strconv.Quote(a))
		}
		if len(q.KwdAttrs) == 1 {
			p.w(",")
		}
		p.w("), ")
		specs(q.KwdPatterns)
		p.w(")")
	case *py.MatchOr:
		p.w("('o'")
		for _, x := range q.Patterns {
			p.w(", ")
			p.patternSpec(x, slots)
		}
		p.w(")")
	default:
		p.unsupported(Match, pat.NodeSpan(), "this pattern is not supported")
		p.w("None")
	}
}
