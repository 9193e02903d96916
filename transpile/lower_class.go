package transpile

// This file prints class statements and what depends on the enclosing
// class: zero-argument super() becomes __nbc_super(Cls, first_arg)
// (gpython has no __class__ cell), private names are mangled (see
// printer.mangle), and annotations become strings in __annotations__ (a
// class body records them in order for dataclasses and NamedTuple;
// elsewhere x: T = v is just x = v, since gpython cannot evaluate most
// annotations).

import (
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

func (p *printer) classDef(s *py.ClassDef) {
	if len(s.TypeParams) > 0 {
		// lowerTypeParams has rewritten every generic class.
		p.unsupported(TypeParams, &s.Span, "type parameters (PEP 695) here are not supported")
		return
	}
	p.checkName(s.Name, &s.Span)
	if callNeedsHelper(&py.Call{Args: s.Bases, Keywords: s.Keywords}) {
		p.unsupported(Unpack, &s.Span, "several `*` or `**` in a class statement are not supported by gpython")
		return
	}
	temps := p.decorators(s.DecoratorList)
	p.begin(&s.Span)
	name := p.resolveFrom(s.Name, len(p.scopes)-1)
	p.w("class " + name)
	if len(s.Bases)+len(s.Keywords) > 0 {
		p.call(&py.Call{Func: &py.Name{ID: ""}, Args: s.Bases, Keywords: s.Keywords})
	}
	p.w(":")
	outer := p.top()
	expr := s.Name
	if outer.kind == scopeClass {
		expr = outer.classExpr + "." + s.Name
	}
	p.scopes = append(p.scopes, &pscope{kind: scopeClass, data: p.an.scopeOf(s), className: s.Name, classExpr: expr})
	p.block(s.Body)
	p.popScope()
	p.delTemps(temps)
}

// annText returns the source text of an annotation.
func (p *printer) annText(e py.Expr) string {
	sp := e.NodeSpan()
	a := p.offset(sp.Lineno, sp.ColOffset)
	b := p.offset(sp.EndLineno, sp.EndColOffset)
	if a < 0 || b < a {
		return ""
	}
	return p.src[a:b]
}

func (p *printer) annAssign(s *py.AnnAssign) {
	p.features |= Annotation
	p.begin(&s.Span)
	top := p.top()
	wrote := false
	if n, ok := s.Target.(*py.Name); ok && s.Simple && top.kind == scopeClass {
		if !top.annInit {
			top.annInit = true
			p.w("__annotations__ = __nbc_dict(); ")
		}
		p.w("__annotations__[" + quoteStr(p.mangle(n.ID)) + "] = " + quoteStr(strings.Join(strings.Fields(p.annText(s.Annotation)), " ")))
		wrote = true
	}
	if s.Value == nil {
		if !wrote {
			p.w("pass")
		}
		return
	}
	if wrote {
		p.w("; ")
	}
	p.target(s.Target)
	p.w(" = ")
	p.expr(s.Value, precYield)
}

// zeroArgSuper prints super() in a method as __nbc_super(Cls, self).
func (p *printer) zeroArgSuper(e *py.Call) bool {
	n, ok := e.Func.(*py.Name)
	if !ok || n.ID != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	if p.resolveFrom("super", len(p.scopes)-1) != "super" {
		return false
	}
	for i := len(p.scopes) - 1; i > 0; i-- {
		s := p.scopes[i]
		if s.kind == scopeComp || s.kind == scopeLambda {
			continue
		}
		if s.kind != scopeFunc || !s.method {
			return false
		}
		if s.firstArg == "" {
			p.unsupported(ZeroArgSuper, &e.Span, "`super()` in a method without positional parameters is not supported")
			return false
		}
		cls := p.scopes[i-1]
		if cls.annot && i > 1 {
			cls = p.scopes[i-2] // a generic method's hidden function
		}
		p.features |= ZeroArgSuper
		p.w("__nbc_super(" + cls.classExpr + ", " + p.resolveFrom(s.firstArg, len(p.scopes)-1) + ")")
		return true
	}
	return false
}
