package pysyntax

// This file parses literals: numbers, strings with their escapes,
// implicit concatenation, and f-strings from the scanner's FSTRING_START,
// FSTRING_MIDDLE and FSTRING_END tokens (PEP 701).

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

func (p *parser) number(t *token) Expr {
	raw := p.text(t)
	c := p.slabs.constants.alloc()
	*c = Constant{Span: spanOf(t), Raw: raw}
	clean := raw
	if strings.IndexByte(raw, '_') >= 0 {
		clean = strings.ReplaceAll(raw, "_", "")
	}
	last := clean[len(clean)-1] | 0x20
	isHexLit := len(clean) > 1 && clean[0] == '0' && clean[1]|0x20 == 'x'
	switch {
	case last == 'j':
		c.Kind = ConstComplex
		c.Float = parseFloat(clean[:len(clean)-1])
	case !isHexLit && strings.ContainsAny(clean, ".eE"):
		c.Kind = ConstFloat
		c.Float = parseFloat(clean)
	case len(clean) > 1 && clean[0] == '0' && clean[1] >= '0' && clean[1] <= '9' && strings.Trim(clean, "0") != "":
		// 010else: CPython's tokenizer backs out of the exponent and
		// reads the digits as a float (10.0); the scanner refuses any
		// other decimal with leading zeros.
		c.Kind = ConstFloat
		c.Float = parseFloat(clean)
	default:
		c.Kind = ConstInt
	}
	return c
}

func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f // ±Inf or 0, as CPython
		}
		return math.NaN()
	}
	return f
}

// strPrefix splits a string token's text into its flags and body.
func strPrefix(s string) (raw, bytes, u bool, quoteLen int, body string) {
	i := 0
	for i < len(s) && s[i] != '\'' && s[i] != '"' {
		switch s[i] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			bytes = true
		case 'u':
			u = s[i] == 'u'
		}
		i++
	}
	q := s[i]
	quoteLen = 1
	if len(s)-i >= 6 && s[i+1] == q && s[i+2] == q {
		quoteLen = 3
	}
	return raw, bytes, u, quoteLen, s[i+quoteLen : len(s)-quoteLen]
}

// strings parses one or more adjacent string and f-string literals.
func (p *parser) strings() Expr {
	start := p.i
	var sb strings.Builder
	var parts []Expr // for f-strings
	isF, isBytes, first := false, false, true
	u := false
	litStart := -1 // token index where the pending literal text began
	var litEnd *token
	flushLit := func() {
		if sb.Len() > 0 || false {
			a, b := &p.toks[litStart], litEnd
			parts = append(parts, &Constant{Span: Span{a.line, a.col, b.eline, b.ecol}, Kind: ConstStr, Str: sb.String(), Raw: p.str[a.pos:b.end]})
			sb.Reset()
		}
		litStart = -1
	}
	for {
		t := p.tok()
		if t.kind == tString {
			raw, b, uu, _, body := strPrefix(p.text(t))
			if first {
				isBytes, u = b, uu
			} else if b != isBytes {
				p.failAt("SyntaxError", t.eline, t.ecol+1, t.eline, t.ecol+1, "cannot mix bytes and nonbytes literals")
			}
			if litStart < 0 {
				litStart = p.i
			}
			p.decode(&sb, body, raw, b, t)
			litEnd = t
			p.i++
		} else if t.kind == tFStart {
			if !first && isBytes {
				p.failAt("SyntaxError", t.eline, t.ecol+1, t.eline, t.ecol+1, "cannot mix bytes and nonbytes literals")
			}
			isF = true
			p.fstring(&sb, &parts, &litStart, &litEnd, flushLit)
		} else {
			break
		}
		first = false
	}
	sp := p.spanFrom(start)
	if !isF {
		c := p.slabs.constants.alloc()
		*c = Constant{Span: sp, Kind: ConstStr, Str: sb.String(), U: u, Raw: p.str[p.toks[start].pos:p.prev().end]}
		if isBytes {
			c.Kind = ConstBytes
		}
		return c
	}
	flushLit()
	if parts == nil {
		parts = []Expr{}
	}
	return &JoinedStr{Span: sp, Values: parts}
}

// fstring parses one f-string from its FSTRING_START token, appending
// literal text to sb and replacement fields to parts.
func (p *parser) fstring(sb *strings.Builder, parts *[]Expr, litStart *int, litEnd **token, flush func()) {
	st := p.next()
	raw, _, _, _, _ := strPrefix(p.text(st) + "''")
	for {
		t := p.tok()
		switch t.kind {
		case tFMiddle:
			if *litStart < 0 {
				*litStart = p.i
			}
			p.decodeFMiddle(sb, p.text(t), raw, t)
			*litEnd = t
			p.i++
		case tLBrace:
			*parts = append(*parts, p.replacementField(raw, sb, parts, litStart, litEnd))
		case tFEnd:
			p.i++
			return
		default:
			p.syntaxError()
		}
	}
}

