package transpile

// This file enumerates the children of every syntax tree node, in
// evaluation order where it matters. Keep it in step with pysyntax/ast.go.

import py "github.com/nbcheck/nbcheck/pysyntax"

// eachChild calls fn on each direct child of n that is not nil.
func eachChild(n py.Node, fn func(py.Node)) {
	e := func(x py.Expr) {
		if x != nil {
			fn(x)
		}
	}
	es := func(xs []py.Expr) {
		for _, x := range xs {
			e(x)
		}
	}
	ss := func(xs []py.Stmt) {
		for _, x := range xs {
			fn(x)
		}
	}
	args := func(a *py.Arguments) {
		if a != nil {
			fn(a)
		}
	}
	gens := func(gs []*py.Comprehension) {
		for _, g := range gs {
			fn(g)
		}
	}
	switch n := n.(type) {
	case *py.Module:
		ss(n.Body)
	case *py.FunctionDef:
		es(n.DecoratorList)
		args(n.Args)
		e(n.Returns)
		ss(n.Body)
	case *py.AsyncFunctionDef:
		es(n.DecoratorList)
		args(n.Args)
		e(n.Returns)
		ss(n.Body)
	case *py.ClassDef:
		es(n.DecoratorList)
		es(n.Bases)
		for _, k := range n.Keywords {
			fn(k)
		}
		ss(n.Body)
	case *py.Return:
		e(n.Value)
	case *py.Delete:
		es(n.Targets)
	case *py.Assign:
		e(n.Value)
		es(n.Targets)
	case *py.TypeAlias:
		e(n.Name)
		e(n.Value)
	case *py.AugAssign:
		e(n.Target)
		e(n.Value)
	case *py.AnnAssign:
		e(n.Target)
		e(n.Annotation)
		e(n.Value)
	case *py.For:
		e(n.Iter)
		e(n.Target)
		ss(n.Body)
		ss(n.Orelse)
	case *py.AsyncFor:
		e(n.Iter)
		e(n.Target)
		ss(n.Body)
		ss(n.Orelse)
	case *py.While:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *py.If:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *py.With:
		for _, it := range n.Items {
			fn(it)
		}
		ss(n.Body)
	case *py.AsyncWith:
		for _, it := range n.Items {
			fn(it)
		}
		ss(n.Body)
	case *py.Match:
		e(n.Subject)
		for _, c := range n.Cases {
			fn(c)
		}
	case *py.Raise:
		e(n.Exc)
		e(n.Cause)
	case *py.Try:
		ss(n.Body)
		for _, h := range n.Handlers {
			fn(h)
		}
		ss(n.Orelse)
		ss(n.Finalbody)
	case *py.TryStar:
		ss(n.Body)
		for _, h := range n.Handlers {
			fn(h)
		}
		ss(n.Orelse)
		ss(n.Finalbody)
	case *py.Assert:
		e(n.Test)
		e(n.Msg)
	case *py.ExprStmt:
		e(n.Value)
	case *py.BoolOp:
		es(n.Values)
	case *py.NamedExpr:
		e(n.Value)
		e(n.Target)
	case *py.BinOp:
		e(n.Left)
		e(n.Right)
	case *py.UnaryOp:
		e(n.Operand)
	case *py.Lambda:
		args(n.Args)
		e(n.Body)
	case *py.IfExp:
		e(n.Test)
		e(n.Body)
		e(n.Orelse)
	case *py.Dict:
		for i := range n.Values {
			e(n.Keys[i])
			e(n.Values[i])
		}
	case *py.Set:
		es(n.Elts)
	case *py.ListComp:
		gens(n.Generators)
		e(n.Elt)
	case *py.SetComp:
		gens(n.Generators)
		e(n.Elt)
	case *py.DictComp:
		gens(n.Generators)
		e(n.Key)
		e(n.Value)
	case *py.GeneratorExp:
		gens(n.Generators)
		e(n.Elt)
	case *py.Await:
		e(n.Value)
	case *py.Yield:
		e(n.Value)
	case *py.YieldFrom:
		e(n.Value)
	case *py.Compare:
		e(n.Left)
		es(n.Comparators)
	case *py.Call:
		e(n.Func)
		es(n.Args)
		for _, k := range n.Keywords {
			fn(k)
		}
	case *py.FormattedValue:
		e(n.Value)
		e(n.FormatSpec)
	case *py.JoinedStr:
		es(n.Values)
	case *py.Attribute:
		e(n.Value)
	case *py.Subscript:
		e(n.Value)
		e(n.Slice)
	case *py.Starred:
		e(n.Value)
	case *py.List:
		es(n.Elts)
	case *py.Tuple:
		es(n.Elts)
	case *py.Slice:
		e(n.Lower)
		e(n.Upper)
		e(n.Step)
	case *py.Arguments:
		for _, a := range n.Posonlyargs {
			fn(a)
		}
		for _, a := range n.Args {
			fn(a)
		}
		if n.Vararg != nil {
			fn(n.Vararg)
		}
		for _, a := range n.Kwonlyargs {
			fn(a)
		}
		es(n.KwDefaults)
		if n.Kwarg != nil {
			fn(n.Kwarg)
		}
		es(n.Defaults)
	case *py.Arg:
		e(n.Annotation)
	case *py.Keyword:
		e(n.Value)
	case *py.WithItem:
		e(n.ContextExpr)
		e(n.OptionalVars)
	case *py.Comprehension:
		e(n.Iter)
		e(n.Target)
		es(n.Ifs)
	case *py.ExceptHandler:
		e(n.Type)
		ss(n.Body)
	case *py.MatchCase:
		fn(n.Pattern)
		e(n.Guard)
		ss(n.Body)
	case *py.MatchValue:
		e(n.Value)
	case *py.MatchSingleton:
		fn(n.Value)
	case *py.MatchSequence:
		for _, q := range n.Patterns {
			fn(q)
		}
	case *py.MatchMapping:
		es(n.Keys)
		for _, q := range n.Patterns {
			fn(q)
		}
	case *py.MatchClass:
		e(n.Cls)
		for _, q := range n.Patterns {
			fn(q)
		}
		for _, q := range n.KwdPatterns {
			fn(q)
		}
	case *py.MatchAs:
		if n.Pattern != nil {
			fn(n.Pattern)
		}
	case *py.MatchOr:
		for _, q := range n.Patterns {
			fn(q)
		}
	case *py.TypeVar:
		e(n.Bound)
	}
}
