package transpile

// This file is the printer: one walk over the syntax tree that writes
// gpython-dialect source. Plain constructs print as they are; modern ones
// call into the lower_*.go files. Each statement starts on its original
// line when the output has not run ahead of it (blank lines pad), and the
// line map records where it landed.

import (
	"strconv"
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// Precedence levels of expressions, lowest first.
const (
	precYield  = iota // yield needs parentheses everywhere else
	precLambda        // lambda
	precIfExp         // a if b else c
	precOr
	precAnd
	precNot
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
	precPow
	precAtom
)

// scopeKind is the kind of a printer scope.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunc
	scopeClass
	scopeLambda
	scopeComp
)

// pscope is one scope on the printer's stack.
type pscope struct {
	kind   scopeKind
	data   *scopeData        // nil for the module
	rename map[string]string // captured arguments and their cell copies
	// className is the class's name (class scopes) for mangling, and
	// classExpr the expression that names it from inside its methods.
	className, classExpr string
	// firstArg is a function's first positional parameter, and method
	// reports a function defined directly in a class body.
	firstArg string
	method   bool
	// annInit reports a class body whose __annotations__ exists.
	annInit bool
	// env and envDefs are a comprehension's free variables passed as
	// getters through its first iterable, and the getters' text
	// (C-FREEVAR, lower_freevar.go).
	env, envDefs []string
	// annot reports the hidden function of a generic definition
	// (lower_typeparams.go), which methods and super() look through.
	annot bool
}

// printer is the state of one transpile.
type printer struct {
	noChecks bool // Options.NoChecks
	src      string
	buf      []byte
	line     int // 0-based line being written
	bol      bool
	indent   int
	lm       *LineMap
	errs     ErrorList
	features Feature
	an       analyzer
	scopes   []*pscope
	cell     *cellPlan
	tmp      int
	hoisted  map[*py.NamedExpr]bool
	// noWalrus: the tree has no assignment expression, so no statement
	// needs hoisting (module sets it from the parser's facts).
	noWalrus bool
	// cur is the statement being printed, for positions of errors in
	// lowered code that has no span of its own.
	cur *py.Span
	// extraKw holds hidden keyword-only parameters for the next params
	// call (C-FREEVAR getters).
	extraKw []string
	// freeCells are the names of the last freeGetters passed as cells.
	freeCells map[string]bool
	// synth holds the spans of the reserved names and hidden functions
	// that lowering made in the tree (lower_typeparams.go), which
	// checkName accepts; tpCount numbers those functions.
	synth   map[*py.Span]bool
	tpCount int
	// root is the tree being printed; bound and facts are
	// lower_binop.go's analyses of it.
	root  py.Node
	bound map[string]bool
	facts map[*scopeData]*binFacts
}

func newPrinter(src string) *printer {
	lines := strings.Count(src, "\n")
	return &printer{src: src, bol: true, lm: &LineMap{Mappings: make([]Mapping, 0, lines+lines/4+16)}, buf: make([]byte, 0, len(src)+len(src)/4+16)}
}

func (p *printer) w(s string) { p.buf = append(p.buf, s...) }

func (p *printer) nl() {
	p.buf = append(p.buf, '\n')
	p.line++
	p.bol = true
}

// begin starts a new line for code from sp, padding with blank lines up to
// sp's original line, and writes the indentation.
func (p *printer) begin(sp *py.Span) {
	if !p.bol {
		p.nl()
	}
	if sp != nil {
		for p.line < sp.Lineno-1 {
			p.nl()
		}
		p.lm.add(p.line, sp.Lineno-1, sp.ColOffset)
	}
	for i := 0; i < p.indent; i++ {
		p.w("    ")
	}
	p.bol = false
}

// unsupported is the one gate for constructs that cannot be lowered.
func (p *printer) unsupported(f Feature, sp *py.Span, msg string) {
	if sp == nil {
		sp = p.cur
	}
	pos := Pos{}
	if sp != nil {
		pos = Pos{sp.Lineno, sp.ColOffset + 1}
		if p.cell != nil {
			pos.Col += p.cell.colShift[sp.Lineno-1]
		}
	}
	p.features |= f
	p.errs = append(p.errs, &UnsupportedError{Feature: f, Pos: pos, Msg: msg})
}

func (p *printer) newTemp(kind string) string {
	p.tmp++
	return "__nbc_" + kind + strconv.Itoa(p.tmp)
}

