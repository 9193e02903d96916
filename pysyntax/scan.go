package pysyntax

// This file is the tokenizer. It turns the whole source into a slice of
// tokens up front, so the parser can look ahead and backtrack freely (the
// match soft keyword and a few error rules need it).
//
// F-strings follow PEP 701 as CPython 3.12 tokenizes them: an f-string is
// FSTRING_START, then FSTRING_MIDDLE literal parts and replacement fields
// tokenized as ordinary code between '{' and '}', then FSTRING_END. A
// stack of modes says whether the scanner is in an f-string's literal
// text, in a replacement field's expression, or in its format spec.

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// CPython's tokenizer limits (MAXLEVEL and MAXINDENT).
const (
	maxBrackets = 200
	maxIndent   = 100
)

type tokKind uint8

// The token kinds. Keep tokNames in step.
const (
	tEOF tokKind = iota
	tName
	tNumber
	tString
	tFStart
	tFMiddle
	tFEnd
	tNewline
	tIndent
	tDedent
	// operators and delimiters
	tLPar
	tRPar
	tLSqb
	tRSqb
	tLBrace
	tRBrace
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVBar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVBarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRArrow
	tEllipsis
	tColonEqual
	tExclamation
	// keywords
	tFalse
	tNone
	tTrue
	tAnd
	tAs
	tAssert
	tAsync
	tAwait
	tBreak
	tClass
	tContinue
	tDef
	tDel
	tElif
	tElse
	tExcept
	tFinally
	tFor
	tFrom
	tGlobal
	tIf
	tImport
	tIn
	tIs
	tLambda
	tNonlocal
	tNot
	tOr
	tPass
	tRaise
	tReturn
	tTry
	tWhile
	tWith
	tYield
	tNumKinds
)

var tokNames = [tNumKinds]string{
	tEOF: "end of file", tName: "name", tNumber: "number", tString: "string",
	tFStart: "f-string start", tFMiddle: "f-string middle", tFEnd: "f-string end",
	tNewline: "newline", tIndent: "indent", tDedent: "dedent",
	tLPar: "(", tRPar: ")", tLSqb: "[", tRSqb: "]", tLBrace: "{", tRBrace: "}",
	tColon: ":", tComma: ",", tSemi: ";", tPlus: "+", tMinus: "-", tStar: "*",
	tSlash: "/", tVBar: "|", tAmper: "&", tLess: "<", tGreater: ">", tEqual: "=",
	tDot: ".", tPercent: "%", tEqEqual: "==", tNotEqual: "!=", tLessEqual: "<=",
	tGreaterEqual: ">=", tTilde: "~", tCircumflex: "^", tLeftShift: "<<",
	tRightShift: ">>", tDoubleStar: "**", tPlusEqual: "+=", tMinEqual: "-=",
	tStarEqual: "*=", tSlashEqual: "/=", tPercentEqual: "%=", tAmperEqual: "&=",
	tVBarEqual: "|=", tCircumflexEqual: "^=", tLeftShiftEqual: "<<=",
	tRightShiftEqual: ">>=", tDoubleStarEqual: "**=", tDoubleSlash: "//",
	tDoubleSlashEqual: "//=", tAt: "@", tAtEqual: "@=", tRArrow: "->",
	tEllipsis: "...", tColonEqual: ":=", tExclamation: "!",
	tFalse: "False", tNone: "None", tTrue: "True", tAnd: "and", tAs: "as",
	tAssert: "assert", tAsync: "async", tAwait: "await", tBreak: "break",
	tClass: "class", tContinue: "continue", tDef: "def", tDel: "del",
	tElif: "elif", tElse: "else", tExcept: "except", tFinally: "finally",
	tFor: "for", tFrom: "from", tGlobal: "global", tIf: "if", tImport: "import",
	tIn: "in", tIs: "is", tLambda: "lambda", tNonlocal: "nonlocal", tNot: "not",
	tOr: "or", tPass: "pass", tRaise: "raise", tReturn: "return", tTry: "try",
	tWhile: "while", tWith: "with", tYield: "yield",
}

func (k tokKind) String() string { return tokNames[k] }

func (k tokKind) isKeyword() bool { return k >= tFalse }

