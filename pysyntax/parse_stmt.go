package pysyntax

// This file parses statements and blocks, and makes the checks CPython's
// compiler makes on top of the grammar ('return' outside function,
// 'await' outside async function, 'break' outside loop...), since a
// notebook user sees those as syntax errors too.

// statement parses one statement line (a compound statement or simple
// statements separated by ';') and appends it to body.
func (p *parser) statement(body []Stmt) []Stmt {
	switch p.kind() {
	case tIf:
		return append(body, p.ifStmt())
	case tWhile:
		return append(body, p.whileStmt())
	case tFor:
		return append(body, p.forStmt(p.i, false))
	case tTry:
		return append(body, p.tryStmt())
	case tWith:
		return append(body, p.withStmt(p.i, false))
	case tDef:
		return append(body, p.funcDef(p.i, nil, false))
	case tClass:
		return append(body, p.classDef(p.i, nil))
	case tAt:
		return append(body, p.decorated())
	case tAsync:
		return append(body, p.asyncStmt(p.i, nil))
	case tIndent:
		p.syntaxError()
	case tName:
		if p.isName("match") {
			if s := p.tryMatch(); s != nil {
				return append(body, s)
			}
		}
	}
	stmtStart := p.i
	for {
		body = append(body, p.simpleStmt())
		if !p.got(tSemi) {
			break
		}
		if p.kind() == tNewline {
			break
		}
	}
	if p.kind() != tNewline {
		if st := &p.toks[stmtStart]; st.kind == tName && (p.text(st) == "print" || p.text(st) == "exec") && p.i == stmtStart+1 && canStartExpr(p.kind()) {
			save := p.i
			p.i = stmtStart + 1
			p.starExpressions()
			if p.kind() == tNewline || p.kind() == tSemi {
				name := p.text(st)
				p.failAt("SyntaxError", st.line, st.col+1, p.prev().eline, p.prev().ecol+1, "Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
			}
			p.i = save
		}
		p.missingCommaStmt()
	}
	p.i++
	return body
}

// missingCommaStmt reports the error for junk after a simple statement.
func (p *parser) missingCommaStmt() {
	t := p.tok()
	if t.kind == tRPar || t.kind == tRSqb || t.kind == tRBrace {
		p.failTok(t, "unmatched '"+p.text(t)+"'")
	}
	p.syntaxError()
}

func (p *parser) simpleStmt() Stmt {
	start := p.i
	t := p.tok()
	switch t.kind {
	case tPass:
		p.i++
		return &Pass{Span: spanOf(t)}
	case tBreak:
		p.i++
		if p.loopDepth == 0 && !p.opts.noScopeChecks {
			p.failTok(t, "'break' outside loop")
		}
		return &Break{Span: spanOf(t)}
	case tContinue:
		p.i++
		if p.loopDepth == 0 && !p.opts.noScopeChecks {
			p.failTok(t, "'continue' not properly in loop")
		}
		return &Continue{Span: spanOf(t)}
	case tReturn:
		p.i++
		r := &Return{}
		if canStartExpr(p.kind()) || p.kind() == tStar {
			r.Value = p.starExpressions()
			p.noteStarValue(r.Value)
		}
		r.Span = p.spanFrom(start)
		if (p.funcDepth == 0 || p.inClass) && !p.opts.noScopeChecks {
			p.failSpan(&r.Span, "'return' outside function")
		}
		return r
	case tRaise:
		p.i++
		r := &Raise{}
		if canStartExpr(p.kind()) {
			r.Exc = p.expression()
			if p.got(tFrom) {
				r.Cause = p.expression()
			}
		}
		r.Span = p.spanFrom(start)
		return r
	case tGlobal, tNonlocal:
		p.i++
		var names []string
		for {
			n := p.expect(tName)
			names = append(names, p.text(n))
			if !p.got(tComma) {
				break
			}
		}
		p.sawSymtable = true
		p.symCount++
		if p.topLevel() {
			p.moduleDecl = true
		}
		if p.declared == nil {
			p.declared = map[string]bool{}
		}
		for _, n := range names {
			p.declared[n] = true
		}
		if t.kind == tGlobal {
			return &Global{Span: p.spanFrom(start), Names: names}
		}
		nl := &Nonlocal{Span: p.spanFrom(start), Names: names}
		if p.funcDepth == 0 && !p.inClass && !p.opts.noScopeChecks {
			p.failSpan(&nl.Span, "nonlocal declaration not allowed at module level")
		}
		return nl
	case tDel:
		p.i++
		targets := []Expr{}
		for {
			if p.kind() == tStar {
				s := p.i
				p.i++
				p.bitOr()
				sp := p.spanFrom(s)
				p.failSpan(&sp, "cannot delete starred")
			}
			e := p.bitOr()
			p.setCtx(e, Del, "del")
			targets = append(targets, e)
			if !p.got(tComma) || p.kind() == tNewline || p.kind() == tSemi {
				break
			}
		}
		return &Delete{Span: p.spanFrom(start), Targets: targets}
	case tAssert:
		p.i++
		a := &Assert{Test: p.expression()}
		if p.got(tComma) {
			a.Msg = p.expression()
		}
		a.Span = p.spanFrom(start)
		return a
	case tImport:
		return p.importStmt()
	case tFrom:
		return p.fromImport()
	case tName:
		if p.isName("type") && p.peek(1).kind == tName && (p.peek(2).kind == tEqual || p.peek(2).kind == tLSqb) {
			return p.typeAlias()
		}
	}
	return p.exprStmt()
}

func (p *parser) exprStmt() Stmt {
	start := p.i
	var e Expr
	if p.kind() == tYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.kind(); k {
	case tEqual:
		targets := p.slabs.exprLists.make(1)
		targets[0] = e
		var value Expr
		for p.got(tEqual) {
			if p.kind() == tYield {
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			if p.kind() == tEqual {
				targets = append(targets, value)
			}
		}
		mark := p.bareStar
		for _, t := range targets {
			p.checkAssignTop(t)
			p.setCtx(t, Store, "")
			p.noteStarTarget(t)
		}
		if st, ok := value.(*Starred); ok && (p.bareStar == nil || p.bareStar != mark) {
			// CPython compiles the value before the targets.
			p.bareStar = st
		}
		a := p.slabs.assigns.alloc()
		*a = Assign{Span: p.spanFrom(start), Targets: targets, Value: value}
		return a
	case tColon:
		p.i++
		simple := false
		switch e.(type) {
		case *Name:
			simple = p.toks[start].kind != tLPar
		case *Attribute, *Subscript:
		case *Tuple:
			p.failSpan(e.NodeSpan(), "only single target (not tuple) can be annotated")
		case *List:
			p.failSpan(e.NodeSpan(), "only single target (not list) can be annotated")
		default:
			p.failSpan(e.NodeSpan(), "illegal target for annotation")
		}
		p.setCtx(e, Store, "")
		a := &AnnAssign{Target: e, Annotation: p.expression(), Simple: simple}
		if p.got(tEqual) {
			if p.kind() == tYield {
				a.Value = p.yieldExpr()
			} else {
				a.Value = p.starExpressions()
				p.noteStarValue(a.Value)
			}
		}
		a.Span = p.spanFrom(start)
		return a
	default:
		if op, ok := augOp(k); ok {
			switch e.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.failSpan(e.NodeSpan(), "'"+exprName(e)+"' is an illegal expression for augmented assignment")
			}
			p.i++
			p.setCtx(e, Store, "")
			var v Expr
			if p.kind() == tYield {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
				p.noteStarValue(v)
			}
			return &AugAssign{Span: p.spanFrom(start), Target: e, Op: op, Value: v}
		}
	}
	if st, ok := e.(*Starred); ok {
		p.failSpan(&st.Span, "can't use starred expression here")
	}
	es := p.slabs.exprStmts.alloc()
	*es = ExprStmt{Span: p.spanFrom(start), Value: e}
	return es
}

// checkAssignTop checks one target of an assignment; a lone invalid
// operand gets CPython's "Maybe you meant '=='" hint.
func (p *parser) checkAssignTop(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript, *Starred, *Tuple, *List:
		p.checkAssignTarget(e)
		return
	case *Compare, *BoolOp, *IfExp, *Lambda, *Yield, *YieldFrom, *NamedExpr, *GeneratorExp:
		p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e))
	case *UnaryOp:
		if e.Op == Not {
			p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e))
		}
	case *Constant:
		if e.Kind == ConstNone || e.Kind == ConstBool {
			p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e))
		}
	}
	p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// checkAssignTarget reports CPython's invalid_assignment messages.