func (p *printer) top() *pscope { return p.scopes[len(p.scopes)-1] }

func (p *printer) module(m *py.Module) {
	p.scopes = []*pscope{{kind: scopeModule}}
	p.noWalrus = !m.MayHaveWalrus()
	p.checkIdents(m)
	m.Body = p.lowerTypeParams(m.Body)
	body := m.Body
	var last *py.ExprStmt
	if p.cell != nil && len(body) > 0 {
		if es, ok := body[len(body)-1].(*py.ExprStmt); ok && !p.cell.quiet(es) {
			last = es
		}
		if p.cell.cellMagic != "" {
			p.begin(&py.Span{Lineno: 1})
			p.w(p.cell.cellMagic + "_start()")
		}
	}
	for i, s := range body {
		if last != nil && i == len(body)-1 {
			p.displayStmt(last)
			break
		}
		p.stmt(s)
	}
	if p.cell != nil && p.cell.cellMagic != "" && last == nil {
		p.begin(nil)
		p.w(p.cell.cellMagic + "_stop()")
	}
	if !p.bol {
		p.nl()
	}
}

// displayStmt prints the last expression of a cell through the display
// hook.
func (p *printer) displayStmt(s *py.ExprStmt) {
	if p.pinfoStmt(s) {
		return
	}
	p.features |= Display
	p.cur = &s.Span
	p.hoist(s)
	p.begin(&s.Span)
	line := s.Lineno - 1
	timed := p.cell.timeLines[line]
	switch {
	case p.cell.cellMagic == "__nbc_timeit" || timed == "__nbc_timeit":
		if timed != "" {
			p.w(timed + "_start(); ")
		}
		p.expr(s.Value, precYield)
		p.w("; __nbc_timeit_stop()")
	case p.cell.cellMagic == "__nbc_time" || timed == "__nbc_time":
		if timed != "" {
			p.w("__nbc_time_start(); ")
		}
		p.w("__nbc_display(__nbc_time_stop(")
		p.expr(s.Value, precLambda)
		p.w("))")
	default:
		p.w("__nbc_display(")
		p.expr(s.Value, precLambda)
		p.w(")")
	}
}

func (p *printer) stmts(body []py.Stmt) {
	for _, s := range body {
		p.stmt(s)
	}
}

// block prints an indented body after a header that ends with ':'.
func (p *printer) block(body []py.Stmt) {
	p.indent++
	n := len(p.buf)
	p.stmts(body)
	if len(p.buf) == n {
		p.begin(nil)
		p.w("pass")
	}
	p.indent--
}

func (p *printer) stmt(s py.Stmt) {
	sp := s.NodeSpan()
	p.cur = sp
	if p.cell != nil {
		if m := p.cell.timeLines[sp.Lineno-1]; m != "" {
			p.timedStmt(s, m)
			return
		}
		if p.pinfoStmt(s) {
			return
		}
		if code := p.cell.magicLines[sp.Lineno-1]; code != "" {
			if _, ok := s.(*py.Pass); ok {
				p.begin(sp)
				p.w(code)
				return
			}
		}
	}
	p.hoist(s)
	p.stmtBody(s)
}

// pinfoStmt prints IPython's `name?` as __nbc_pinfo('name', lambda: name)
// and reports whether s was one.
func (p *printer) pinfoStmt(s py.Stmt) bool {
	es, ok := s.(*py.ExprStmt)
	if !ok || p.cell == nil || p.cell.pinfoLines[es.Lineno-1] == "" {
		return false
	}
	p.begin(es.NodeSpan())
	p.w("__nbc_pinfo(" + strconv.Quote(p.cell.pinfoLines[es.Lineno-1]) + ", lambda: ")
	p.expr(es.Value, precLambda)
	p.w(")")
	return true
}

// timedStmt prints a statement prefixed by %time or %timeit.
func (p *printer) timedStmt(s py.Stmt, magic string) {
	switch s.(type) {
	case *py.FunctionDef, *py.AsyncFunctionDef, *py.ClassDef, *py.For, *py.AsyncFor, *py.While, *py.If, *py.With, *py.AsyncWith, *py.Match, *py.Try, *py.TryStar:
		p.unsupported(Magic, s.NodeSpan(), "`"+strings.TrimPrefix(magic, "__nbc_")+"` of a compound statement is not supported")
		return
	}
	p.hoist(s)
	p.begin(s.NodeSpan())
	p.w(magic + "_start(); ")
	p.bol = true
	save := p.indent
	p.indent = 0
	p.stmtBody(s)
	p.indent = save
	p.w("; " + magic + "_stop()")
}