func keywordKind(s string) tokKind {
	if len(s) < 2 || len(s) > 8 {
		return tName
	}
	switch s {
	case "False":
		return tFalse
	case "None":
		return tNone
	case "True":
		return tTrue
	case "and":
		return tAnd
	case "as":
		return tAs
	case "assert":
		return tAssert
	case "async":
		return tAsync
	case "await":
		return tAwait
	case "break":
		return tBreak
	case "class":
		return tClass
	case "continue":
		return tContinue
	case "def":
		return tDef
	case "del":
		return tDel
	case "elif":
		return tElif
	case "else":
		return tElse
	case "except":
		return tExcept
	case "finally":
		return tFinally
	case "for":
		return tFor
	case "from":
		return tFrom
	case "global":
		return tGlobal
	case "if":
		return tIf
	case "import":
		return tImport
	case "in":
		return tIn
	case "is":
		return tIs
	case "lambda":
		return tLambda
	case "nonlocal":
		return tNonlocal
	case "not":
		return tNot
	case "or":
		return tOr
	case "pass":
		return tPass
	case "raise":
		return tRaise
	case "return":
		return tReturn
	case "try":
		return tTry
	case "while":
		return tWhile
	case "with":
		return tWith
	case "yield":
		return tYield
	}
	return tName
}

// token is one token. Offsets index the source; lines are 1-based and
// columns 0-based byte offsets within their line.
type token struct {
	kind        tokKind
	pos, end    int // byte offsets in the source, end exclusive
	line, col   int
	eline, ecol int
}

// mode kinds of the f-string mode stack.
const (
	modeFStr = iota // an f-string's literal text
	modeExpr        // a replacement field's expression
	modeSpec        // a replacement field's format spec
)

type mode struct {
	kind   int
	quote  byte
	triple bool
	depth  int // for modeExpr/modeSpec: len(brackets) inside the field's '{'
	line   int // for modeFStr: where the f-string started
	col    int
}

type bracket struct {
	ch        byte
	line, col int
}

type scanner struct {
	src       []byte
	p         *parser
	pos       int
	line      int
	lineStart int
	toks      []token
	// nonASCIIName: some name token has a non-ASCII character.
	nonASCIIName bool
	indents      []int // columns (tabs to multiples of 8)
	altIndent    []int // columns with tabs counted as 1
	brackets     []bracket
	modes        []mode
	atBOL        bool
	contLine     bool // the previous line ended with a backslash
	firstLine    int
	firstCol     int
}

func (s *scanner) col(pos int) int { return pos - s.lineStart }

func (s *scanner) emit(k tokKind, start, sline, scol int) {
	s.toks = append(s.toks, token{kind: k, pos: start, end: s.pos, line: sline, col: scol, eline: s.line, ecol: s.pos - s.lineStart})
}

// newline records that a line break ends at s.pos.
func (s *scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

func (s *scanner) errAt(kind string, line, col int, format string, args ...any) {
	s.p.failAt(kind, line, col+1, line, col+1, fmt.Sprintf(format, args...))
}

func isIdentStart(c rune) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && (unicode.IsLetter(c) || unicode.Is(unicode.Other_ID_Start, c) || unicode.Is(unicode.Nl, c))
}

func isIdentCont(c rune) bool {
	return isIdentStart(c) || c >= '0' && c <= '9' || c >= 0x80 && (unicode.In(c, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, c))
}

func (s *scanner) scanAll() {
	s.line = s.firstLine
	s.lineStart = -s.firstCol
	s.atBOL = true
	s.indents = []int{0}
	s.altIndent = []int{0}
	if len(s.src) >= 3 && s.src[0] == 0xEF && s.src[1] == 0xBB && s.src[2] == 0xBF {
		s.pos = 3
		s.lineStart = 3 - s.firstCol
	}
	for {
		if n := len(s.modes); n > 0 && s.modes[n-1].kind != modeExpr {
			s.scanFStringText()
			continue
		}
		if s.atBOL {
			s.atBOL = false
			if s.indentation() {
				continue
			}
		}
		if s.pos >= len(s.src) {
			s.finish()
			return
		}
		s.scanToken()
	}
}

// indentation handles the start of a logical line and reports whether the
// line was blank (so nothing more is to be scanned on it).
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	i := s.pos
	for i < len(s.src) {
		switch s.src[i] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		i++
	}