func (p *parser) checkAssignTarget(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Starred:
		p.checkAssignTarget(e.Value)
		return
	case *Tuple:
		for _, x := range e.Elts {
			p.checkAssignTarget(x)
		}
		return
	case *List:
		for _, x := range e.Elts {
			p.checkAssignTarget(x)
		}
		return
	}
	p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e))
}

func augOp(k tokKind) (Operator, bool) {
	switch k {
	case tPlusEqual:
		return Add, true
	case tMinEqual:
		return Sub, true
	case tStarEqual:
		return Mult, true
	case tAtEqual:
		return MatMult, true
	case tSlashEqual:
		return Div, true
	case tPercentEqual:
		return Mod, true
	case tDoubleStarEqual:
		return Pow, true
	case tLeftShiftEqual:
		return LShift, true
	case tRightShiftEqual:
		return RShift, true
	case tVBarEqual:
		return BitOr, true
	case tCircumflexEqual:
		return BitXor, true
	case tAmperEqual:
		return BitAnd, true
	case tDoubleSlashEqual:
		return FloorDiv, true
	}
	return 0, false
}

func (p *parser) dottedName() string {
	t := p.expect(tName)
	s := p.text(t)
	for p.kind() == tDot && p.peek(1).kind == tName {
		p.i++
		s += "." + p.text(p.next())
	}
	return s
}