func (p *printer) stmtBody(s py.Stmt) {
	sp := s.NodeSpan()
	switch s := s.(type) {
	case *py.FunctionDef:
		p.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.TypeParams, false)
	case *py.AsyncFunctionDef:
		p.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.TypeParams, true)
	case *py.ClassDef:
		p.classDef(s)
	case *py.Return:
		if yf, ok := s.Value.(*py.YieldFrom); ok {
			p.yieldFrom(yf, sp, func() { p.w("return ") })
			return
		}
		p.begin(sp)
		p.w("return")
		if s.Value != nil {
			p.w(" ")
			p.expr(s.Value, precYield)
		}
	case *py.Delete:
		p.begin(sp)
		p.w("del ")
		p.exprList(s.Targets)
	case *py.Assign:
		if yf, ok := s.Value.(*py.YieldFrom); ok {
			p.yieldFrom(yf, sp, func() {
				for _, t := range s.Targets {
					p.target(t)
					p.w(" = ")
				}
			})
			return
		}
		for _, t := range s.Targets {
			if _, ok := t.(*py.Starred); ok {
				// pysyntax accepts *a = x; CPython does not.
				p.unsupported(0, sp, "starred assignment target must be in a list or tuple")
				return
			}
		}
		if p.cellStore(sp, s.Targets, s.Value) {
			return
		}
		p.begin(sp)
		for _, t := range s.Targets {
			p.target(t)
			p.w(" = ")
		}
		p.expr(s.Value, precYield)
	case *py.TypeAlias:
		p.unsupported(TypeParams, sp, "`type` statement is not supported by gpython")
	case *py.AugAssign:
		p.augAssign(s)
	case *py.AnnAssign:
		p.annAssign(s)
	case *py.For:
		p.forStmt(sp, s.Target, s.Iter, s.Body, s.Orelse, false)
	case *py.AsyncFor:
		p.forStmt(sp, s.Target, s.Iter, s.Body, s.Orelse, true)
	case *py.While:
		p.whileStmt(s)
	case *py.If:
		p.begin(sp)
		p.w("if ")
		p.expr(s.Test, precLambda)
		p.w(":")
		p.block(s.Body)
		p.orelse(s.Orelse)
	case *py.With:
		p.withStmt(sp, s.Items, s.Body, false)
	case *py.AsyncWith:
		p.withStmt(sp, s.Items, s.Body, true)
	case *py.Match:
		p.matchStmt(s)
	case *py.Raise:
		p.begin(sp)
		p.w("raise")
		if s.Exc != nil {
			p.w(" ")
			p.expr(s.Exc, precLambda)
			if s.Cause != nil {
				p.w(" from ")
				p.expr(s.Cause, precLambda)
			}
		}
	case *py.Try:
		p.tryStmt(sp, s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *py.TryStar:
		p.tryStar(s)
	case *py.Assert:
		p.begin(sp)
		p.w("assert ")
		p.expr(s.Test, precLambda)
		if s.Msg != nil {
			p.w(", ")
			p.expr(s.Msg, precLambda)
		}
	case *py.Import:
		p.begin(sp)
		p.w("import ")
		for i, al := range s.Names {
			if i > 0 {
				p.w(", ")
			}
			p.w(al.Name)
			if al.Asname != "" {
				p.w(" as " + p.bindName(al.Asname, &al.Span))
			}
		}
	case *py.ImportFrom:
		if s.Module == "" && s.Level == 0 {
			// pysyntax accepts "from import x"; CPython does not.
			p.unsupported(0, sp, "`from import` without a module name is invalid")
			return
		}
		p.begin(sp)
		p.w("from " + strings.Repeat(".", s.Level) + s.Module + " import ")
		for i, al := range s.Names {
			if i > 0 {
				p.w(", ")
			}
			p.w(al.Name)
			if al.Asname != "" {
				p.w(" as " + p.bindName(al.Asname, &al.Span))
			}
		}
	case *py.Global:
		p.begin(sp)
		p.w("global ")
		for i, n := range s.Names {
			if i > 0 {
				p.w(", ")
			}
			p.w(p.mangle(p.checkName(n, sp)))
		}
	case *py.Nonlocal:
		p.begin(sp)
		var names []string
		for _, n := range s.Names {
			p.checkName(n, sp)
			if strings.HasPrefix(p.resolveFrom(n, len(p.scopes)-1), cellGet) {
				continue // reached through its cell (C-FREEVAR)
			}
			names = append(names, p.resolveFrom(n, len(p.scopes)-2))
		}
		if len(names) == 0 {
			p.w("pass")
		} else {
			p.w("nonlocal " + strings.Join(names, ", "))
		}
	case *py.ExprStmt:
		if _, ok := s.Value.(*py.YieldFrom); ok {
			p.yieldFrom(s.Value.(*py.YieldFrom), sp, func() {})
			return
		}
		p.begin(sp)
		p.expr(s.Value, precYield)
	case *py.Pass:
		p.begin(sp)
		p.w("pass")
	case *py.Break:
		p.begin(sp)
		p.w("break")
	case *py.Continue:
		p.begin(sp)
		p.w("continue")
	default:
		p.unsupported(0, sp, "statement is not supported")
	}
}