done:
	// Blank lines, comment-only lines and end of input do not count.
	if i >= len(s.src) {
		s.pos = i
		return false
	}
	switch c := s.src[i]; c {
	case '#', '\n', '\r':
		s.pos = i
		if c == '#' {
			for s.pos < len(s.src) && s.src[s.pos] != '\n' && s.src[s.pos] != '\r' {
				s.pos++
			}
		}
		s.skipNewline()
		s.atBOL = true
		return true
	case '\\':
		// A line that starts with a continuation is joined to the next.
		if i+1 < len(s.src) && (s.src[i+1] == '\n' || s.src[i+1] == '\r') {
			s.pos = i
			return false
		}
	}
	s.pos = i
	if len(s.brackets) > 0 || s.contLine {
		return false
	}
	top := s.indents[len(s.indents)-1]
	altTop := s.altIndent[len(s.altIndent)-1]
	line, c0 := s.line, s.col(i)
	switch {
	case col == top:
		if alt != altTop {
			s.p.failAt("TabError", line, c0, line, c0, "inconsistent use of tabs and spaces in indentation")
		}
	case col > top:
		if alt <= altTop {
			s.p.failAt("TabError", line, c0, line, c0, "inconsistent use of tabs and spaces in indentation")
		}
		if len(s.indents) > maxIndent {
			s.p.failAt("IndentationError", line, c0, line, c0, "too many levels of indentation")
		}
		s.indents = append(s.indents, col)
		s.altIndent = append(s.altIndent, alt)
		s.toks = append(s.toks, token{kind: tIndent, pos: s.lineStart, end: i, line: line, col: 0, eline: line, ecol: c0})
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndent = s.altIndent[:len(s.altIndent)-1]
			s.toks = append(s.toks, token{kind: tDedent, pos: i, end: i, line: line, col: c0, eline: line, ecol: c0})
		}
		if col != s.indents[len(s.indents)-1] {
			e := i
			for e < len(s.src) && s.src[e] != '\n' && s.src[e] != '\r' {
				e++
			}
			s.p.failAt("IndentationError", line, s.col(e)+1, line, s.col(e)+1, "unindent does not match any outer indentation level")
		}
		if alt != s.altIndent[len(s.altIndent)-1] {
			s.p.failAt("TabError", line, c0, line, c0, "inconsistent use of tabs and spaces in indentation")
		}
	}
	return false
}

func (s *scanner) skipNewline() {
	if s.pos < len(s.src) && s.src[s.pos] == '\r' {
		s.pos++
		if s.pos < len(s.src) && s.src[s.pos] == '\n' {
			s.pos++
		}
		s.newline()
		return
	}
	if s.pos < len(s.src) && s.src[s.pos] == '\n' {
		s.pos++
		s.newline()
	}
}

func (s *scanner) finish() {
	if len(s.modes) > 0 {
		m := s.modes[0]
		s.unterminatedFString(m)
	}
	if len(s.brackets) > 0 {
		b := s.brackets[len(s.brackets)-1]
		s.errAt("SyntaxError", b.line, b.col, "'%c' was never closed", b.ch)
	}
	line, col := s.line, s.col(s.pos)
	// A last logical line without its newline still gets a NEWLINE.
	if n := len(s.toks); n > 0 && s.toks[n-1].kind != tNewline && s.toks[n-1].kind != tDedent && s.toks[n-1].kind != tIndent {
		s.toks = append(s.toks, token{kind: tNewline, pos: s.pos, end: s.pos, line: line, col: col, eline: line, ecol: col + 1})
	}
	if s.contLine {
		s.p.failAt("SyntaxError", line, col, line, col, "unexpected EOF while parsing")
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.toks = append(s.toks, token{kind: tDedent, pos: s.pos, end: s.pos, line: line, col: col, eline: line, ecol: col})
	}
	s.toks = append(s.toks, token{kind: tEOF, pos: s.pos, end: s.pos, line: line, col: col, eline: line, ecol: col})
}

// unterminatedFString reports an unterminated f-string with CPython
// 3.11's message (3.12 says "f-string literal").
func (s *scanner) unterminatedFString(m mode) {
	if m.triple {
		s.errAt("SyntaxError", m.line, m.col, "unterminated triple-quoted string literal (detected at line %d)", s.lastLine())
	}
	s.errAt("SyntaxError", m.line, m.col, "unterminated string literal (detected at line %d)", s.line)
}

