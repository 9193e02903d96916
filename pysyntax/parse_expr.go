package pysyntax

// This file parses expressions, following the precedence levels of
// CPython's grammar (python.gram): star_expressions, named_expression,
// expression, disjunction, conjunction, inversion, comparison, the binary
// operator levels, factor, power, await_primary, primary and atom.

// canStartExpr reports whether token kind k can begin an expression.
func canStartExpr(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tFStart, tLPar, tLSqb, tLBrace, tMinus, tPlus, tTilde,
		tNot, tLambda, tAwait, tNone, tTrue, tFalse, tEllipsis:
		return true
	}
	return false
}

// starExpressions parses star_expressions: an expression, or a tuple of
// them without parentheses, items possibly starred.
func (p *parser) starExpressions() Expr {
	start := p.i
	e := p.starExpression()
	if p.kind() != tComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tComma) {
		if !canStartExpr(p.kind()) && p.kind() != tStar {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: Load}
}

// starExpression parses '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	if p.kind() == tStar {
		start := p.i
		p.i++
		v := p.bitOr()
		return &Starred{Span: p.spanFrom(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

// starNamedExpression parses '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == tStar {
		start := p.i
		p.i++
		v := p.bitOr()
		return &Starred{Span: p.spanFrom(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression parses NAME ':=' expression | expression.
func (p *parser) namedExpression() Expr {
	if p.kind() == tName && p.peek(1).kind == tColonEqual {
		start := p.i
		t := p.next()
		target := &Name{Span: spanOf(t), ID: p.text(t), Ctx: Store}
		p.i++
		v := p.expression()
		p.sawSymtable = true
		p.sawWalrus = true
		p.symCount++
		return &NamedExpr{Span: p.spanFrom(start), Target: target, Value: v}
	}
	e := p.expression()
	if p.kind() == tColonEqual {
		p.failSpan(e.NodeSpan(), "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// expression parses a conditional expression or a lambda.
func (p *parser) expression() Expr {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		p.failTok(p.tok(), "too many nested expressions")
	}
	if p.kind() == tLambda {
		return p.lambda()
	}
	start := p.i
	body := p.disjunction()
	if p.kind() != tIf {
		return body
	}
	p.i++
	test := p.disjunction()
	if p.kind() != tElse {
		t := p.tok()
		p.failAt("SyntaxError", p.toks[start].line, p.toks[start].col+1, p.prev().eline, p.prev().ecol+1, "expected 'else' after 'if' expression")
		_ = t
	}
	p.i++
	orelse := p.expression()
	return &IfExp{Span: p.spanFrom(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) disjunction() Expr {
	start := p.i
	e := p.conjunction()
	if p.kind() != tOr {
		return e
	}
	vals := []Expr{e}
	for p.got(tOr) {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Span: p.spanFrom(start), Op: Or, Values: vals}
}

func (p *parser) conjunction() Expr {
	start := p.i
	e := p.inversion()
	if p.kind() != tAnd {
		return e
	}
	vals := []Expr{e}
	for p.got(tAnd) {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Span: p.spanFrom(start), Op: And, Values: vals}
}

func (p *parser) inversion() Expr {
	if p.kind() == tNot {
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxDepth {
			p.failTok(p.tok(), "too many nested expressions")
		}
		start := p.i
		p.i++
		e := p.inversion()
		return &UnaryOp{Span: p.spanFrom(start), Op: Not, Operand: e}
	}
	return p.comparison()
}

func (p *parser) compareOp() (CmpOp, bool) {
	switch p.kind() {
	case tEqEqual:
		if p.text(p.tok()) == "<>" {
			p.failTok(p.tok(), "invalid syntax")
		}
		p.i++
		return Eq, true
	case tNotEqual:
		if p.text(p.tok()) == "<>" {
			p.failTok(p.tok(), "invalid syntax")
		}
		p.i++
		return NotEq, true
	case tLess:
		p.i++
		return Lt, true
	case tLessEqual:
		p.i++
		return LtE, true
	case tGreater:
		p.i++
		return Gt, true
	case tGreaterEqual:
		p.i++
		return GtE, true
	case tIn:
		p.i++
		return In, true
	case tNot:
		if p.peek(1).kind == tIn {
			p.i += 2
			return NotIn, true
		}
	case tIs:
		p.i++
		if p.got(tNot) {
			return IsNot, true
		}
		return Is, true
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	start := p.i
	e := p.bitOr()
	op, ok := p.compareOp()
	if !ok {
		return e
	}
	c := &Compare{Left: e}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, ok = p.compareOp()
	}
	c.Span = p.spanFrom(start)
	return c
}

// binary operator precedence levels, from bitwise_or (1) to term (6).
func binaryOp(k tokKind) (Operator, int) {
	switch k {
	case tVBar:
		return BitOr, 1
	case tCircumflex:
		return BitXor, 2
	case tAmper:
		return BitAnd, 3
	case tLeftShift:
		return LShift, 4
	case tRightShift:
		return RShift, 4
	case tPlus:
		return Add, 5
	case tMinus:
		return Sub, 5
	case tStar:
		return Mult, 6
	case tSlash:
		return Div, 6
	case tDoubleSlash:
		return FloorDiv, 6
	case tPercent:
		return Mod, 6
	case tAt:
		return MatMult, 6
	}
	return 0, 0
}

func (p *parser) bitOr() Expr { return p.binary(1) }

// binary parses left-associative binary operators of level >= min.
func (p *parser) binary(min int) Expr {
	start := p.i
	left := p.factor()
	for {
		op, prec := binaryOp(p.kind())
		if prec < min || prec == 0 {
			return left
		}
		p.i++
		right := p.binaryAbove(prec)
		b := p.slabs.binOps.alloc()
		*b = BinOp{Span: Span{p.toks[start].line, p.toks[start].col, right.NodeSpan().EndLineno, right.NodeSpan().EndColOffset}, Left: left, Op: op, Right: right}
		left = b
	}
}

// binaryAbove parses an operand of an operator of level prec: operators of
// higher levels only.
func (p *parser) binaryAbove(prec int) Expr {
	if prec >= 6 {
		return p.factor()
	}
	return p.binary(prec + 1)
}

func (p *parser) factor() Expr {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		p.failTok(p.tok(), "too many nested expressions")
	}
	var op UnaryOpKind
	switch p.kind() {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	start := p.i
	p.i++
	e := p.factor()
	return &UnaryOp{Span: p.spanFrom(start), Op: op, Operand: e}
}

func (p *parser) power() Expr {
	start := p.i
	e := p.awaitPrimary()
	if p.kind() == tDoubleStar {
		p.i++
		r := p.factor()
		return &BinOp{Span: p.spanFrom(start), Left: e, Op: Pow, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() Expr {
	if p.kind() == tAwait {
		start := p.i
		t := p.next()
		e := p.primary()
		a := &Await{Span: p.spanFrom(start), Value: e}
		p.checkAwait(t, &a.Span)
		return a
	}
	return p.primary()
}

// primary parses an atom and its trailers: calls, subscripts, attributes.
func (p *parser) primary() Expr {
	start := p.i
	e := p.atom()
	for {
		switch p.kind() {
		case tDot:
			p.i++
			t := p.expect(tName)
			a := p.slabs.attributes.alloc()
			*a = Attribute{Span: p.spanFrom(start), Value: e, Attr: p.text(t), Ctx: Load}
			e = a
		case tLPar:
			p.i++
			args, kws := p.callArgs()
			p.expect(tRPar)
			c := p.slabs.calls.alloc()
			*c = Call{Span: p.spanFrom(start), Func: e, Args: args, Keywords: kws}
			e = c
		case tLSqb:
			p.i++
			s := p.slices()
			p.expect(tRSqb)
			sub := p.slabs.subscripts.alloc()
			*sub = Subscript{Span: p.spanFrom(start), Value: e, Slice: s, Ctx: Load}
			e = sub
		default:
			return e
		}
	}
}

// slices parses the inside of a subscription.
func (p *parser) slices() Expr {
	start := p.i
	first := p.slice()
	if p.kind() != tComma {
		if st, ok := first.(*Starred); ok {
			return &Tuple{Span: st.Span, Elts: []Expr{first}, Ctx: Load}
		}
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.kind() == tRSqb {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) slice() Expr {
	start := p.i
	if p.kind() == tStar {
		return p.starExpression()
	}
	var lower Expr
	if p.kind() != tColon {
		lower = p.namedExpression()
		if p.kind() != tColon {
			return lower
		}
	}
	p.i++
	s := &Slice{Lower: lower}
	if p.kind() != tColon && p.kind() != tComma && p.kind() != tRSqb {
		s.Upper = p.expression()
	}
	if p.got(tColon) {
		if p.kind() != tComma && p.kind() != tRSqb {
			s.Step = p.expression()
		}
	}
	s.Span = p.spanFrom(start)
	return s
}

// callArgs parses a call's arguments up to the closing parenthesis.
func (p *parser) callArgs() ([]Expr, []*Keyword) {
	var buf [8]Expr // most calls fit: the result is then one exact allocation
	args := buf[:0]
	var kws []*Keyword
	open := p.i - 1
	for p.kind() != tRPar {
		start := p.i
		switch {
		case p.kind() == tStar:
			p.i++
			v := p.expression()
			args = append(args, &Starred{Span: p.spanFrom(start), Value: v, Ctx: Load})
			if p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
				p.noStarredElt(args[len(args)-1])
			}
			if len(kws) > 0 && hasDoubleStar(kws) {
				p.failSpan(&args[len(args)-1].(*Starred).Span, "iterable argument unpacking follows keyword argument unpacking")
			}
		case p.kind() == tDoubleStar:
			p.i++
			v := p.expression()
			kws = append(kws, &Keyword{Span: p.spanFrom(start), Value: v})
		case p.kind() == tName && p.peek(1).kind == tEqual:
			t := p.next()
			p.i++
			v := p.expression()
			k := p.slabs.keywords.alloc()
			*k = Keyword{Span: p.spanFrom(start), Arg: p.text(t), Value: v}
			kws = append(kws, k)
		default:
			e := p.namedExpression()
			if p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
				gens := p.comprehensionClauses()
				g := &GeneratorExp{Elt: e, Generators: gens}
				if len(args) == 0 && len(kws) == 0 && p.kind() == tRPar {
					g.Span = Span{p.toks[open].line, p.toks[open].col, p.tok().eline, p.tok().ecol}
					args = append(args, g)
					return p.exactExprs(args), kws
				}
				g.Span = p.spanFrom(start)
				if p.kind() == tComma && p.peek(1).kind == tRPar && len(args) == 0 && len(kws) == 0 {
					p.failAt("SyntaxError", p.toks[start].line, p.toks[start].col+1, p.prev().eline, p.prev().ecol+1, "Generator expression must be parenthesized")
				}
				p.failAt("SyntaxError", p.toks[start].line, p.toks[start].col+1, p.prev().eline, p.prev().ecol+1, "Generator expression must be parenthesized")
			}
			if p.kind() == tEqual {
				t := p.tok()
				p.failAt("SyntaxError", e.NodeSpan().Lineno, e.NodeSpan().ColOffset+1, t.eline, t.ecol+1, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if len(kws) > 0 {
				if hasDoubleStar(kws) {
					p.failSpan(e.NodeSpan(), "positional argument follows keyword argument unpacking")
				}
				sp := e.NodeSpan()
				p.failAt("SyntaxError", sp.EndLineno, sp.EndColOffset+1, sp.EndLineno, sp.EndColOffset+1, "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.got(tComma) {
			if p.kind() != tRPar {
				p.missingComma(start)
			}
			break
		}
	}
	return p.exactExprs(args), kws
}

// exactExprs copies es to a slice of its length (nil when empty).
func (p *parser) exactExprs(es []Expr) []Expr {
	if len(es) == 0 {
		return nil
	}
	out := p.slabs.exprLists.make(len(es))
	copy(out, es)
	return out
}

func hasDoubleStar(kws []*Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// missingComma reports "Perhaps you forgot a comma?" when another
// expression follows the one that started at token index start inside
// brackets, and the generic error otherwise.
func (p *parser) missingComma(start int) {
	st := &p.toks[start]
	if canStartExpr(p.kind()) && !(st.kind == tName && p.i == start+1 && (p.kind() == tString || p.kind() == tFStart)) {
		save := p.i
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(parseAbort); !ok {
						panic(r)
					}
					p.i = save
				}
			}()
			p.expression()
		}()
		if p.i > save {
			p.failAt("SyntaxError", st.line, st.col+1, p.prev().eline, p.prev().ecol+1, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	p.syntaxError()
}

// comprehensionClauses parses one or more for/async for clauses with ifs.
// noStarredElt refuses *x as the element of a comprehension.
func (p *parser) noStarredElt(e Expr) {
	if st, ok := e.(*Starred); ok {
		p.failSpan(&st.Span, "iterable unpacking cannot be used in comprehension")
	}
}

// A generator expression may have async clauses anywhere (it is then an
// asynchronous generator); the other comprehensions only where await is
// allowed, which their parsers check with checkAsyncComp once the
// comprehension is complete.
func (p *parser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
		c := &Comprehension{Ifs: []Expr{}}
		if p.kind() == tAsync {
			p.i++
			c.IsAsync = true
		}
		p.i++
		c.Target = p.targetList(tIn)
		p.setCtx(c.Target, Store, "")
		p.noteStarTarget(c.Target)
		p.expect(tIn)
		c.Iter = p.disjunction()
		for p.got(tIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// targetList parses star_targets up to a token of kind stop (for loops and
// comprehensions), as an expression to be given the Store context.
func (p *parser) targetList(stop tokKind) Expr {
	start := p.i
	e := p.starTarget()
	if p.kind() != tComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tComma) {
		if p.kind() == stop {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: Store}
}

func (p *parser) starTarget() Expr {
	if p.kind() == tStar {
		start := p.i
		p.i++
		v := p.bitOr()
		return &Starred{Span: p.spanFrom(start), Value: v, Ctx: Store}
	}
	return p.bitOr()
}

// atom parses an atom.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		p.i++
		n := p.slabs.names.alloc()
		*n = Name{Span: spanOf(t), ID: p.text(t), Ctx: Load}
		return n
	case tNumber:
		p.i++
		return p.number(t)
	case tString, tFStart:
		return p.strings()
	case tTrue, tFalse:
		p.i++
		return &Constant{Span: spanOf(t), Kind: ConstBool, Bool: t.kind == tTrue, Raw: p.text(t)}
	case tNone:
		p.i++
		return &Constant{Span: spanOf(t), Kind: ConstNone, Raw: "None"}
	case tEllipsis:
		p.i++
		return &Constant{Span: spanOf(t), Kind: ConstEllipsis, Raw: "..."}
	case tLPar:
		return p.parenAtom()
	case tLSqb:
		return p.listAtom()
	case tLBrace:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parenAtom() Expr {
	start := p.i
	p.i++
	if p.got(tRPar) {
		return &Tuple{Span: p.spanFrom(start), Elts: []Expr{}, Ctx: Load}
	}
	if p.kind() == tYield {
		e := p.yieldExpr()
		p.expect(tRPar)
		return e
	}
	first := p.starNamedExpression()
	if p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
		p.noStarredElt(first)
		gens := p.comprehensionClauses()
		p.expect(tRPar)
		return &GeneratorExp{Span: p.spanFrom(start), Elt: first, Generators: gens}
	}
	if p.got(tRPar) {
		if _, ok := first.(*Starred); ok {
			p.failSpan(first.NodeSpan(), "cannot use starred expression here")
		}
		return first
	}
	if p.kind() != tComma {
		p.missingComma(start + 1)
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.kind() == tRPar {
			break
		}
		s := p.i
		elts = append(elts, p.starNamedExpression())
		if p.kind() != tComma && p.kind() != tRPar {
			p.missingComma(s)
		}
	}
	p.expect(tRPar)
	return &Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) listAtom() Expr {
	start := p.i
	p.i++
	if p.got(tRSqb) {
		return &List{Span: p.spanFrom(start), Elts: []Expr{}, Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
		p.noStarredElt(first)
		gens := p.comprehensionClauses()
		p.expect(tRSqb)
		c := &ListComp{Span: p.spanFrom(start), Elt: first, Generators: gens}
		p.checkAsyncComp(gens, &c.Span)
		return c
	}
	elts := []Expr{first}
	s := start + 1
	for {
		if p.kind() != tComma && p.kind() != tRSqb {
			p.missingComma(s)
		}
		if !p.got(tComma) || p.kind() == tRSqb {
			break
		}
		s = p.i
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(tRSqb)
	return &List{Span: p.spanFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) braceAtom() Expr {
	start := p.i
	p.i++
	if p.got(tRBrace) {
		return &Dict{Span: p.spanFrom(start), Keys: []Expr{}, Values: []Expr{}}
	}
	if p.kind() == tDoubleStar || p.kind() != tStar && p.isDictStart() {
		return p.dictRest(start)
	}
	first := p.starNamedExpression()
	if p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor {
		p.noStarredElt(first)
		gens := p.comprehensionClauses()
		p.expect(tRBrace)
		c := &SetComp{Span: p.spanFrom(start), Elt: first, Generators: gens}
		p.checkAsyncComp(gens, &c.Span)
		return c
	}
	elts := []Expr{first}
	s := start + 1
	for {
		if p.kind() != tComma && p.kind() != tRBrace {
			p.missingComma(s)
		}
		if !p.got(tComma) || p.kind() == tRBrace {
			break
		}
		s = p.i
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(tRBrace)
	return &Set{Span: p.spanFrom(start), Elts: elts}
}

// isDictStart reports whether the brace display starting at the current
// token is a dict: its first expression is followed by ':'.
func (p *parser) isDictStart() bool {
	save := p.i
	ok := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, isAbort := r.(parseAbort); !isAbort {
					panic(r)
				}
			}
		}()
		p.expression()
		ok = p.kind() == tColon
	}()
	p.i = save
	return ok
}

func (p *parser) dictRest(start int) Expr {
	d := &Dict{Keys: []Expr{}, Values: []Expr{}}
	for p.kind() != tRBrace {
		if p.kind() == tDoubleStar {
			ds := p.i
			p.i++
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			if len(d.Keys) == 1 && (p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor) {
				sp := p.spanFrom(ds)
				p.failSpan(&sp, "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			k := p.expression()
			if p.kind() != tColon {
				p.syntaxError()
			}
			p.i++
			v := p.expression()
			if len(d.Keys) == 0 && (p.kind() == tFor || p.kind() == tAsync && p.peek(1).kind == tFor) {
				gens := p.comprehensionClauses()
				p.expect(tRBrace)
				c := &DictComp{Span: p.spanFrom(start), Key: k, Value: v, Generators: gens}
				p.checkAsyncComp(gens, &c.Span)
				return c
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, v)
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace)
	d.Span = p.spanFrom(start)
	return d
}

// yieldExpr parses yield [from] expressions.
func (p *parser) yieldExpr() Expr {
	start := p.i
	t := p.next()
	p.checkYield(t)
	if p.got(tFrom) {
		v := p.expression()
		return &YieldFrom{Span: p.spanFrom(start), Value: v}
	}
	y := &Yield{}
	if canStartExpr(p.kind()) || p.kind() == tStar {
		y.Value = p.starExpressions()
		p.noteStarValue(y.Value)
	}
	y.Span = p.spanFrom(start)
	return y
}

func (p *parser) lambda() Expr {
	start := p.i
	n0 := p.symCount
	p.i++
	args := p.parameters(tColon, false)
	p.expect(tColon)
	saveF, saveA, saveC, saveL := p.funcDepth, p.inAsync, p.inClass, p.loopDepth
	p.funcDepth++
	p.inAsync, p.inClass, p.loopDepth = false, false, 0
	body := p.expression()
	p.funcDepth, p.inAsync, p.inClass, p.loopDepth = saveF, saveA, saveC, saveL
	l := &Lambda{Span: p.spanFrom(start), Args: args, Body: body}
	p.noteSymScope(l, n0)
	return l
}

// parameters parses a parameter list up to the token kind end (')' for
// def, ':' for lambda); annotations are allowed for def only.
func (p *parser) parameters(end tokKind, annotated bool) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	star := false
	// The names so far: scanned while few, in a map beyond.
	var seenBuf [16]string
	seen := seenBuf[:0]
	var seenMap map[string]bool
	param := func() *Arg {
		t := p.expect(tName)
		arg := p.slabs.args.alloc()
		*arg = Arg{Span: spanOf(t), Arg: p.text(t)}
		dup := seenMap[arg.Arg]
		for _, s := range seen {
			dup = dup || s == arg.Arg
		}
		if dup {
			p.failTok(t, "duplicate argument '"+arg.Arg+"' in function definition")
		}
		if len(seen) < cap(seenBuf) {
			seen = append(seen, arg.Arg)
		} else {
			if seenMap == nil {
				seenMap = map[string]bool{}
			}
			seenMap[arg.Arg] = true
		}
		if annotated && p.got(tColon) {
			if p.kind() == tStar {
				s := p.i
				p.i++
				v := p.bitOr()
				arg.Annotation = &Starred{Span: p.spanFrom(s), Value: v, Ctx: Load}
			} else {
				arg.Annotation = p.expression()
			}
			arg.Span = joinSpan(&arg.Span, arg.Annotation.NodeSpan())
		}
		return arg
	}
	for p.kind() != end {
		switch p.kind() {
		case tSlash:
			t := p.next()
			if star || len(a.Posonlyargs) > 0 {
				p.failTok(t, "/ may appear only once")
			}
			if len(a.Args) == 0 {
				p.failTok(t, "at least one argument must precede /")
			}
			a.Posonlyargs, a.Args = a.Args, []*Arg{}
		case tStar:
			t := p.next()
			if star {
				p.failTok(t, "* argument may appear only once")
			}
			star = true
			if p.kind() == tName {
				a.Vararg = param()
			} else if p.kind() == end || p.kind() == tComma && p.peek(1).kind == end {
				p.failTok(t, "named arguments must follow bare *")
			}
		case tDoubleStar:
			p.i++
			a.Kwarg = param()
			p.got(tComma)
			if p.kind() != end {
				p.failTok(p.tok(), "arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := param()
			var def Expr
			if p.got(tEqual) {
				def = p.expression()
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.failSpan(&arg.Span, "non-default argument follows default argument")
				}
			}
		}
		if !p.got(tComma) {
			break
		}
	}
	return a
}

// setCtx gives target e the context ctx (Store or Del), checking that it
// is a valid target. what names the statement for messages: "" for an
// assignment target, "del" or "for".
func (p *parser) setCtx(e Expr, ctx Ctx, what string) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
		if e.ID == "__debug__" {
			p.failSpan(&e.Span, "cannot assign to __debug__")
		}
		return
	case *Attribute:
		e.Ctx = ctx
		return
	case *Subscript:
		e.Ctx = ctx
		return
	case *Starred:
		if ctx == Del {
			p.failSpan(&e.Span, "cannot delete starred")
		}
		e.Ctx = ctx
		p.setCtx(e.Value, ctx, what)
		return
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setCtx(x, ctx, what)
		}
		return
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setCtx(x, ctx, what)
		}
		return
	}
	verb := "assign to"
	if ctx == Del {
		verb = "delete"
	}
	p.failSpan(e.NodeSpan(), "cannot "+verb+" "+exprName(e))
}

// exprName is CPython's name for an expression kind in messages.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Kind {
		case ConstNone:
			return "None"
		case ConstBool:
			if e.Bool {
				return "True"
			}
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