func (p *printer) orelse(body []py.Stmt) {
	if len(body) == 0 {
		return
	}
	if len(body) == 1 {
		if in, ok := body[0].(*py.If); ok && p.isElif(in) && findWalrus(in.Test) == nil {
			p.cur = &in.Span
			p.hoist(in)
			p.begin(&in.Span)
			p.w("elif ")
			p.expr(in.Test, precLambda)
			p.w(":")
			p.block(in.Body)
			p.orelse(in.Orelse)
			return
		}
	}
	p.begin(nil)
	p.w("else:")
	p.block(body)
}

// isElif reports whether the If in an else branch was written elif.
func (p *printer) isElif(in *py.If) bool {
	off := p.offset(in.Lineno, in.ColOffset)
	return off >= 0 && strings.HasPrefix(p.src[off:], "elif")
}

// offset returns the byte offset of a 1-based line and 0-based column in
// the source, or -1. The line starts are found once per source.
func (p *printer) offset(line, col int) int {
	starts := p.an.lineStarts
	if starts == nil {
		starts = make([]int, 1, strings.Count(p.src, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(p.src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
		}
		p.an.lineStarts = starts
	}
	if line < 1 || line > len(starts) {
		return -1
	}
	off := starts[line-1]
	if off+col > len(p.src) {
		return -1
	}
	return off + col
}

func (p *printer) tryStmt(sp *py.Span, body []py.Stmt, handlers []*py.ExceptHandler, orelse, final []py.Stmt) {
	p.begin(sp)
	p.w("try:")
	p.block(body)
	for _, h := range handlers {
		p.cur = &h.Span
		p.begin(&h.Span)
		p.w("except")
		if h.Type != nil {
			p.w(" ")
			p.expr(h.Type, precLambda)
			if h.Name != "" {
				p.w(" as " + p.bindName(h.Name, &h.Span))
			}
		}
		p.w(":")
		p.block(h.Body)
	}
	if len(orelse) > 0 {
		p.begin(nil)
		p.w("else:")
		p.block(orelse)
	}
	if len(final) > 0 {
		p.begin(nil)
		p.w("finally:")
		p.block(final)
	}
}

func (p *printer) whileStmt(s *py.While) {
	if ne := findWalrus(s.Test); ne != nil {
		p.whileWalrus(s)
		return
	}
	p.begin(&s.Span)
	p.w("while ")
	p.whileTest(s.Test)
	p.w(":")
	p.block(s.Body)
	if len(s.Orelse) > 0 {
		p.begin(nil)
		p.w("else:")
		p.block(s.Orelse)
	}
}

func (p *printer) withStmt(sp *py.Span, items []*py.WithItem, body []py.Stmt, async bool) {
	p.begin(sp)
	p.w("with ")
	if async {
		p.features |= AsyncWith
	}
	for i, it := range items {
		if i > 0 {
			p.w(", ")
		}
		if async {
			p.w("__nbc_acm(")
			p.expr(it.ContextExpr, precLambda)
			p.w(")")
		} else {
			p.expr(it.ContextExpr, precLambda)
		}
		if it.OptionalVars != nil {
			p.w(" as ")
			p.target(it.OptionalVars)
		}
	}
	p.w(":")
	p.block(body)
}

// exprList prints expressions separated by commas.
func (p *printer) exprList(es []py.Expr) {
	for i, e := range es {
		if i > 0 {
			p.w(", ")
		}
		p.expr(e, precLambda)
	}
}

// target prints an assignment target.
func (p *printer) target(e py.Expr) {
	switch t := e.(type) {
	case *py.Tuple:
		if len(t.Elts) == 0 {
			p.w("()")
			return
		}
		p.w("(")
		for i, x := range t.Elts {
			if i > 0 {
				p.w(", ")
			}
			p.target(x)
		}
		if len(t.Elts) == 1 {
			p.w(",")
		}
		p.w(")")
	case *py.List:
		p.w("[")
		for i, x := range t.Elts {
			if i > 0 {
				p.w(", ")
			}
			p.target(x)
		}
		p.w("]")
	case *py.Starred:
		p.w("*")
		p.target(t.Value)
	default:
		p.expr(e, precAtom)
	}
}

// expr prints e; prec is the lowest precedence the context accepts
// without parentheses.
func (p *printer) expr(e py.Expr, prec int) {
	own := precOf(e)
	if own < prec {
		p.w("(")
		p.exprBare(e)
		p.w(")")
		return
	}
	p.exprBare(e)
}

func precOf(e py.Expr) int {
	switch e := e.(type) {
	case *py.Yield, *py.YieldFrom:
		return precYield
	case *py.Lambda:
		return precLambda
	case *py.IfExp:
		return precIfExp
	case *py.BoolOp:
		if e.Op == py.Or {
			return precOr
		}
		return precAnd
	case *py.UnaryOp:
		if e.Op == py.Not {
			return precNot
		}
		return precUnary
	case *py.Compare:
		return precCmp
	case *py.BinOp:
		return binPrec(e.Op)
	case *py.Starred:
		return precBitOr
	case *py.NamedExpr:
		return precYield
	}
	return precAtom
}

func binPrec(op py.Operator) int {
	switch op {
	case py.BitOr:
		return precBitOr
	case py.BitXor:
		return precBitXor
	case py.BitAnd:
		return precBitAnd
	case py.LShift, py.RShift:
		return precShift
	case py.Add, py.Sub:
		return precArith
	case py.Pow:
		return precPow
	}
	return precTerm
}

func (p *printer) exprBare(e py.Expr) {
	switch e := e.(type) {
	case *py.BoolOp:
		own := precOf(e)
		op := " and "
		if e.Op == py.Or {
			op = " or "
		}
		for i, v := range e.Values {
			if i > 0 {
				p.w(op)
			}
			p.expr(v, own+1)
		}
	case *py.NamedExpr:
		p.namedExpr(e)
	case *py.BinOp:
		p.binOp(e)
	case *py.UnaryOp:
		switch e.Op {
		case py.Not:
			p.w("not ")
			p.expr(e.Operand, precNot)
		case py.Invert:
			p.w("~")
			p.expr(e.Operand, precUnary)
		case py.UAdd:
			p.w("+")
			p.expr(e.Operand, precUnary)
		case py.USub:
			p.w("-")
			p.expr(e.Operand, precUnary)
		}
	case *py.Lambda:
		p.lambda(e)
	case *py.IfExp:
		p.expr(e.Body, precOr)
		p.w(" if ")
		p.expr(e.Test, precOr)
		p.w(" else ")
		p.expr(e.Orelse, precIfExp)
	case *py.Dict:
		p.dict(e)
	case *py.Set:
		p.set(e)
	case *py.ListComp:
		p.comprehension(e, e.Generators)
	case *py.SetComp:
		p.comprehension(e, e.Generators)
	case *py.DictComp:
		p.comprehension(e, e.Generators)
	case *py.GeneratorExp:
		p.comprehension(e, e.Generators)
	case *py.Await:
		p.features |= Await
		p.w("__nbc_await(")
		p.expr(e.Value, precLambda)
		p.w(")")
	case *py.Yield:
		// C-THROW: the value sent in goes through __nbc_recv, which
		// raises what generator.throw() sends (genthrow.go).
		p.w("__nbc_recv((yield")
		if e.Value != nil {
			p.w(" ")
			p.expr(e.Value, precLambda)
		}
		p.w("))")
	case *py.YieldFrom:
		p.unsupported(YieldFrom, &e.Span, "`yield from` inside a larger expression is not supported by gpython (use it as a statement or as `x = yield from ...`)")
		p.w("None")
	case *py.Compare:
		if len(e.Ops) == 1 && (e.Ops[0] == py.Is || e.Ops[0] == py.IsNot) && !isConst(e.Left) && !isConst(e.Comparators[0]) {
			// C-IS: gpython compares identity with Go's ==, which panics
			// on two tuples (slices): __nbc_is compares them safely.
			if e.Ops[0] == py.IsNot {
				p.w("(not ")
			}
			p.w("__nbc_is(")
			p.expr(e.Left, precLambda)
			p.w(", ")
			p.expr(e.Comparators[0], precLambda)
			p.w(")")
			if e.Ops[0] == py.IsNot {
				p.w(")")
			}
			return
		}
		if p.lowerCompare(e) {
			// C-CMPSEQ: gpython cannot order tuples or lists; an
			// ordering that may compare them goes through pyrt
			// (lower_binop.go).
			return
		}
		p.expr(e.Left, precCmp+1)
		for i, op := range e.Ops {
			p.w(" " + op.Token() + " ")
			p.expr(e.Comparators[i], precCmp+1)
		}
	case *py.Call:
		p.call(e)
	case *py.FormattedValue:
		p.formattedValue(e)
	case *py.JoinedStr:
		p.joinedStr(e)
	case *py.Constant:
		p.constant(e)
	case *py.Attribute:
		if c, ok := e.Value.(*py.Constant); ok && (c.Kind == py.ConstInt || c.Kind == py.ConstFloat || c.Kind == py.ConstComplex) {
			p.w("(")
			p.constant(c)
			p.w(")")
		} else {
			p.expr(e.Value, precAtom)
		}
		p.w("." + p.mangle(e.Attr))
	case *py.Subscript:
		p.expr(e.Value, precAtom)
		p.w("[")
		if t, ok := e.Slice.(*py.Tuple); ok && len(t.Elts) > 0 && !hasStarred(t.Elts) {
			for i, x := range t.Elts {
				if i > 0 {
					p.w(", ")
				}
				p.expr(x, precLambda)
			}
			if len(t.Elts) == 1 {
				p.w(",")
			}
		} else {
			p.expr(e.Slice, precLambda)
		}
		p.w("]")
	case *py.Starred:
		p.w("*")
		p.expr(e.Value, precBitOr)
	case *py.Name:
		p.name(e)
	case *py.List:
		p.list(e)
	case *py.Tuple:
		p.tuple(e)
	case *py.Slice:
		if e.Lower != nil {
			p.expr(e.Lower, precLambda)
		}
		p.w(":")
		if e.Upper != nil {
			p.expr(e.Upper, precLambda)
		}
		if e.Step != nil {
			p.w(":")
			p.expr(e.Step, precLambda)
		}
	default:
		p.unsupported(0, e.NodeSpan(), "expression is not supported")
		p.w("None")
	}
}

func hasStarred(es []py.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*py.Starred); ok {
			return true
		}
	}
	return false
}

