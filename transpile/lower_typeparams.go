package transpile

// This file lowers PEP 695 (Python 3.12): type parameter lists on def and
// class, and type statements. Before printing, each generic definition is
// rewritten, in the tree, into an "annotation scope": a hidden function
// that binds each type parameter, makes the definition and returns it,
//
//	@deco                        def __nbc_tpN():
//	def f[T: int](x: T) -> T:        T = __nbc_typevar('T', 0, lambda: int, None)
//	    body                 ->      def f(x: T) -> T:
//	                                     body
//	                                 f.__type_params__ = (T,)
//	                                 return f
//	                             f = deco(__nbc_tpN())
//	                             del __nbc_tpN
//
// so the parameters are closure variables of the definition, as in
// CPython. A generic class also gets __nbc_generic((T,)), which is
// typing.Generic[T], as its last base, and __type_params__. A type
// statement becomes `X = __nbc_type_alias('X', lambda: value, (T,),
// __name__)` (in such a function when it has parameters): a
// typing.TypeAliasType whose __value__ calls the lambda, so the value is
// evaluated lazily. Bounds and constraints are lambdas too, evaluated when
// __bound__ or __constraints__ is first read. The runtime half is
// typeparams_rt.go. The names the rewrite makes are reserved names, which
// the printer accepts only from these nodes (printer.synth).

import (
	"strconv"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// lowerTypeParams rewrites the generic definitions and type statements of
// body and of every body nested in it, and returns the new body.
func (p *printer) lowerTypeParams(body []py.Stmt) []py.Stmt {
	var out []py.Stmt
	for i, s := range body {
		repl := p.lowerTypeParamsStmt(s)
		if repl == nil {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append([]py.Stmt{}, body[:i]...)
		}
		out = append(out, repl...)
	}
	if out == nil {
		return body
	}
	return out
}

// lowerTypeParamsStmt rewrites the bodies nested in s and returns the
// statements that replace s, or nil to keep it.
func (p *printer) lowerTypeParamsStmt(s py.Stmt) []py.Stmt {
	switch s := s.(type) {
	case *py.FunctionDef:
		s.Body = p.lowerTypeParams(s.Body)
		if len(s.TypeParams) > 0 {
			return p.genericDef(s, s.Name, s.TypeParams, &s.DecoratorList, &s.TypeParams)
		}
	case *py.AsyncFunctionDef:
		s.Body = p.lowerTypeParams(s.Body)
		if len(s.TypeParams) > 0 {
			return p.genericDef(s, s.Name, s.TypeParams, &s.DecoratorList, &s.TypeParams)
		}
	case *py.ClassDef:
		s.Body = p.lowerTypeParams(s.Body)
		if len(s.TypeParams) > 0 {
			return p.genericDef(s, s.Name, s.TypeParams, &s.DecoratorList, &s.TypeParams)
		}
	case *py.TypeAlias:
		return p.typeAlias(s)
	case *py.For:
		s.Body, s.Orelse = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse)
	case *py.AsyncFor:
		s.Body, s.Orelse = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse)
	case *py.While:
		s.Body, s.Orelse = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse)
	case *py.If:
		s.Body, s.Orelse = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse)
	case *py.With:
		s.Body = p.lowerTypeParams(s.Body)
	case *py.AsyncWith:
		s.Body = p.lowerTypeParams(s.Body)
	case *py.Try:
		s.Body, s.Orelse, s.Finalbody = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse), p.lowerTypeParams(s.Finalbody)
		for _, h := range s.Handlers {
			h.Body = p.lowerTypeParams(h.Body)
		}
	case *py.TryStar:
		s.Body, s.Orelse, s.Finalbody = p.lowerTypeParams(s.Body), p.lowerTypeParams(s.Orelse), p.lowerTypeParams(s.Finalbody)
		for _, h := range s.Handlers {
			h.Body = p.lowerTypeParams(h.Body)
		}
	case *py.Match:
		for _, c := range s.Cases {
			c.Body = p.lowerTypeParams(c.Body)
		}
	}
	return nil
}

// synthName returns a name node the rewrite made, which the printer
// accepts even when it is reserved.
func (p *printer) synthName(id string, ctx py.Ctx, sp py.Span) *py.Name {
	n := &py.Name{Span: sp, ID: id, Ctx: ctx}
	p.markSynth(&n.Span)
	return n
}

func (p *printer) markSynth(sp *py.Span) {
	if p.synth == nil {
		p.synth = map[*py.Span]bool{}
	}
	p.synth[sp] = true
}

func strConst(s string, sp py.Span) *py.Constant {
	return &py.Constant{Span: sp, Kind: py.ConstStr, Str: s, Raw: quoteStr(s)}
}