func (p *parser) importStmt() Stmt {
	start := p.i
	p.i++
	var names []*Alias
	for {
		s := p.i
		a := &Alias{Name: p.dottedName()}
		if p.got(tAs) {
			a.Asname = p.text(p.expect(tName))
		}
		a.Span = p.spanFrom(s)
		names = append(names, a)
		if !p.got(tComma) {
			break
		}
	}
	return &Import{Span: p.spanFrom(start), Names: names}
}

func (p *parser) fromImport() Stmt {
	start := p.i
	p.i++
	imp := &ImportFrom{}
	for {
		if p.got(tDot) {
			imp.Level++
		} else if p.got(tEllipsis) {
			imp.Level += 3
		} else {
			break
		}
	}
	if p.kind() != tImport {
		imp.Module = p.dottedName()
	}
	p.expect(tImport)
	if p.kind() == tStar {
		t := p.next()
		imp.Names = []*Alias{{Span: spanOf(t), Name: "*"}}
		if p.funcDepth > 0 {
			p.failTok(t, "import * only allowed at module level")
		}
	} else {
		paren := p.got(tLPar)
		for {
			s := p.i
			a := &Alias{Name: p.text(p.expect(tName))}
			if p.got(tAs) {
				a.Asname = p.text(p.expect(tName))
			}
			a.Span = p.spanFrom(s)
			imp.Names = append(imp.Names, a)
			if !p.got(tComma) {
				break
			}
			if paren && p.kind() == tRPar {
				break
			}
			if !paren && (p.kind() == tNewline || p.kind() == tSemi) {
				p.failTok(p.tok(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(tRPar)
		}
	}
	imp.Span = p.spanFrom(start)
	if imp.Module == "__future__" {
		for _, a := range imp.Names {
			switch a.Name {
			case "annotations", "generator_stop", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "nested_scopes", "generators":
			case "braces":
				p.failSpan(&imp.Span, "not a chance")
			default:
				p.failSpan(&imp.Span, "future feature "+a.Name+" is not defined")
			}
		}
	}
	return imp
}

func (p *parser) typeAlias() Stmt {
	start := p.i
	p.i++
	t := p.next()
	name := &Name{Span: spanOf(t), ID: p.text(t), Ctx: Store}
	tps := p.typeParams()
	p.expect(tEqual)
	v := p.expression()
	return &TypeAlias{Span: p.spanFrom(start), Name: name, TypeParams: tps, Value: v}
}

// typeParams parses an optional [T, *Ts, **P] list.
func (p *parser) typeParams() []TypeParam {
	tps := []TypeParam{}
	if !p.got(tLSqb) {
		return tps
	}
	for p.kind() != tRSqb {
		s := p.i
		switch {
		case p.got(tStar):
			n := p.expect(tName)
			tps = append(tps, &TypeVarTuple{Span: p.spanFrom(s), Name: p.text(n)})
		case p.got(tDoubleStar):
			n := p.expect(tName)
			tps = append(tps, &ParamSpec{Span: p.spanFrom(s), Name: p.text(n)})
		default:
			n := p.expect(tName)
			tv := &TypeVar{Name: p.text(n)}
			if p.got(tColon) {
				tv.Bound = p.expression()
			}
			tv.Span = p.spanFrom(s)
			tps = append(tps, tv)
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRSqb)
	return tps
}

// expectColon consumes the ':' that opens a block.
func (p *parser) expectColon() {
	if p.kind() != tColon {
		t := p.prev()
		if p.kind() == tNewline || p.kind() == tEOF {
			p.failAt("SyntaxError", t.eline, t.ecol+1, t.eline, t.ecol+1, "expected ':'")
		}
		p.syntaxError()
	}
	p.i++
}

// block parses the body after a ':'; what and line name the statement in
// "expected an indented block after ..." errors.
func (p *parser) block(what string, line int) []Stmt {
	if p.kind() != tNewline {
		var body []Stmt
		for {
			body = append(body, p.simpleStmt())
			if !p.got(tSemi) || p.kind() == tNewline {
				break
			}
		}
		if p.kind() != tNewline {
			p.missingCommaStmt()
		}
		p.i++
		return body
	}
	p.i++
	if p.kind() != tIndent {
		t := p.tok()
		p.failAt("IndentationError", t.line, t.col+1, t.line, t.col+1, "expected an indented block after "+what+" on line "+itoa(line))
	}
	p.i++
	// The statements gather on p.stmtStack (nested blocks above them),
	// so that the result is one allocation of the right size.
	base := len(p.stmtStack)
	for p.kind() != tDedent && p.kind() != tEOF {
		p.stmtStack = p.statement(p.stmtStack)
	}
	p.got(tDedent)
	body := p.stmtStack[base:]
	p.stmtStack = p.stmtStack[:base]
	if len(body) == 0 {
		return nil
	}
	out := p.slabs.stmtLists.make(len(body))
	copy(out, body)
	return out
}

func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func (p *parser) ifStmt() Stmt {
	start := p.i
	kw := p.next()
	what := "'if' statement"
	if kw.kind == tElif {
		what = "'elif' statement"
	}
	test := p.namedExpression()
	p.expectColon()
	body := p.block(what, kw.line)
	s := &If{Test: test, Body: body, Orelse: []Stmt{}}
	switch p.kind() {
	case tElif:
		s.Orelse = []Stmt{p.ifStmt()}
	case tElse:
		e := p.next()
		p.expectColon()
		s.Orelse = p.block("'else' statement", e.line)
	}
	s.Span = p.spanFrom(start)
	return s
}

func (p *parser) loopBody(what string, line int) []Stmt {
	p.loopDepth++
	body := p.block(what, line)
	p.loopDepth--
	return body
}

func (p *parser) elseBlock() []Stmt {
	if p.kind() == tElse {
		e := p.next()
		p.expectColon()
		return p.block("'else' statement", e.line)
	}
	return []Stmt{}
}

func (p *parser) whileStmt() Stmt {
	start := p.i
	kw := p.next()
	test := p.namedExpression()
	p.expectColon()
	body := p.loopBody("'while' statement", kw.line)
	s := &While{Test: test, Body: body, Orelse: p.elseBlock()}
	s.Span = p.spanFrom(start)
	return s
}

func (p *parser) forStmt(start int, async bool) Stmt {
	kw := p.next()
	target := p.targetList(tIn)
	p.checkForTarget(target)
	p.setCtx(target, Store, "for")
	p.noteStarTarget(target)
	p.expect(tIn)
	iter := p.starExpressions()
	p.noteStarValue(iter)
	p.expectColon()
	body := p.loopBody("'for' statement", kw.line)
	orelse := p.elseBlock()
	if async {
		return &AsyncFor{Span: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Span: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// noteStarTarget records a bare starred assignment target (*a = b, for
// *a in b), which CPython's compiler refuses once the parse is done.
func (p *parser) noteStarTarget(e Expr) {
	if st, ok := e.(*Starred); ok && p.bareStar == nil {
		p.bareStar = st
	}
}

// noteStarValue records a bare starred value (return *a, x = *a), which
// CPython's compiler refuses once the parse is done.
func (p *parser) noteStarValue(e Expr) {
	p.noteStarTarget(e)
}

func (p *parser) checkForTarget(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
	case *Starred:
		p.checkForTarget(e.Value)
	case *Tuple:
		for _, x := range e.Elts {
			p.checkForTarget(x)
		}
	case *List:
		for _, x := range e.Elts {
			p.checkForTarget(x)
		}
	default:
		p.failSpan(e.NodeSpan(), "cannot assign to "+exprName(e))
	}
}

func (p *parser) withStmt(start int, async bool) Stmt {
	kw := p.next()
	var items []*WithItem
	parsed := false
	if p.kind() == tLPar {
		// Parenthesized items: (a as b, c,) followed by ':'.
		save := p.i
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(parseAbort); !ok {
						panic(r)
					}
					p.i, items = save, nil
				}
			}()
			p.i++
			for p.kind() != tRPar {
				items = append(items, p.withItem())
				if !p.got(tComma) {
					break
				}
			}
			p.expect(tRPar)
			if p.kind() != tColon || len(items) == 0 {
				// with (): is one item, the empty tuple.
				panic(parseAbort{})
			}
			parsed = true
		}()
	}
	if !parsed {
		for {
			items = append(items, p.withItem())
			if !p.got(tComma) {
				break
			}
		}
	}
	p.expectColon()
	body := p.block("'with' statement", kw.line)
	if async {
		return &AsyncWith{Span: p.spanFrom(start), Items: items, Body: body}
	}
	return &With{Span: p.spanFrom(start), Items: items, Body: body}
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.got(tAs) {
		w.OptionalVars = p.starTarget()
		p.checkForTarget(w.OptionalVars)
		p.setCtx(w.OptionalVars, Store, "with")
		p.noteStarTarget(w.OptionalVars)
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	start := p.i
	kw := p.next()
	p.expectColon()
	body := p.block("'try' statement", kw.line)
	handlers := []*ExceptHandler{}
	star := false
	for p.kind() == tExcept {
		hs := p.i
		e := p.next()
		h := &ExceptHandler{}
		what := "'except' statement"
		if p.got(tStar) {
			star = true
			what = "'except*' statement"
		} else if star {
			p.failTok(e, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if p.kind() != tColon {
			h.Type = p.expression()
			if p.kind() == tComma {
				s := h.Type.NodeSpan()
				p.i++
				p.expression()
				p.failAt("SyntaxError", s.Lineno, s.ColOffset+1, p.prev().eline, p.prev().ecol+1, "multiple exception types must be parenthesized")
			}
			if p.got(tAs) {
				h.Name = p.text(p.expect(tName))
			}
		} else if star {
			p.failTok(p.tok(), "expected one or more exception types")
		}
		p.expectColon()
		h.Body = p.block(what, e.line)
		h.Span = p.spanFrom(hs)
		handlers = append(handlers, h)
	}
	orelse := []Stmt{}
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	final := []Stmt{}
	if p.kind() == tFinally {
		f := p.next()
		p.expectColon()
		final = p.block("'finally' statement", f.line)
	}
	if len(handlers) == 0 && len(final) == 0 {
		t := p.tok()
		p.failTok(t, "expected 'except' or 'finally' block")
	}
	if star {
		p.checkExceptStar(handlers)
		return &TryStar{Span: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Span: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.got(tAt) {
		decos = append(decos, p.namedExpression())
		p.expect(tNewline)
	}
	start := p.i
	switch p.kind() {
	case tDef:
		return p.funcDef(start, decos, false)
	case tClass:
		return p.classDef(start, decos)
	case tAsync:
		return p.asyncStmt(start, decos)
	}
	p.syntaxError()
	return nil
}

func (p *parser) asyncStmt(start int, decos []Expr) Stmt {
	at := p.next()
	switch p.kind() {
	case tDef:
		return p.funcDef(start, decos, true)
	case tFor:
		if decos == nil {
			p.checkAsyncStmt(at, "'async for' outside async function")
			return p.forStmt(start, true)
		}
	case tWith:
		if decos == nil {
			p.checkAsyncStmt(at, "'async with' outside async function")
			return p.withStmt(start, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(start int, decos []Expr, async bool) Stmt {
	n0 := p.symCount
	kw := p.next()
	name := p.text(p.expect(tName))
	tps := p.typeParams()
	p.expect(tLPar)
	args := p.parameters(tRPar, true)
	p.expect(tRPar)
	var returns Expr
	if p.got(tRArrow) {
		returns = p.expression()
	}
	p.expectColon()
	saveF, saveA, saveC, saveL := p.funcDepth, p.inAsync, p.inClass, p.loopDepth
	p.funcDepth++
	p.inAsync, p.inClass, p.loopDepth = async, false, 0
	body := p.block("function definition", kw.line)
	p.funcDepth, p.inAsync, p.inClass, p.loopDepth = saveF, saveA, saveC, saveL
	if decos == nil {
		decos = []Expr{}
	}
	var f Stmt
	if async {
		f = &AsyncFunctionDef{Span: p.spanFrom(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps}
	} else {
		f = &FunctionDef{Span: p.spanFrom(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps}
	}
	p.noteSymScope(f, n0)
	return f
}

func (p *parser) classDef(start int, decos []Expr) Stmt {
	n0 := p.symCount
	kw := p.next()
	c := &ClassDef{Name: p.text(p.expect(tName)), Bases: []Expr{}, Keywords: []*Keyword{}, DecoratorList: decos}
	c.TypeParams = p.typeParams()
	if p.got(tLPar) {
		args, kws := p.callArgs()
		p.expect(tRPar)
		if args != nil {
			c.Bases = args
		}
		if kws != nil {
			c.Keywords = kws
		}
	}
	p.expectColon()
	saveC, saveL := p.inClass, p.loopDepth
	p.inClass, p.loopDepth = true, 0
	c.Body = p.block("class definition", kw.line)
	p.inClass, p.loopDepth = saveC, saveL
	if c.DecoratorList == nil {
		c.DecoratorList = []Expr{}
	}
	c.Span = p.spanFrom(start)
	p.noteSymScope(c, n0)
	return c
}

// topLevel reports whether the parser is outside every def, lambda and
// class body.
func (p *parser) topLevel() bool { return p.funcDepth == 0 && !p.inClass }

func (p *parser) checkAwait(t *token, sp *Span) {
	if p.opts.noScopeChecks || p.inAsync && !p.inClass || p.opts.TopLevelAwait && p.topLevel() {
		return
	}
	if p.funcDepth == 0 || p.inClass {
		p.failSpan(sp, "'await' outside function")
	}
	p.failSpan(sp, "'await' outside async function")
}

// checkAsyncComp refuses a list, set or dict comprehension with an async
// clause where await is not allowed, at the comprehension as CPython does.
func (p *parser) checkAsyncComp(gens []*Comprehension, sp *Span) {
	if p.opts.noScopeChecks || p.inAsync && !p.inClass || p.opts.TopLevelAwait && p.topLevel() {
		return
	}
	for _, g := range gens {
		if g.IsAsync {
			p.failSpan(sp, "asynchronous comprehension outside of an asynchronous function")
		}
	}
}

func (p *parser) checkAsyncStmt(t *token, msg string) {
	if p.opts.noScopeChecks || p.inAsync && !p.inClass || p.opts.TopLevelAwait && p.topLevel() {
		return
	}
	p.failTok(t, msg)
}

func (p *parser) checkYield(t *token) {
	if p.opts.noScopeChecks {
		return
	}
	if p.funcDepth == 0 || p.inClass {
		p.failTok(t, "'yield' outside function")
	}
}