func (p *printer) binOp(e *py.BinOp) {
	switch {
	case e.Op == py.MatMult:
		p.features |= MatMul
		p.w("__nbc_matmul(")
		p.expr(e.Left, precLambda)
		p.w(", ")
		p.expr(e.Right, precLambda)
		p.w(")")
		return
	case e.Op == py.Add && p.needAdd(e.Left, e.Right):
		// C-TUPLEADD: gpython's tuple + tuple copies the right operand
		// to the wrong offset ((1, 2) + (3,) gave (1, 3, <NULL>));
		// lower_binop.go decides.
		p.w("__nbc_add(")
		p.expr(e.Left, precLambda)
		p.w(", ")
		p.expr(e.Right, precLambda)
		p.w(")")
		return
	case e.Op == py.Mod && (mayBeStr(e.Left) || !isNonzeroNumber(e.Right)):
		// Also numbers: __nbc_mod gives CPython's zero-divisor messages
		// (C-ARITH), unless the divisor is a nonzero literal.
		p.features |= PercentFormat
		p.w("__nbc_mod(")
		p.expr(e.Left, precLambda)
		p.w(", ")
		p.expr(e.Right, precLambda)
		p.w(")")
		return
	case arithHelper(e.Op, e.Right) != "":
		p.w(arithHelper(e.Op, e.Right) + "(")
		p.expr(e.Left, precLambda)
		p.w(", ")
		p.expr(e.Right, precLambda)
		p.w(")")
		return
	}
	own := binPrec(e.Op)
	if e.Op == py.Pow {
		p.expr(e.Left, precPow+1)
		p.w(" ** ")
		p.expr(e.Right, precUnary)
		return
	}
	p.expr(e.Left, own)
	p.w(" " + e.Op.Token() + " ")
	p.expr(e.Right, own+1)
}