// replacementField parses '{' expr ['='] ['!' conv] [':' spec] '}'.
func (p *parser) replacementField(raw bool, sb *strings.Builder, parts *[]Expr, litStart *int, litEnd **token) Expr {
	open := p.next()
	start := p.i - 1
	if p.kind() == tRBrace {
		p.failTok(p.tok(), "f-string: empty expression not allowed")
	}
	var e Expr
	if p.kind() == tYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
		if st, ok := e.(*Starred); ok {
			p.failSpan(&st.Span, "f-string: cannot use starred expression here")
		}
	}
	fv := &FormattedValue{Value: e, Conversion: -1}
	if p.kind() == tEqual {
		eq := p.next()
		// self-documenting: the text up to and including '=' and the
		// whitespace after it becomes literal text.
		end := eq.end
		for end < len(p.src) && (p.src[end] == ' ' || p.src[end] == '\t') {
			end++
		}
		if *litStart < 0 {
			*litStart = start
		}
		sb.WriteString(string(p.src[open.end:end]))
		*litEnd = eq
		if p.kind() != tExclamation && p.kind() != tColon {
			fv.Conversion = 'r'
		}
	}
	// Text before '=' was added to sb after flush; emit it now.
	if sb.Len() > 0 {
		a, b := &p.toks[*litStart], *litEnd
		*parts = append(*parts, &Constant{Span: Span{a.line, a.col, b.eline, b.ecol}, Kind: ConstStr, Str: sb.String(), Raw: p.str[a.pos:b.end]})
		sb.Reset()
		*litStart = -1
	}
	if p.got(tExclamation) {
		t := p.tok()
		if t.kind != tName || p.toks[p.i-1].end != t.pos {
			p.failTok(t, "f-string: missing conversion character")
		}
		switch p.text(t) {
		case "s", "r", "a":
			fv.Conversion = int(p.text(t)[0])
		default:
			p.failTok(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.i++
	}
	if p.kind() == tColon {
		c := p.next()
		spec := &JoinedStr{Values: []Expr{}}
		var ssb strings.Builder
		sStart := -1
		var sEnd *token
		lastField := false
		for p.kind() != tRBrace {
			t := p.tok()
			switch t.kind {
			case tFMiddle:
				if sStart < 0 {
					sStart = p.i
				}
				p.decodeFMiddle(&ssb, p.text(t), raw, t)
				sEnd = t
				p.i++
				lastField = false
			case tLBrace:
				spec.Values = append(spec.Values, p.replacementField(raw, &ssb, &spec.Values, &sStart, &sEnd))
				lastField = true
			default:
				p.syntaxError()
			}
		}
		if ssb.Len() > 0 {
			a := &p.toks[sStart]
			spec.Values = append(spec.Values, &Constant{Span: Span{a.line, a.col, sEnd.eline, sEnd.ecol}, Kind: ConstStr, Str: ssb.String(), Raw: p.str[a.pos:sEnd.end]})
		} else if lastField {
			// CPython 3.12 ends a spec that ends with a field with an
			// empty constant.
			t := p.tok()
			spec.Values = append(spec.Values, &Constant{Span: Span{t.line, t.col, t.line, t.col}, Kind: ConstStr})
		}
		spec.Span = Span{c.line, c.col, p.tok().line, p.tok().col}
		fv.FormatSpec = spec
	}
	if p.kind() != tRBrace {
		if p.kind() == tFEnd || p.kind() == tEOF {
			p.failTok(p.tok(), "f-string: expecting '}'")
		}
		p.syntaxError()
	}
	p.i++
	fv.Span = p.spanFrom(start)
	return fv
}

// decodeFMiddle decodes literal f-string text: escapes (unless raw) and
// doubled braces.
func (p *parser) decodeFMiddle(sb *strings.Builder, s string, raw bool, t *token) {
	if strings.Contains(s, "{{") || strings.Contains(s, "}}") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "{{", "{"), "}}", "}")
	}
	p.decode(sb, s, raw, false, t)
}

