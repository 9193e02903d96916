package transpile

// This file lowers f-strings. gpython 3.4 has none: an f-string becomes
// __nbc_cat(parts...), each replacement field __nbc_fmt(value, conv,
// spec) with the spec itself lowered (nested fields allowed). A
// self-documenting field {x=} arrives from the parser as the text "x="
// followed by the field with conversion 'r', so it needs nothing more.

import py "github.com/nbcheck/nbcheck/pysyntax"

func (p *printer) joinedStr(e *py.JoinedStr) {
	p.features |= FString
	var vals []py.Expr
	for _, v := range e.Values {
		if c, ok := v.(*py.Constant); ok && c.Str == "" && len(e.Values) > 1 {
			continue
		}
		vals = append(vals, v)
	}
	e = &py.JoinedStr{Span: e.Span, Values: vals}
	switch len(e.Values) {
	case 0:
		p.w("''")
		return
	case 1:
		if c, ok := e.Values[0].(*py.Constant); ok {
			p.constant(c)
			return
		}
		p.expr(e.Values[0], precAtom)
		return
	}
	p.w("__nbc_cat(")
	for i, v := range e.Values {
		if i > 0 {
			p.w(", ")
		}
		p.expr(v, precLambda)
	}
	p.w(")")
}

func (p *printer) formattedValue(e *py.FormattedValue) {
	p.features |= FString
	p.w("__nbc_fmt(")
	p.expr(e.Value, precLambda)
	switch e.Conversion {
	case 'r':
		p.w(", 'r', ")
	case 's':
		p.w(", 's', ")
	case 'a':
		p.w(", 'a', ")
	default:
		p.w(", '', ")
	}
	if e.FormatSpec == nil {
		p.w("''")
	} else {
		p.expr(e.FormatSpec, precLambda)
	}
	p.w(")")
}