// mayBeStr reports whether the left operand of % may be a str at run
// time: anything but a number literal or an arithmetic expression of
// them. A format held in a variable (fmt % args) must get CPython's
// %-formatting too; __nbc_mod falls back on gpython's % for numbers.
func mayBeStr(e py.Expr) bool {
	switch e := e.(type) {
	case *py.Constant:
		return e.Kind == py.ConstStr
	case *py.UnaryOp:
		return mayBeStr(e.Operand)
	case *py.BinOp:
		if e.Op == py.Add || e.Op == py.Mult || e.Op == py.Mod {
			return mayBeStr(e.Left) || mayBeStr(e.Right)
		}
		return false
	}
	return true
}

// arithHelper returns the helper that `left op right` is lowered to
// (C-ARITH: gpython's int and float methods differ from CPython's and
// are Go methods nbcheck cannot replace), or "":
//
//   - `/` becomes __nbc_truediv (correctly rounded int division, a
//     number / x trying x.__rtruediv__), but not with a float literal on
//     the right, where gpython's float division is CPython's;
//   - `**` becomes __nbc_pow (correctly rounded float pow, complex
//     results, 0 ** -1), but not for the exponents 0, 1 and 2 written as
//     int literals (exact, or one rounding, in gpython too);
//   - `//` becomes __nbc_floordiv (CPython's zero-divisor messages), but
//     not with a nonzero number literal on the right, as in n // 10.
func arithHelper(op py.Operator, right py.Expr) string {
	c, _ := right.(*py.Constant)
	switch op {
	case py.Div:
		if c != nil && c.Kind == py.ConstFloat {
			return ""
		}
		return "__nbc_truediv"
	case py.Pow:
		if c != nil && c.Kind == py.ConstInt {
			if n := c.BigInt(); n.IsInt64() && n.Int64() >= 0 && n.Int64() <= 2 {
				return ""
			}
		}
		return "__nbc_pow"
	case py.FloorDiv:
		if isNonzeroNumber(right) {
			return ""
		}
		return "__nbc_floordiv"
	}
	return ""
}