// lastLine is the number of the last line of the source.
func (s *scanner) lastLine() int {
	if n := len(s.src); n > 0 && (s.src[n-1] == '\n' || s.src[n-1] == '\r') && s.pos >= n {
		return s.line - 1
	}
	return s.line
}

func (s *scanner) scanToken() {
	src := s.src
	// skip spaces, comments and continuations
	for s.pos < len(src) {
		c := src[s.pos]
		switch c {
		case ' ', '\t', '\f':
			s.pos++
			continue
		case '#':
			for s.pos < len(src) && src[s.pos] != '\n' && src[s.pos] != '\r' {
				s.pos++
			}
			continue
		case '\\':
			if s.pos+1 < len(src) && (src[s.pos+1] == '\n' || src[s.pos+1] == '\r') {
				bl, bc := s.line, s.col(s.pos)+1
				s.pos++
				s.skipNewline()
				s.contLine = true
				if s.pos >= len(src) {
					s.errAt("SyntaxError", bl, bc, "unexpected EOF while parsing")
				}
				continue
			}
			if s.pos+1 >= len(src) {
				s.errAt("SyntaxError", s.line, s.col(s.pos), "unexpected EOF while parsing")
			}
			s.errAt("SyntaxError", s.line, s.col(s.pos)+1, "unexpected character after line continuation character")
		}
		break
	}
	if s.pos >= len(src) {
		return
	}
	s.contLine = false
	start, line, col := s.pos, s.line, s.col(s.pos)
	c := src[s.pos]
	if c == '\n' || c == '\r' {
		s.skipNewline()
		if len(s.brackets) == 0 {
			s.toks = append(s.toks, token{kind: tNewline, pos: start, end: start + 1, line: line, col: col, eline: line, ecol: col + 1})
			s.atBOL = true
		} else if n := len(s.modes); n > 0 && !s.modes[n-1].triple && s.modes[n-1].kind == modeExpr && false {
			s.unterminatedFString(s.modes[n-1])
		}
		return
	}
	if c >= '0' && c <= '9' || c == '.' && s.pos+1 < len(src) && src[s.pos+1] >= '0' && src[s.pos+1] <= '9' {
		s.scanNumber()
		s.emit(tNumber, start, line, col)
		return
	}
	if c == '"' || c == '\'' {
		s.scanString(start, line, col, false, false)
		return
	}
	r, size := rune(c), 1
	if c >= 0x80 {
		r, size = utf8.DecodeRune(src[s.pos:])
	}
	if isIdentStart(r) {
		if c >= 0x80 {
			s.nonASCIIName = true
		}
		s.pos += size
		for s.pos < len(src) {
			c := src[s.pos]
			if c < 0x80 {
				if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					s.pos++
					continue
				}
				break
			}
			r, size := utf8.DecodeRune(src[s.pos:])
			if !isIdentCont(r) {
				break
			}
			s.nonASCIIName = true
			s.pos += size
		}
		word := src[start:s.pos]
		// string prefixes
		if s.pos < len(src) && (src[s.pos] == '"' || src[s.pos] == '\'') && len(word) <= 2 {
			if raw, f, ok := stringPrefix(word); ok {
				s.scanString(start, line, col, raw, f)
				return
			}
		}
		s.emit(keywordKind(string(word)), start, line, col)
		return
	}
	s.scanOperator(start, line, col, r, size)
}

// stringPrefix reports whether word is a string prefix, and whether it is
// raw or an f-string.
func stringPrefix(word []byte) (raw, f, ok bool) {
	var r, b, u, ff int
	for _, c := range word {
		switch c {
		case 'r', 'R':
			r++
		case 'b', 'B':
			b++
		case 'u', 'U':
			u++
		case 'f', 'F':
			ff++
		default:
			return false, false, false
		}
	}
	if r > 1 || b > 1 || u > 1 || ff > 1 || u == 1 && len(word) > 1 || b+ff > 1 {
		return false, false, false
	}
	return r == 1, ff == 1, true
}

