package pysyntax

// This file makes the checks CPython's compiler makes on match patterns
// (compiler_pattern and friends in Python/compile.c), which a notebook
// user sees as syntax errors: irrefutable patterns before the last case,
// names bound twice, or-pattern alternatives binding different names,
// duplicate literal keys in mapping patterns, repeated keyword attributes
// in class patterns, several starred names in one sequence pattern.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// checkMatch aborts with CPython's SyntaxError if a case of m is invalid.
func (p *parser) checkMatch(m *Match) {
	var loc *Span
	for i, c := range m.Cases {
		stores := map[string]bool{}
		var order []string
		p.checkPattern(c.Pattern, c.Guard != nil || i == len(m.Cases)-1, stores, &order, &loc)
	}
}

// checkPattern checks pat; allowIrrefutable is false for a top pattern
// (or the non-last alternatives of one) that must not always match.
// stores collects the names bound, order their order. Like CPython's
// compiler, errors found after a sub-pattern point at the last pattern
// visited, *loc.
func (p *parser) checkPattern(pat Pattern, allowIrrefutable bool, stores map[string]bool, order *[]string, loc **Span) {
	*loc = pat.NodeSpan()
	store := func(name string) {
		if name == "" {
			return
		}
		if stores[name] {
			p.failSpan(*loc, "multiple assignments to name '"+name+"' in pattern")
		}
		stores[name] = true
		*order = append(*order, name)
	}
	sub := func(q Pattern) { p.checkPattern(q, true, stores, order, loc) }
	switch q := pat.(type) {
	case *MatchAs:
		if q.Pattern == nil {
			if !allowIrrefutable {
				if q.Name != "" {
					p.failSpan(&q.Span, "name capture '"+q.Name+"' makes remaining patterns unreachable")
				}
				p.failSpan(&q.Span, "wildcard makes remaining patterns unreachable")
			}
			store(q.Name)
			return
		}
		p.checkPattern(q.Pattern, allowIrrefutable, stores, order, loc)
		store(q.Name)
	case *MatchStar:
		store(q.Name)
	case *MatchSequence:
		stars := 0
		for _, x := range q.Patterns {
			if _, ok := x.(*MatchStar); ok {
				stars++
				if stars > 1 {
					p.failSpan(&q.Span, "multiple starred names in sequence pattern")
				}
			}
		}
		for _, x := range q.Patterns {
			sub(x)
		}
	case *MatchMapping:
		seen := map[string]bool{}
		for _, k := range q.Keys {
			key, repr, ok := constKey(k)
			if !ok {
				continue
			}
			if seen[key] {
				p.failSpan(&q.Span, "mapping pattern checks duplicate key ("+repr+")")
			}
			seen[key] = true
		}
		for _, x := range q.Patterns {
			sub(x)
		}
		store(q.Rest)
	case *MatchClass:
		for i, a := range q.KwdAttrs {
			for _, b := range q.KwdAttrs[:i] {
				if a == b {
					p.failSpan(q.KwdPatterns[i].NodeSpan(), "attribute name repeated in class pattern: "+a)
				}
			}
		}
		for _, x := range q.Patterns {
			sub(x)
		}
		for _, x := range q.KwdPatterns {
			sub(x)
		}
	case *MatchOr:
		var first []string
		var all map[string]bool
		for i, alt := range q.Patterns {
			altStores := map[string]bool{}
			for k := range stores {
				altStores[k] = true
			}
			var altOrder []string
			p.checkPattern(alt, allowIrrefutable && i == len(q.Patterns)-1, altStores, &altOrder, loc)
			if i == 0 {
				first = altOrder
				all = map[string]bool{}
				for _, n := range altOrder {
					all[n] = true
				}
				continue
			}
			same := len(altOrder) == len(first)
			for _, n := range altOrder {
				if !all[n] {
					same = false
				}
			}
			if !same {
				p.failSpan(*loc, "alternative patterns bind different names")
			}
		}
		for _, n := range first {
			stores[n] = true
			*order = append(*order, n)
		}
	}
}

// constKey returns a key under which equal constant mapping keys collide
// (1, 1.0 and True; 0 and -0), and the repr CPython prints for it; ok is
// false for a key that is not a constant (a dotted name).
func constKey(e Expr) (key, repr string, ok bool) {
	neg := false
	if u, isU := e.(*UnaryOp); isU && u.Op == USub {
		neg = true
		e = u.Operand
	}
	c, isC := e.(*Constant)
	if !isC {
		return "", "", false
	}
	switch c.Kind {
	case ConstNone:
		return "None", "None", true
	case ConstBool:
		if c.Bool {
			return "n:1", "True", true
		}
		return "n:0", "False", true
	case ConstInt:
		v := c.BigInt()
		if v == nil {
			return "", "", false
		}
		if neg {
			v = new(big.Int).Neg(v)
		}
		return "n:" + v.String(), v.String(), true
	case ConstFloat:
		f := c.Float
		if neg {
			f = -f
		}
		r := floatRepr(f)
		if f == math.Trunc(f) && !math.IsInf(f, 0) {
			bf, _ := new(big.Float).SetFloat64(f).Int(nil)
			return "n:" + bf.String(), r, true
		}
		return "f:" + r, r, true
	case ConstStr:
		return "s:" + c.Str, strRepr(c.Str, ""), true
	case ConstBytes:
		return "b:" + c.Str, strRepr(c.Str, "b"), true
	}
	return "", "", false
}

func floatRepr(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

// strRepr is repr of a simple str or bytes value (prefix "b").
func strRepr(s, prefix string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(prefix + q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strconv.FormatInt(int64(r)|0x100, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}