// typeParamStmts returns `T = __nbc_typevar('T', kind, bound, constraints)`
// for each parameter, and the tuple of their names.
func (p *printer) typeParamStmts(tps []py.TypeParam, sp py.Span) ([]py.Stmt, *py.Tuple) {
	var stmts []py.Stmt
	tuple := &py.Tuple{Span: sp, Ctx: py.Load}
	for _, tp := range tps {
		var name string
		kind := 0
		var bound, constraints py.Expr = &py.Constant{Span: sp, Kind: py.ConstNone}, &py.Constant{Span: sp, Kind: py.ConstNone}
		switch tp := tp.(type) {
		case *py.TypeVar:
			name = tp.Name
			if tp.Bound != nil {
				l := &py.Lambda{Span: sp, Args: &py.Arguments{}, Body: tp.Bound}
				if _, ok := tp.Bound.(*py.Tuple); ok {
					constraints = l
				} else {
					bound = l
				}
			}
		case *py.TypeVarTuple:
			name, kind = tp.Name, 1
		case *py.ParamSpec:
			name, kind = tp.Name, 2
		}
		tsp := *tp.NodeSpan()
		call := &py.Call{Span: tsp, Func: p.synthName("__nbc_typevar", py.Load, tsp), Args: []py.Expr{
			strConst(name, tsp), &py.Constant{Span: tsp, Kind: py.ConstInt, Raw: strconv.Itoa(kind)}, bound, constraints}}
		stmts = append(stmts, &py.Assign{Span: tsp, Targets: []py.Expr{&py.Name{Span: tsp, ID: name, Ctx: py.Store}}, Value: call})
		tuple.Elts = append(tuple.Elts, &py.Name{Span: tsp, ID: name, Ctx: py.Load})
	}
	return stmts, tuple
}

// annotationScope returns the hidden function holding body and the
// statements that call it: `target = decos(__nbc_tpN())` and its del.
func (p *printer) annotationScope(body []py.Stmt, target string, decos []py.Expr, sp py.Span) []py.Stmt {
	fn := "__nbc_tp" + strconv.Itoa(p.tpCount)
	p.tpCount++
	def := &py.FunctionDef{Span: sp, Name: fn, Args: &py.Arguments{}, Body: body, DecoratorList: []py.Expr{}, TypeParams: []py.TypeParam{}}
	p.markSynth(&def.Span)
	var value py.Expr = &py.Call{Span: sp, Func: p.synthName(fn, py.Load, sp)}
	for i := len(decos) - 1; i >= 0; i-- {
		value = &py.Call{Span: sp, Func: decos[i], Args: []py.Expr{value}}
	}
	asp := sp
	if len(decos) > 0 {
		asp = *decos[0].NodeSpan() // errors in decorators name their line, as in CPython
	}
	return []py.Stmt{
		def,
		&py.Assign{Span: asp, Targets: []py.Expr{&py.Name{Span: sp, ID: target, Ctx: py.Store}}, Value: value},
		&py.Delete{Span: sp, Targets: []py.Expr{p.synthName(fn, py.Del, sp)}},
	}
}

// genericDef rewrites a generic def or class (its type parameters and
// decorators are cleared through tps and decos).
func (p *printer) genericDef(s py.Stmt, name string, params []py.TypeParam, decos *[]py.Expr, tps *[]py.TypeParam) []py.Stmt {
	p.features |= TypeParams
	sp := *s.NodeSpan()
	body, tuple := p.typeParamStmts(params, sp)
	ds := *decos
	*decos, *tps = []py.Expr{}, []py.TypeParam{}
	if c, ok := s.(*py.ClassDef); ok {
		c.Bases = append(c.Bases, &py.Call{Span: sp, Func: p.synthName("__nbc_generic", py.Load, sp), Args: []py.Expr{tuple}})
	}
	body = append(body, s,
		&py.Assign{Span: sp, Targets: []py.Expr{&py.Attribute{Span: sp, Value: &py.Name{Span: sp, ID: name, Ctx: py.Load}, Attr: "__type_params__", Ctx: py.Store}}, Value: tuple},
		&py.Return{Span: sp, Value: &py.Name{Span: sp, ID: name, Ctx: py.Load}})
	return p.annotationScope(body, name, ds, sp)
}

// typeAlias rewrites a type statement.
func (p *printer) typeAlias(s *py.TypeAlias) []py.Stmt {
	p.features |= TypeParams
	sp := s.Span
	name := s.Name.(*py.Name).ID
	params, tuple := p.typeParamStmts(s.TypeParams, sp)
	value := &py.Call{Span: sp, Func: p.synthName("__nbc_type_alias", py.Load, sp), Args: []py.Expr{
		strConst(name, sp),
		&py.Lambda{Span: sp, Args: &py.Arguments{}, Body: s.Value},
		tuple,
		&py.Name{Span: sp, ID: "__name__", Ctx: py.Load},
	}}
	if len(s.TypeParams) == 0 {
		return []py.Stmt{&py.Assign{Span: sp, Targets: []py.Expr{&py.Name{Span: sp, ID: name, Ctx: py.Store}}, Value: value}}
	}
	body := append(params, &py.Return{Span: sp, Value: value})
	return p.annotationScope(body, name, nil, sp)
}