// isNonzeroNumber reports whether e is a nonzero int or float literal.
func isNonzeroNumber(e py.Expr) bool {
	c, ok := e.(*py.Constant)
	return ok && (c.Kind == py.ConstFloat && c.Float != 0 || c.Kind == py.ConstInt && c.BigInt().Sign() != 0)
}

func isStrLiteral(e py.Expr) bool {
	switch e := e.(type) {
	case *py.Constant:
		return e.Kind == py.ConstStr
	case *py.JoinedStr:
		return true
	}
	return false
}

func (p *printer) augAssign(s *py.AugAssign) {
	if n, ok := s.Target.(*py.Name); ok && strings.HasPrefix(p.resolveFrom(n.ID, len(p.scopes)-1), cellGet) {
		p.cellStore(&s.Span, []py.Expr{n}, &py.BinOp{Span: s.Span, Left: &py.Name{Span: n.Span, ID: n.ID, Ctx: py.Load}, Op: s.Op, Right: s.Value})
		return
	}
	if s.Op == py.MatMult {
		p.features |= MatMul
		if n, ok := s.Target.(*py.Name); ok {
			p.begin(&s.Span)
			p.name(n)
			p.w(" = __nbc_matmul(")
			p.name(&py.Name{ID: n.ID, Ctx: py.Load})
			p.w(", ")
			p.expr(s.Value, precLambda)
			p.w(")")
			return
		}
		p.unsupported(MatMul, &s.Span, "`@=` on an attribute or item is not supported by gpython")
		return
	}
	if s.Op == py.Mod {
		if _, ok := s.Target.(*py.Name); ok && isStrLiteral(s.Value) {
			// x %= 'lit' formats x, not the literal: gpython's own % is
			// right only for numbers; leave it as written.
		}
	}
	if n, ok := s.Target.(*py.Name); ok && arithHelper(s.Op, s.Value) != "" {
		// C-ARITH: x /= y, x **= y, x //= y on a name; the third
		// argument makes the helper try x's in-place method first.
		p.begin(&s.Span)
		p.name(n)
		p.w(" = " + arithHelper(s.Op, s.Value) + "(")
		p.name(&py.Name{ID: n.ID, Ctx: py.Load})
		p.w(", ")
		p.expr(s.Value, precLambda)
		p.w(", 1)")
		return
	}
	if s.Op == py.Add && p.augAddTarget(s.Target, s.Value) {
		// C-TUPLEADD: t += u that may add tuples (lower_binop.go).
		p.begin(&s.Span)
		p.augAdd(s.Target, s.Value)
		return
	}
	p.begin(&s.Span)
	p.target(s.Target)
	p.w(" " + s.Op.Token() + "= ")
	p.expr(s.Value, precYield)
}

