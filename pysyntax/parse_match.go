package pysyntax

// This file parses match statements (PEP 634) and their patterns. match
// and case are soft keywords: a line starting with the name match is a
// match statement only if it parses as one.

// tryMatch parses a match statement at the current token, or returns nil
// (with the position unchanged) when the line is not one.
func (p *parser) tryMatch() (s Stmt) {
	save := p.i
	start := p.i
	kw := p.next()
	if !canStartExpr(p.kind()) && p.kind() != tStar {
		p.i = save
		return nil
	}
	var subject Expr
	ok := func() (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if _, isAbort := r.(parseAbort); !isAbort {
					panic(r)
				}
				ok = false
			}
		}()
		subject = p.matchSubject()
		return p.kind() == tColon && p.peek(1).kind == tNewline
	}()
	if !ok {
		p.i = save
		return nil
	}
	p.i += 2
	if p.kind() != tIndent {
		t := p.tok()
		p.failAt("IndentationError", t.line, t.col+1, t.line, t.col+1, "expected an indented block after 'match' statement on line "+itoa(kw.line))
	}
	p.i++
	m := &Match{Subject: subject}
	for p.kind() != tDedent && p.kind() != tEOF {
		if !p.isName("case") {
			p.syntaxError()
		}
		m.Cases = append(m.Cases, p.matchCase())
	}
	p.got(tDedent)
	m.Span = p.spanFrom(start)
	p.checkMatch(m)
	return m
}