func (s *scanner) scanOperator(start, line, col int, r rune, size int) {
	src := s.src
	c := src[s.pos]
	next := func(i int) byte {
		if s.pos+i < len(src) {
			return src[s.pos+i]
		}
		return 0
	}
	k := tEOF
	n := 1
	// Inside a replacement field, at the field's own depth, ':' starts the
	// format spec and '}' ends the field; '!' is the conversion marker.
	var fieldTop *mode
	if m := len(s.modes); m > 0 && s.modes[m-1].kind == modeExpr && s.modes[m-1].depth == len(s.brackets) {
		fieldTop = &s.modes[m-1]
	}
	switch c {
	case '(':
		k = tLPar
	case ')':
		k = tRPar
	case '[':
		k = tLSqb
	case ']':
		k = tRSqb
	case '{':
		k = tLBrace
	case '}':
		k = tRBrace
	case ':':
		k = tColon
		if next(1) == '=' && fieldTop == nil {
			k, n = tColonEqual, 2
		}
	case ',':
		k = tComma
	case ';':
		k = tSemi
	case '+':
		k = tPlus
		if next(1) == '=' {
			k, n = tPlusEqual, 2
		}
	case '-':
		k = tMinus
		if next(1) == '=' {
			k, n = tMinEqual, 2
		} else if next(1) == '>' {
			k, n = tRArrow, 2
		}
	case '*':
		k = tStar
		if next(1) == '*' {
			k, n = tDoubleStar, 2
			if next(2) == '=' {
				k, n = tDoubleStarEqual, 3
			}
		} else if next(1) == '=' {
			k, n = tStarEqual, 2
		}
	case '/':
		k = tSlash
		if next(1) == '/' {
			k, n = tDoubleSlash, 2
			if next(2) == '=' {
				k, n = tDoubleSlashEqual, 3
			}
		} else if next(1) == '=' {
			k, n = tSlashEqual, 2
		}
	case '|':
		k = tVBar
		if next(1) == '=' {
			k, n = tVBarEqual, 2
		}
	case '&':
		k = tAmper
		if next(1) == '=' {
			k, n = tAmperEqual, 2
		}
	case '<':
		k = tLess
		switch next(1) {
		case '=':
			k, n = tLessEqual, 2
		case '<':
			k, n = tLeftShift, 2
			if next(2) == '=' {
				k, n = tLeftShiftEqual, 3
			}
		case '>':
			k, n = tNotEqual, 2 // <> is only valid with barry_as_FLUFL; parser rejects
		}
	case '>':
		k = tGreater
		switch next(1) {
		case '=':
			k, n = tGreaterEqual, 2
		case '>':
			k, n = tRightShift, 2
			if next(2) == '=' {
				k, n = tRightShiftEqual, 3
			}
		}
	case '=':
		k = tEqual
		if next(1) == '=' {
			k, n = tEqEqual, 2
		}
	case '.':
		k = tDot
		if next(1) == '.' && next(2) == '.' {
			k, n = tEllipsis, 3
		}
	case '%':
		k = tPercent
		if next(1) == '=' {
			k, n = tPercentEqual, 2
		}
	case '~':
		k = tTilde
	case '^':
		k = tCircumflex
		if next(1) == '=' {
			k, n = tCircumflexEqual, 2
		}
	case '@':
		k = tAt
		if next(1) == '=' {
			k, n = tAtEqual, 2
		}
	case '!':
		if next(1) == '=' {
			k, n = tNotEqual, 2
		} else if len(s.modes) > 0 {
			k = tExclamation
		}
	}
	if k == tEOF {
		if r == utf8.RuneError && size <= 1 {
			s.errAt("SyntaxError", line, col, "invalid character '%c' (U+%04X)", r, r)
		}
		if !unicode.IsPrint(r) {
			s.errAt("SyntaxError", line, col, "invalid non-printable character U+%04X", r)
		}
		s.errAt("SyntaxError", line, col, "invalid character '%c' (U+%04X)", r, r)
	}
	s.pos += n
	switch k {
	case tLPar, tLSqb, tLBrace:
		if len(s.brackets) >= maxBrackets {
			s.errAt("SyntaxError", line, col, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, bracket{c, line, col})
	case tRPar, tRSqb, tRBrace:
		if len(s.brackets) == 0 {
			s.errAt("SyntaxError", line, col, "unmatched '%c'", c)
		}
		open := s.brackets[len(s.brackets)-1]
		if want := closerOf(open.ch); want != c {
			if m := len(s.modes); m > 0 && s.modes[m-1].kind == modeExpr && s.modes[m-1].depth == len(s.brackets) {
				s.errAt("SyntaxError", line, col, "f-string: unmatched '%c'", c)
			}
			if open.line != line {
				s.errAt("SyntaxError", line, col, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line)
			}
			s.errAt("SyntaxError", line, col, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		if fieldTop != nil && c == '}' {
			// end of a replacement field
			s.modes = s.modes[:len(s.modes)-1]
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	case tColon:
		if fieldTop != nil {
			s.emit(k, start, line, col)
			s.modes = append(s.modes, mode{kind: modeSpec, depth: fieldTop.depth})
			return
		}
	}
	s.emit(k, start, line, col)
}

func closerOf(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// scanNumber scans a numeric literal at s.pos.
func (s *scanner) scanNumber() {
	src := s.src
	start, line, col := s.pos, s.line, s.col(s.pos)
	at := func(i int) byte {
		if i < len(src) {
			return src[i]
		}
		return 0
	}
	// digits scans digits with single underscores between them.
	digits := func(ok func(byte) bool, kind string) {
		for {
			for ok(at(s.pos)) {
				s.pos++
			}
			if at(s.pos) != '_' {
				return
			}
			s.pos++
			if !ok(at(s.pos)) {
				s.errAt("SyntaxError", s.line, s.col(s.pos)-1, "invalid %s literal", kind)
			}
		}
	}
	tail := func(kind string) {
		c := at(s.pos)
		r := rune(c)
		if c >= 0x80 {
			r, _ = utf8.DecodeRune(src[s.pos:])
		}
		if isIdentStart(r) || isDigit(c) {
			// CPython accepts a keyword right after a number (1if x else 2).
			rest := src[s.pos:]
			for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
				if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
					return
				}
			}
			s.errAt("SyntaxError", line, col, "invalid %s literal", kind)
		}
	}
	c := src[s.pos]
	if c == '0' && (at(s.pos+1)|0x20 == 'x' || at(s.pos+1)|0x20 == 'o' || at(s.pos+1)|0x20 == 'b') {
		var ok func(byte) bool
		var kind string
		switch at(s.pos+1) | 0x20 {
		case 'x':
			ok, kind = isHex, "hexadecimal"
		case 'o':
			ok, kind = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, kind = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		s.pos += 2
		if at(s.pos) == '_' {
			s.pos++
		}
		if !ok(at(s.pos)) {
			if isDigit(at(s.pos)) {
				s.errAt("SyntaxError", s.line, s.col(s.pos), "invalid digit '%c' in %s literal", at(s.pos), kind)
			}
			s.errAt("SyntaxError", s.line, s.col(s.pos)-1, "invalid %s literal", kind)
		}
		digits(ok, kind)
		if isDigit(at(s.pos)) {
			s.errAt("SyntaxError", s.line, s.col(s.pos), "invalid digit '%c' in %s literal", at(s.pos), kind)
		}
		tail(kind)
		return
	}
	isFloat := false
	if c != '.' {
		digits(isDigit, "decimal")
	}
	if at(s.pos) == '.' {
		isFloat = true
		s.pos++
		if isDigit(at(s.pos)) {
			digits(isDigit, "decimal")
		}
	}
	if at(s.pos)|0x20 == 'e' {
		e := s.pos
		s.pos++
		if at(s.pos) == '+' || at(s.pos) == '-' {
			s.pos++
		}
		if !isDigit(at(s.pos)) {
			s.pos = e
			tail("decimal")
		}
		digits(isDigit, "decimal")
		isFloat = true
	}
	if at(s.pos)|0x20 == 'j' {
		s.pos++
		tail("imaginary")
		return
	}
	if !isFloat && src[start] == '0' {
		for i := start; i < s.pos; i++ {
			if src[i] != '0' && src[i] != '_' {
				s.p.failAt("SyntaxError", line, col+1, line, s.col(s.pos)+1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	tail("decimal")
}

// scanString scans a string literal whose prefix starts at start and
// whose quote is at s.pos.
func (s *scanner) scanString(start, line, col int, raw, f bool) {
	src := s.src
	q := src[s.pos]
	triple := s.pos+2 < len(src) && src[s.pos+1] == q && src[s.pos+2] == q
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	if f {
		s.emit(tFStart, start, line, col)
		s.modes = append(s.modes, mode{kind: modeFStr, quote: q, triple: triple, line: line, col: col})
		return
	}
	for {
		if s.pos >= len(src) {
			break
		}
		c := src[s.pos]
		switch {
		case c == q:
			if !triple {
				s.pos++
				s.emit(tString, start, line, col)
				return
			}
			if s.pos+2 < len(src) && src[s.pos+1] == q && src[s.pos+2] == q {
				s.pos += 3
				s.emit(tString, start, line, col)
				return
			}
			s.pos++
		case c == '\\':
			s.pos++
			if s.pos < len(src) {
				if src[s.pos] == '\n' || src[s.pos] == '\r' {
					s.skipNewline()
				} else {
					s.pos++
				}
			}
		case c == '\n' || c == '\r':
			if !triple {
				s.errAt("SyntaxError", line, col, "unterminated string literal (detected at line %d)", line)
			}
			s.skipNewline()
		default:
			s.pos++
		}
	}
	if triple {
		s.errAt("SyntaxError", line, col, "unterminated triple-quoted string literal (detected at line %d)", s.lastLine())
	}
	s.errAt("SyntaxError", line, col, "unterminated string literal (detected at line %d)", line)
}

// scanFStringText scans literal text in an f-string or format spec, up to
// a replacement field, the end of the spec or the closing quote.
func (s *scanner) scanFStringText() {
	src := s.src
	top := &s.modes[len(s.modes)-1]
	var fs *mode // the f-string itself
	for i := len(s.modes) - 1; i >= 0; i-- {
		if s.modes[i].kind == modeFStr {
			fs = &s.modes[i]
			break
		}
	}
	spec := top.kind == modeSpec
	start, line, col := s.pos, s.line, s.col(s.pos)
	flush := func() {
		if s.pos > start {
			s.emit(tFMiddle, start, line, col)
		}
	}
	for {
		if s.pos >= len(src) {
			flush()
			s.unterminatedFString(*fs)
		}
		c := src[s.pos]
		switch {
		case c == fs.quote && (!fs.triple || s.pos+2 < len(src) && src[s.pos+1] == c && src[s.pos+2] == c):
			if spec {
				flush()
				s.errAt("SyntaxError", s.line, s.col(s.pos), "f-string: expecting '}'")
			}
			flush()
			st, sl, sc := s.pos, s.line, s.col(s.pos)
			if fs.triple {
				s.pos += 3
			} else {
				s.pos++
			}
			s.emit(tFEnd, st, sl, sc)
			s.modes = s.modes[:len(s.modes)-1]
			return
		case c == '{':
			if !spec && s.pos+1 < len(src) && src[s.pos+1] == '{' {
				s.pos += 2
				continue
			}
			flush()
			st, sl, sc := s.pos, s.line, s.col(s.pos)
			s.pos++
			s.brackets = append(s.brackets, bracket{'{', sl, sc})
			s.emit(tLBrace, st, sl, sc)
			s.modes = append(s.modes, mode{kind: modeExpr, depth: len(s.brackets)})
			return
		case c == '}':
			if spec {
				flush()
				st, sl, sc := s.pos, s.line, s.col(s.pos)
				s.pos++
				s.emit(tRBrace, st, sl, sc)
				s.brackets = s.brackets[:len(s.brackets)-1]
				s.modes = s.modes[:len(s.modes)-2] // the spec and its field
				return
			}
			if s.pos+1 < len(src) && src[s.pos+1] == '}' {
				s.pos += 2
				continue
			}
			s.errAt("SyntaxError", s.line, s.col(s.pos), "f-string: single '}' is not allowed")
		case c == '\\':
			s.pos++
			if s.pos < len(src) {
				if src[s.pos] == '\n' || src[s.pos] == '\r' {
					s.skipNewline()
				} else if src[s.pos] != '{' && src[s.pos] != '}' {
					s.pos++
				}
			}
		case c == '\n' || c == '\r':
			if !fs.triple {
				flush()
				s.unterminatedFString(*fs)
			}
			s.skipNewline()
		default:
			s.pos++
		}
	}
}