func isTupleDisplay(e py.Expr) bool {
	_, ok := e.(*py.Tuple)
	return ok
}

// checkName refuses user identifiers in the reserved helper namespace.
func (p *printer) checkName(id string, sp *py.Span) string {
	if strings.HasPrefix(id, "__nbc_") && !p.synth[sp] {
		p.unsupported(0, sp, "name `"+id+"` is reserved: names starting with `__nbc_` are used by nbcheck")
	}
	return id
}

// name prints a Name, resolving captured-argument renames and mangling.
func (p *printer) name(n *py.Name) {
	p.checkName(n.ID, &n.Span)
	r := p.resolveFrom(n.ID, len(p.scopes)-1)
	if n.Ctx != py.Load && strings.HasPrefix(r, cellGet) {
		p.unsupported(Closure, &n.Span, "binding `"+n.ID+"` here (nonlocal through a function with cell variables, C-FREEVAR) is not supported: only `"+n.ID+" = ...` and `"+n.ID+" op= ...`")
	}
	p.w(r)
}

// bindName prints a name bound by a statement (import as, except as).
func (p *printer) bindName(id string, sp *py.Span) string {
	p.checkName(id, sp)
	return p.resolveFrom(id, len(p.scopes)-1)
}

// resolveFrom returns the printed form of id as seen from scope i: its
// cell copy if it is a captured argument of the function it resolves to,
// else the mangled name.
func (p *printer) resolveFrom(id string, i int) string {
	for ; i >= 0; i-- {
		s := p.scopes[i]
		if s.kind == scopeModule {
			break
		}
		if s.kind == scopeClass && i != len(p.scopes)-1 {
			continue
		}
		d := s.data
		if d.globals[id] {
			break
		}
		if r, ok := s.rename[id]; ok {
			return r // a captured argument's copy, or a free variable's getter or cell (C-FREEVAR)
		}
		if d.nonlocals[id] {
			continue
		}
		if d.locals[id] {
			break
		}
	}
	return p.mangle(id)
}

// mangle applies private name mangling inside a class.
func (p *printer) mangle(id string) string {
	if !strings.HasPrefix(id, "__") || strings.HasSuffix(id, "__") || strings.HasPrefix(id, "__nbc_") {
		return id
	}
	for i := len(p.scopes) - 1; i >= 0; i-- {
		if s := p.scopes[i]; s.kind == scopeClass {
			cls := strings.TrimLeft(s.className, "_")
			if cls == "" {
				return id
			}
			p.features |= NameMangling
			return "_" + cls + id
		}
	}
	return id
}

func (p *printer) list(e *py.List) {
	if e.Ctx == py.Load && hasStarred(e.Elts) {
		p.starredDisplay("__nbc_list", e.Elts)
		return
	}
	p.w("[")
	p.exprList(e.Elts)
	p.w("]")
}

func (p *printer) tuple(e *py.Tuple) {
	if e.Ctx == py.Load && hasStarred(e.Elts) {
		p.starredDisplay("__nbc_tuple", e.Elts)
		return
	}
	if len(e.Elts) == 0 {
		p.w("()")
		return
	}
	p.w("(")
	p.exprList(e.Elts)
	if len(e.Elts) == 1 {
		p.w(",")
	}
	p.w(")")
}

// isConst reports a literal constant (None, True, False, a number, ...):
// an identity test against one never compares two tuples.
func isConst(e py.Expr) bool {
	_, ok := e.(*py.Constant)
	return ok
}

func isSeqDisplay(e py.Expr) bool {
	switch e.(type) {
	case *py.Tuple, *py.List:
		return true
	}
	return false
}
