package transpile

// This file prints literals. Numbers lose their underscores (gpython's
// lexer predates PEP 515). Every string and bytes literal is re-emitted in
// one canonical form, single-quoted with escapes for everything outside
// printable ASCII, because gpython's lexer mishandles some prefixes and
// escapes (\N{...}, for one).

import (
	"strconv"
	"strings"
	"unicode/utf8"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

func (p *printer) constant(c *py.Constant) {
	switch c.Kind {
	case py.ConstNone:
		p.w("None")
	case py.ConstBool:
		if c.Bool {
			p.w("True")
		} else {
			p.w("False")
		}
	case py.ConstEllipsis:
		p.w("...")
	case py.ConstInt, py.ConstFloat, py.ConstComplex:
		raw := c.Raw
		if strings.IndexByte(raw, '_') >= 0 {
			p.features |= NumUnderscore
			raw = strings.ReplaceAll(raw, "_", "")
		}
		if c.Kind == py.ConstFloat && !strings.ContainsAny(raw, ".eE") {
			raw = "" // 010 read as a float (1 if 010else 2): printed from its value
		}
		if raw == "" {
			switch c.Kind {
			case py.ConstInt:
				if v := c.BigInt(); v != nil {
					raw = v.String()
				}
			case py.ConstFloat:
				raw = strconv.FormatFloat(c.Float, 'g', -1, 64)
				if !strings.ContainsAny(raw, ".eIN") {
					raw += ".0"
				}
			case py.ConstComplex:
				raw = strconv.FormatFloat(c.Float, 'g', -1, 64) + "j"
			}
		}
		p.w(raw)
	case py.ConstStr:
		p.buf = appendQuoteStr(p.buf, c.Str)
	case py.ConstBytes:
		p.w(quoteBytes(c.Str))
	}
}

const hexDigits = "0123456789abcdef"

// quoteStr returns s as a canonical gpython str literal.
func quoteStr(s string) string {
	return string(appendQuoteStr(make([]byte, 0, len(s)+2), s))
}

// appendQuoteStr appends s as a canonical gpython str literal to b.
func appendQuoteStr(b []byte, s string) []byte {
	b = append(b, '\'')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = appendASCII(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// A lone surrogate kept as WTF-8 (3 bytes: ED A0..BF xx).
			if c == 0xED && i+2 < len(s) {
				r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				size = 3
			} else {
				r = rune(c)
			}
		}
		if r <= 0xFFFF {
			b = append(b, `\u`...)
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&0xF])
			}
		} else {
			b = append(b, `\U`...)
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&0xF])
			}
		}
		i += size
	}
	return append(b, '\'')
}

// quoteBytes returns s (raw bytes) as a canonical bytes literal.
func quoteBytes(s string) string {
	b := make([]byte, 0, len(s)+3)
	b = append(b, "b'"...)
	for i := 0; i < len(s); i++ {
		b = appendASCII(b, s[i])
	}
	return string(append(b, '\''))
}

// appendASCII appends byte c of a literal, escaped as needed.
func appendASCII(b []byte, c byte) []byte {
	switch {
	case c == '\\':
		return append(b, `\\`...)
	case c == '\'':
		return append(b, `\'`...)
	case c == '\n':
		return append(b, `\n`...)
	case c == '\t':
		return append(b, `\t`...)
	case c == '\r':
		return append(b, `\r`...)
	case c >= 0x20 && c < 0x7f:
		return append(b, c)
	default:
		return append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
	}
}