func (p *parser) matchSubject() Expr {
	start := p.i
	e := p.starNamedExpression()
	if p.kind() != tComma {
		if _, ok := e.(*Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []Expr{e}
	for p.got(tComma) {
		if p.kind() == tColon {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) matchCase() *MatchCase {
	kw := p.next()
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(tIf) {
		c.Guard = p.namedExpression()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", kw.line)
	return c
}

// patterns parses the top pattern of a case: an open sequence or a pattern.
func (p *parser) patterns() Pattern {
	start := p.i
	first := p.maybeStarPattern()
	if p.kind() != tComma {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{Span: p.spanFrom(start), Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.got(tComma) {
		if p.kind() == tColon || p.kind() == tIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Span: p.spanFrom(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == tStar {
		start := p.i
		p.i++
		t := p.expect(tName)
		ms := &MatchStar{Span: p.spanFrom(start)}
		if n := p.text(t); n != "_" {
			ms.Name = n
		}
		return ms
	}
	return p.pattern()
}

// pattern parses as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	start := p.i
	pat := p.orPattern()
	if p.got(tAs) {
		t := p.expect(tName)
		n := p.text(t)
		if n == "_" {
			p.failTok(t, "cannot use '_' as a target")
		}
		return &MatchAs{Span: p.spanFrom(start), Pattern: pat, Name: n}
	}
	return pat
}

func (p *parser) orPattern() Pattern {
	start := p.i
	first := p.closedPattern()
	if p.kind() != tVBar {
		return first
	}
	pats := []Pattern{first}
	for p.got(tVBar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Span: p.spanFrom(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	start := p.i
	t := p.tok()
	switch t.kind {
	case tNone, tTrue, tFalse:
		p.i++
		c := p.atomConst(t)
		return &MatchSingleton{Span: spanOf(t), Value: c}
	case tNumber, tMinus:
		v := p.signedNumber()
		return &MatchValue{Span: p.spanFrom(start), Value: v}
	case tString, tFStart:
		v := p.strings()
		if _, ok := v.(*JoinedStr); ok {
			p.failSpan(v.NodeSpan(), "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{Span: p.spanFrom(start), Value: v}
	case tLPar:
		p.i++
		if p.got(tRPar) {
			return &MatchSequence{Span: p.spanFrom(start), Patterns: []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.got(tRPar) {
			if _, ok := first.(*MatchStar); ok {
				return &MatchSequence{Span: p.spanFrom(start), Patterns: []Pattern{first}}
			}
			return first
		}
		pats := []Pattern{first}
		for p.got(tComma) {
			if p.kind() == tRPar {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(tRPar)
		return &MatchSequence{Span: p.spanFrom(start), Patterns: pats}
	case tLSqb:
		p.i++
		pats := []Pattern{}
		for p.kind() != tRSqb {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRSqb)
		return &MatchSequence{Span: p.spanFrom(start), Patterns: pats}
	case tLBrace:
		return p.mappingPattern()
	case tName:
		if p.peek(1).kind != tDot && p.peek(1).kind != tLPar {
			p.i++
			n := p.text(t)
			if n == "_" {
				return &MatchAs{Span: spanOf(t)}
			}
			return &MatchAs{Span: spanOf(t), Name: n}
		}
		var e Expr = &Name{Span: spanOf(t), ID: p.text(t), Ctx: Load}
		p.i++
		for p.got(tDot) {
			a := p.expect(tName)
			e = &Attribute{Span: p.spanFrom(start), Value: e, Attr: p.text(a), Ctx: Load}
		}
		if p.kind() == tLPar {
			return p.classPattern(start, e)
		}
		return &MatchValue{Span: p.spanFrom(start), Value: e}
	}
	p.syntaxError()
	return nil
}

func (p *parser) atomConst(t *token) *Constant {
	switch t.kind {
	case tNone:
		return &Constant{Span: spanOf(t), Kind: ConstNone, Raw: "None"}
	}
	return &Constant{Span: spanOf(t), Kind: ConstBool, Bool: t.kind == tTrue, Raw: p.text(t)}
}

// signedNumber parses a literal number pattern: -1, 1.5, 1+2j, -1-2j.
func (p *parser) signedNumber() Expr {
	start := p.i
	var e Expr
	if p.got(tMinus) {
		t := p.expect(tNumber)
		e = &UnaryOp{Span: p.spanFrom(start), Op: USub, Operand: p.number(t)}
	} else {
		e = p.number(p.expect(tNumber))
	}
	if p.kind() == tPlus || p.kind() == tMinus {
		op := Add
		if p.kind() == tMinus {
			op = Sub
		}
		p.i++
		t := p.expect(tNumber)
		r := p.number(t)
		if r.(*Constant).Kind != ConstComplex {
			p.failSpan(r.NodeSpan(), "imaginary number required in complex literal")
		}
		e = &BinOp{Span: p.spanFrom(start), Left: e, Op: op, Right: r}
	}
	return e
}

func (p *parser) mappingPattern() Pattern {
	start := p.i
	p.i++
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.kind() != tRBrace {
		if p.got(tDoubleStar) {
			t := p.expect(tName)
			if m.Rest = p.text(t); m.Rest == "_" {
				p.failTok(t, "invalid syntax")
			}
			p.got(tComma)
			break
		}
		var key Expr
		switch p.kind() {
		case tNone, tTrue, tFalse:
			key = p.atomConst(p.next())
		case tNumber, tMinus:
			key = p.signedNumber()
		case tString:
			key = p.strings()
		case tName:
			s := p.i
			t := p.next()
			key = &Name{Span: spanOf(t), ID: p.text(t), Ctx: Load}
			if p.kind() != tDot {
				p.syntaxError()
			}
			for p.got(tDot) {
				a := p.expect(tName)
				key = &Attribute{Span: p.spanFrom(s), Value: key, Attr: p.text(a), Ctx: Load}
			}
		default:
			p.syntaxError()
		}
		p.expect(tColon)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace)
	m.Span = p.spanFrom(start)
	return m
}

func (p *parser) classPattern(start int, cls Expr) Pattern {
	p.i++
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for p.kind() != tRPar {
		if p.kind() == tName && p.peek(1).kind == tEqual {
			n := p.next()
			p.i++
			c.KwdAttrs = append(c.KwdAttrs, p.text(n))
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.failSpan(pat.NodeSpan(), "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRPar)
	c.Span = p.spanFrom(start)
	return c
}