// decode appends the value of string literal body s to sb.
func (p *parser) decode(sb *strings.Builder, s string, raw, bytes bool, t *token) {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if raw || strings.IndexByte(s, '\\') < 0 {
		if bytes {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					p.failTok(t, "bytes can only contain ASCII literal characters")
				}
			}
		}
		sb.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if bytes && c >= 0x80 {
				p.failTok(t, "bytes can only contain ASCII literal characters")
			}
			sb.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			sb.WriteByte('\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			sb.WriteByte(c)
		case 'a':
			sb.WriteByte(7)
		case 'b':
			sb.WriteByte(8)
		case 'f':
			sb.WriteByte(12)
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if bytes {
				sb.WriteByte(byte(v))
			} else {
				writeRune(sb, rune(v))
			}
		case 'x':
			v, ok := hexN(s, i, 2)
			if !ok {
				p.escapeError(t, bytes, i-2, "truncated \\xXX escape")
			}
			i += 2
			if bytes {
				sb.WriteByte(byte(v))
			} else {
				writeRune(sb, rune(v))
			}
		case 'u', 'U':
			if bytes {
				sb.WriteByte('\\')
				sb.WriteByte(c)
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			v, ok := hexN(s, i, n)
			if !ok {
				p.escapeError(t, false, i-2, fmt.Sprintf("truncated \\%cXXXX%s escape", c, strings.Repeat("XXXX", n/4-1)))
			}
			if v > 0x10FFFF {
				p.escapeError(t, false, i-2, "illegal Unicode character")
			}
			i += n
			writeRune(sb, rune(v))
		case 'N':
			if bytes {
				sb.WriteString("\\N")
				continue
			}
			end := strings.IndexByte(s[i:], '}')
			if i >= len(s) || s[i] != '{' || end < 0 {
				p.escapeError(t, false, i-2, "malformed \\N character escape")
			}
			name := s[i+1 : i+end]
			r, ok := unicodeName(name)
			if !ok {
				p.escapeError(t, false, i-2, "unknown Unicode character name")
			}
			i += end + 1
			writeRune(sb, r)
		default:
			sb.WriteByte('\\')
			sb.WriteByte(c)
		}
	}
}

func (p *parser) escapeError(t *token, bytes bool, at int, msg string) {
	codec := "unicodeescape"
	if bytes {
		p.failTok(t, fmt.Sprintf("(value error) invalid \\x escape at position %d", at))
	}
	p.failTok(t, fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: %s", codec, at, at+1, msg))
}

func hexN(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if !isHex(c) {
			return 0, false
		}
		v = v*16 + hexVal(c)
	}
	return v, true
}

func hexVal(c byte) int {
	switch {
	case c <= '9':
		return int(c - '0')
	case c >= 'a':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// writeRune writes r as UTF-8; surrogates are written in their 3-byte
// (WTF-8) form so that they survive.
func writeRune(sb *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		sb.WriteByte(byte(0xE0 | r>>12))
		sb.WriteByte(byte(0x80 | (r>>6)&0x3F))
		sb.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	sb.WriteRune(r)
}

// unicodeName resolves the few \N{...} names tutorials use. Go's standard
// library has no Unicode name table; unknown names are reported as
// errors rather than guessed.
func unicodeName(name string) (rune, bool) {
	r, ok := unicodeNames[strings.ToUpper(name)]
	return r, ok
}

var unicodeNames = map[string]rune{
	"BULLET": '•', "EM DASH": '—', "EN DASH": '–', "HORIZONTAL ELLIPSIS": '…',
	"DEGREE SIGN": '°', "GREEK SMALL LETTER ALPHA": 'α', "GREEK SMALL LETTER BETA": 'β',
	"GREEK SMALL LETTER PI": 'π', "GREEK CAPITAL LETTER DELTA": 'Δ', "GREEK SMALL LETTER MU": 'μ',
	"CHECK MARK": '✓', "HEAVY CHECK MARK": '✔', "BALLOT X": '✗', "RIGHTWARDS ARROW": '→',
	"LEFTWARDS ARROW": '←', "NO-BREAK SPACE": '\u00a0', "SPACE": ' ', "EURO SIGN": '€',
	"POUND SIGN": '£', "COPYRIGHT SIGN": '©', "MULTIPLICATION SIGN": '×', "DIVISION SIGN": '÷',
	"PLUS-MINUS SIGN": '±', "INFINITY": '∞', "SNOWMAN": '☃', "BLACK STAR": '★', "WHITE STAR": '☆',
	"LATIN SMALL LETTER E WITH ACUTE": 'é', "NULL": 0, "LINE FEED": '\n', "CHARACTER TABULATION": '\t',
	"ZERO WIDTH SPACE": '\u200b', "GRINNING FACE": '😀', "THUMBS UP SIGN": '👍', "PARTY POPPER": '🎉',
	"ROCKET": '🚀', "SPARKLES": '✨', "WARNING SIGN": '⚠', "HOURGLASS": '⌛',
}

var _ = utf8.RuneError
