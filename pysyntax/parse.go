package pysyntax

// This file holds the entry points, the parser state and the syntax error
// type. The parser is recursive descent over the token slice made by the
// scanner. Errors abort the parse by panicking with a *SyntaxError wrapped
// in the private parseAbort sentinel, which Parse recovers; any other
// panic is a bug and is re-raised.

import (
	"fmt"
	"sync"
	"unsafe"
)

// Options controls parsing. The zero value parses a Python 3.12 file.
type Options struct {
	// TopLevelAwait accepts await, async for, async with and async
	// comprehensions outside any function, as IPython does for notebook
	// cells (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT). They stay rejected in
	// a plain def, a lambda or a class body.
	TopLevelAwait bool

	// noScopeChecks turns off the compiler's checks ('return' outside
	// function and the like), as ast.parse does; tests set it.
	noScopeChecks bool
}

// SyntaxError is a syntax error with CPython's message and position.
type SyntaxError struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Filename string
	Line     int // 1-based
	Col      int // 1-based, in bytes, like CPython's SyntaxError.offset
	EndLine  int // 1-based
	EndCol   int // 1-based, exclusive
	Msg      string
}

// Error formats the error as "file:line:col: Kind: msg".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// parseAbort is the private sentinel the parser panics with.
type parseAbort struct{ err *SyntaxError }

// Parse parses src, a whole file or notebook cell, into a module.
// filename names the source in errors. The error, if any, is a
// *SyntaxError.
func Parse(filename string, src []byte, opts Options) (*Module, error) {
	return ParsePortion(filename, src, 1, 0, opts)
}

// ParsePortion is like [Parse] for source that starts at line firstLine
// (1-based) and column firstCol (0-based, in bytes) of a larger file, such
// as a code block inside a Markdown document: every position in the tree
// and in errors is given in the file's coordinates. firstCol applies to
// the first line only.
func ParsePortion(filename string, src []byte, firstLine, firstCol int, opts Options) (mod *Module, err error) {
	return parse(filename, src, string(src), firstLine, firstCol, opts)
}

// ParseString is like [Parse] for source held in a string, which it does
// not copy: names and literals in the tree share its memory.
func ParseString(filename string, src string, opts Options) (*Module, error) {
	// The parser never writes to its byte view of the source.
	return parse(filename, unsafe.Slice(unsafe.StringData(src), len(src)), src, 1, 0, opts)
}

// parse parses src, of which str is a string copy (or the same memory).
func parse(filename string, src []byte, str string, firstLine, firstCol int, opts Options) (mod *Module, err error) {
	p := &parser{filename: filename, src: src, str: str, opts: opts}
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(parseAbort)
			if !ok {
				panic(r)
			}
			mod, err = nil, a.err
		}
	}()
	s := &scanner{src: src, p: p, firstLine: firstLine, firstCol: firstCol}
	p.sc = s
	s.toks = getTokens(len(src)/4 + 16) // about one token per 4 bytes of notebook code
	defer func() {
		putTokens(s.toks)
		s.toks, p.toks = nil, nil
	}()
	s.scanAll()
	p.toks = s.toks
	mod = p.parseFile()
	mod.info = &parseInfo{walrus: p.sawWalrus, nonASCIIName: s.nonASCIIName}
	if p.sawSymtable && !p.opts.noScopeChecks {
		p.checkSymtable(mod)
	}
	if st := p.bareStar; st != nil && !p.opts.noScopeChecks {
		if st.Ctx == Store {
			p.failSpan(&st.Span, "starred assignment target must be in a list or tuple")
		}
		p.failSpan(&st.Span, "can't use starred expression here")
	}
	return mod, nil
}

// tokenBufs holds token slices for reuse: a large source needs a buffer
// of many megabytes, which costs more to allocate and clear than to scan.
// No token outlives its parse (the tree copies what it needs).
var tokenBufs sync.Pool

// maxPooledTokens bounds the buffers kept for reuse.
const maxPooledTokens = 1 << 22

// getTokens returns an empty token slice, preferably with capacity n.
func getTokens(n int) []token {
	if b, ok := tokenBufs.Get().(*[]token); ok {
		if cap(*b) >= n {
			return (*b)[:0]
		}
		tokenBufs.Put(b)
	}
	return make([]token, 0, n)
}

// putTokens gives a token slice back for reuse.
func putTokens(t []token) {
	if t == nil || cap(t) > maxPooledTokens {
		return
	}
	t = t[:0]
	tokenBufs.Put(&t)
}

// maxDepth bounds expression nesting (chains of unary operators, nested
// lambdas and conditionals), so that hostile input cannot overflow the
// Go stack.
const maxDepth = 1000

