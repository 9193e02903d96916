package transpile

// This file lowers yield from whose value is used (C-GEN: gpython's
// yield from evaluates to the sub-generator, not its return value, and
// its generators drop return values). x = yield from g becomes a loop over
// the step helpers of helpers.go:
//
//	__nbc_yfN = __nbc_yf_start(g)
//	while __nbc_yf_step(__nbc_yfN): __nbc_yf_send(__nbc_yfN, (yield __nbc_yf_value(__nbc_yfN)))
//	x = __nbc_yf_value(__nbc_yfN)
//
// __nbc_yf_step resumes the sub-generator with the value last sent and
// keeps what it yielded, or, once it returns, its return value.

import py "github.com/nbcheck/nbcheck/pysyntax"

// yieldFrom prints a statement whose value is yield from yf; prefix
// writes what comes before the value ("x = ", "return ").
func (p *printer) yieldFrom(yf *py.YieldFrom, sp *py.Span, prefix func()) {
	p.features |= YieldFrom
	st := p.newTemp("yf")
	p.begin(sp)
	p.w(st + " = __nbc_yf_start(")
	p.expr(yf.Value, precLambda)
	p.w(")")
	p.begin(sp)
	p.w("while __nbc_yf_step(" + st + "): __nbc_yf_send(" + st + ", (yield __nbc_yf_value(" + st + ")))")
	p.begin(sp)
	prefix()
	p.w("__nbc_yf_value(" + st + ")")
}
