package transpile

// This file lowers dict and set displays and comprehensions (gpython's
// dict takes only str keys and forgets insertion order: C-DICTKEYS,
// C-ORDER, C-SETHASH) and PEP 448 unpacking in displays and calls, into
// the __nbc_dict*/__nbc_set*/__nbc_list/__nbc_tuple/__nbc_call helpers of
// docs/lowering.md.

import (
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// displayChunk is the most arguments a lowered display passes in one call:
// gpython's CALL_FUNCTION counts at most 255 positional arguments (the
// high byte of its argument counts keywords), so longer displays are
// built in runs.
const displayChunk = 200

func (p *printer) dict(e *py.Dict) {
	p.features |= DictDisplay
	// Parts: each **m, and each run of at most displayChunk/2 pairs.
	parts, inRun, runLen := 0, false, 0
	for _, k := range e.Keys {
		switch {
		case k == nil:
			parts, inRun = parts+1, false
		case !inRun || runLen == displayChunk/2:
			parts, inRun, runLen = parts+1, true, 1
		default:
			runLen++
		}
	}
	if parts <= 1 && (len(e.Keys) == 0 || e.Keys[0] != nil) {
		p.w("__nbc_dict(")
		for i := range e.Keys {
			if i > 0 {
				p.w(", ")
			}
			p.expr(e.Keys[i], precLambda)
			p.w(", ")
			p.expr(e.Values[i], precLambda)
		}
		p.w(")")
		return
	}
	// Merging keeps the display's order and its last-wins rule.
	if parts > displayChunk {
		p.unsupported(Unpack, e.NodeSpan(), "a dict display of more than 20,000 items or ** parts")
	}
	for _, k := range e.Keys {
		if k == nil {
			p.features |= Unpack
		}
	}
	p.w("__nbc_dict_merge(")
	inRun, runLen = false, 0
	for i := range e.Keys {
		if e.Keys[i] == nil {
			if inRun {
				p.w("), ")
				inRun = false
			} else if i > 0 {
				p.w(", ")
			}
			p.expr(e.Values[i], precLambda)
			continue
		}
		switch {
		case inRun && runLen < displayChunk/2:
			p.w(", ")
			runLen++
		default:
			if inRun {
				p.w("), ")
			} else if i > 0 {
				p.w(", ")
			}
			p.w("__nbc_dict(")
			inRun, runLen = true, 1
		}
		p.expr(e.Keys[i], precLambda)
		p.w(", ")
		p.expr(e.Values[i], precLambda)
	}
	if inRun {
		p.w(")")
	}
	p.w(")")
}

func (p *printer) set(e *py.Set) {
	p.features |= SetDisplay
	p.w("__nbc_set(")
	if len(e.Elts) <= displayChunk {
		for i, x := range e.Elts {
			if i > 0 {
				p.w(", ")
			}
			p.item(x)
		}
		p.w(")")
		return
	}
	// Too many for one call: runs of plain items go as unpacked tuples.
	args, inRun, runLen := 0, false, 0
	for i, x := range e.Elts {
		if _, ok := x.(*py.Starred); ok {
			if inRun {
				p.w(",)), ")
				inRun = false
			} else if i > 0 {
				p.w(", ")
			}
			p.item(x)
			args++
			continue
		}
		switch {
		case inRun && runLen < displayChunk:
			p.w(", ")
			runLen++
		default:
			if inRun {
				p.w(",)), ")
			} else if i > 0 {
				p.w(", ")
			}
			p.w("__nbc_star((")
			inRun, runLen = true, 1
			args++
		}
		p.expr(x, precLambda)
	}
	if inRun {
		p.w(",))")
	}
	p.w(")")
	if args > 255 {
		p.unsupported(Unpack, e.NodeSpan(), "a set display of more than 50,000 items")
	}
}

// item prints a display item, marking a starred one with __nbc_star.
func (p *printer) item(x py.Expr) {
	if s, ok := x.(*py.Starred); ok {
		p.features |= Unpack
		p.w("__nbc_star(")
		p.expr(s.Value, precLambda)
		p.w(")")
		return
	}
	p.expr(x, precLambda)
}

// starredDisplay prints a list or tuple display with *x items: each run
// of plain items as a tuple, each starred item as __nbc_star(x).
func (p *printer) starredDisplay(helper string, elts []py.Expr) {
	p.features |= Unpack
	p.w(helper + "(")
	inRun := false
	for i, x := range elts {
		if _, ok := x.(*py.Starred); ok {
			if inRun {
				p.w(",), ")
				inRun = false
			} else if i > 0 {
				p.w(", ")
			}
			p.item(x)
			continue
		}
		if !inRun {
			if i > 0 {
				p.w(", ")
			}
			p.w("(")
			inRun = true
		} else {
			p.w(", ")
		}
		p.expr(x, precLambda)
	}
	if inRun {
		p.w(",)")
	}
	p.w(")")
}

// callNeedsHelper reports whether a call uses PEP 448 forms that Python
// 3.4's grammar lacks: several *a, a positional after *a, several **k, or
// a keyword after **k.
func callNeedsHelper(e *py.Call) bool {
	for i, a := range e.Args {
		if _, ok := a.(*py.Starred); ok && i != len(e.Args)-1 {
			return true
		}
	}
	for i, k := range e.Keywords {
		if k.Arg == "" && i != len(e.Keywords)-1 {
			return true
		}
	}
	return false
}

func (p *printer) call(e *py.Call) {
	if p.zeroArgSuper(e) || p.execCall(e) {
		return
	}
	for i, k := range e.Keywords {
		for _, k2 := range e.Keywords[:i] {
			if k.Arg != "" && k.Arg == k2.Arg {
				// pysyntax accepts f(a=1, a=2); CPython does not.
				p.unsupported(0, &k.Span, "keyword argument repeated: "+k.Arg)
			}
		}
	}
	if callNeedsHelper(e) || dictKeywordCall(e) {
		p.features |= Unpack
		p.w("__nbc_call(")
		p.expr(e.Func, precLambda)
		p.w(", ")
		p.starredDisplayParts(e.Args)
		p.dict(keywordsDict(e.Keywords))
		p.w(")")
		return
	}
	// Keyword order (kwargs.go in pyrt): a call passing two or more
	// keywords records their order with __nbc_ko on whatever gpython
	// evaluates last (the last keyword's value, or *args, which it
	// evaluates after the keywords); **m records it in __nbc_kw.
	names, starKw := keywordOrder(e)
	marked := -1 // index into e.Args or len(e.Args)+index into e.Keywords
	if starKw == nil && strings.Count(names, " ") >= 1 {
		marked = len(e.Args) + len(e.Keywords) - 1
		if len(e.Args) > 0 {
			if _, ok := e.Args[len(e.Args)-1].(*py.Starred); ok {
				marked = len(e.Args) - 1
			}
		}
	}
	p.expr(e.Func, precAtom)
	p.w("(")
	n := 0
	for i, a := range e.Args {
		if n > 0 {
			p.w(", ")
		}
		n++
		if i == marked {
			p.w("*__nbc_ko(")
			p.expr(a.(*py.Starred).Value, precLambda)
			p.w(", '" + names + "')")
			continue
		}
		p.expr(a, precLambda)
	}
	for i, k := range e.Keywords {
		if n > 0 {
			p.w(", ")
		}
		n++
		if k.Arg == "" {
			// gpython's VM takes only its own str-keyed dict after **.
			p.w("**__nbc_kw(")
			p.expr(k.Value, precLambda)
			if names != "" {
				p.w(", '" + names + "'")
			}
			p.w(")")
			continue
		}
		p.w(k.Arg + "=")
		if len(e.Args)+i == marked {
			p.w("__nbc_ko(")
			p.expr(k.Value, precLambda)
			p.w(", '" + names + "')")
			continue
		}
		p.expr(k.Value, precLambda)
	}
	p.w(")")
}

// keywordOrder returns a call's keyword names, space-separated in call
// order, and its **mapping (nil when none).
func keywordOrder(e *py.Call) (string, *py.Keyword) {
	var names []string
	var star *py.Keyword
	for _, k := range e.Keywords {
		if k.Arg == "" {
			star = k
			continue
		}
		names = append(names, k.Arg)
	}
	return strings.Join(names, " "), star
}

// dictKeywordCall reports a call of the name dict with two or more
// keywords or a **mapping: it goes through __nbc_call, which inserts the
// keywords in call order when the callee is the builtin dict.
func dictKeywordCall(e *py.Call) bool {
	if n, ok := e.Func.(*py.Name); !ok || n.ID != "dict" {
		return false
	}
	names, star := keywordOrder(e)
	return star != nil || strings.Contains(names, " ")
}

// starredDisplayParts prints a call's positional arguments as
// __nbc_call parts (plain runs as tuples, starred as __nbc_star), each
// followed by ", ".
func (p *printer) starredDisplayParts(args []py.Expr) {
	inRun := false
	for _, x := range args {
		if _, ok := x.(*py.Starred); ok {
			if inRun {
				p.w(",), ")
				inRun = false
			}
			p.item(x)
			p.w(", ")
			continue
		}
		if !inRun {
			p.w("(")
			inRun = true
		} else {
			p.w(", ")
		}
		p.expr(x, precLambda)
	}
	if inRun {
		p.w(",), ")
	}
}

// keywordsDict turns keyword arguments into a dict display.
func keywordsDict(ks []*py.Keyword) *py.Dict {
	d := &py.Dict{}
	for _, k := range ks {
		if k.Arg == "" {
			d.Keys = append(d.Keys, nil)
		} else {
			d.Keys = append(d.Keys, &py.Constant{Kind: py.ConstStr, Str: k.Arg})
		}
		d.Values = append(d.Values, k.Value)
	}
	return d
}