// parser is the state of one parse.
type parser struct {
	filename string
	src      []byte
	str      string // src as a string, which names and literals slice
	opts     Options
	sc       *scanner
	toks     []token
	i        int // index of the current token
	// context for compile-time checks
	funcDepth   int  // enclosing def/lambda count
	inAsync     bool // innermost function is async def
	inClass     bool // innermost scope is a class body
	loopDepth   int  // loops in the innermost function
	inFinally   bool
	depth       int  // expression nesting, bounded by maxDepth
	sawSymtable bool // a walrus, global or nonlocal was parsed (check_symtable.go)
	sawWalrus   bool // a walrus was parsed
	// symCount counts the walruses, global and nonlocal statements
	// parsed; symScopes holds the defs, lambdas and classes that
	// contain one, the only scopes checkSymtable needs to enter.
	symCount  int
	symScopes map[Node]bool
	// moduleDecl: a global statement at module level, which makes the
	// checks need every module-level name.
	moduleDecl bool
	bareStar   *Starred        // the first bare starred target or value (noteStarTarget)
	declared   map[string]bool // names of global and nonlocal statements (check_symtable.go)
	lineStarts []int
	slabs      nodeSlabs
	stmtStack  []Stmt // the statements of the blocks being parsed (block)
}

// noteSymScope records scope node n (or module-level statement n),
// whose parse began when symCount was n0, if it contains a walrus,
// global or nonlocal.
func (p *parser) noteSymScope(n Node, n0 int) {
	if p.symCount == n0 {
		return
	}
	if p.symScopes == nil {
		p.symScopes = map[Node]bool{}
	}
	p.symScopes[n] = true
}

// failAt aborts the parse with a syntax error; cols are 1-based.
func (p *parser) failAt(kind string, line, col, eline, ecol int, msg string) {
	panic(parseAbort{&SyntaxError{Kind: kind, Filename: p.filename, Line: line, Col: col, EndLine: eline, EndCol: ecol, Msg: msg}})
}

// failSpan aborts with msg covering the span of a node.
func (p *parser) failSpan(sp *Span, msg string) {
	p.failAt("SyntaxError", sp.Lineno, sp.ColOffset+1, sp.EndLineno, sp.EndColOffset+1, msg)
}

// failTok aborts with msg at token t.
func (p *parser) failTok(t *token, msg string) {
	p.failAt("SyntaxError", t.line, t.col+1, t.eline, t.ecol+1, msg)
}

func (p *parser) tok() *token { return &p.toks[p.i] }

func (p *parser) peek(n int) *token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) kind() tokKind { return p.toks[p.i].kind }

func (p *parser) next() *token {
	t := &p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) got(k tokKind) bool {
	if p.toks[p.i].kind == k {
		p.i++
		return true
	}
	return false
}

func (p *parser) expect(k tokKind) *token {
	t := &p.toks[p.i]
	if t.kind != k {
		p.syntaxError()
	}
	p.i++
	return t
}

// text returns the source text of token t.
func (p *parser) text(t *token) string { return p.str[t.pos:t.end] }

// isName reports whether the current token is the name (soft keyword) s.
func (p *parser) isName(s string) bool {
	t := &p.toks[p.i]
	return t.kind == tName && t.end-t.pos == len(s) && string(p.src[t.pos:t.end]) == s
}

// prev returns the token before the current one.
func (p *parser) prev() *token { return &p.toks[p.i-1] }

// spanFrom makes a span from the start of token index i to the end of the
// previous token.
func (p *parser) spanFrom(i int) Span {
	j := p.i - 1
	for j > i && (p.toks[j].kind == tNewline || p.toks[j].kind == tDedent || p.toks[j].kind == tIndent) {
		j--
	}
	a, b := &p.toks[i], &p.toks[j]
	return Span{a.line, a.col, b.eline, b.ecol}
}

func spanOf(t *token) Span { return Span{t.line, t.col, t.eline, t.ecol} }

func joinSpan(a, b *Span) Span { return Span{a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset} }

// syntaxError reports the generic error at the current token, with
// CPython's refinements for the common cases.
func (p *parser) syntaxError() {
	t := p.tok()
	switch t.kind {
	case tIndent:
		p.failAt("IndentationError", t.line, t.ecol, t.eline, t.ecol, "unexpected indent")
	case tDedent:
		if t.line > 0 {
			p.failAt("IndentationError", t.line, t.col+1, t.line, t.col+1, "unindent does not match any outer indentation level")
		}
	case tEOF:
		p.failAt("SyntaxError", t.line, t.col+1, t.line, t.col+1, "invalid syntax")
	case tNewline:
		p.failAt("SyntaxError", t.line, t.col+1, t.line, t.col+1, "invalid syntax")
	}
	p.failTok(t, "invalid syntax")
}

func (p *parser) parseFile() *Module {
	m := &Module{}
	for p.kind() != tEOF {
		if p.kind() == tNewline {
			p.i++
			continue
		}
		n, n0 := len(m.Body), p.symCount
		m.Body = p.statement(m.Body)
		for _, st := range m.Body[n:] {
			p.noteSymScope(st, n0)
		}
	}
	if m.Body == nil {
		m.Body = []Stmt{}
	}
	return m
}
