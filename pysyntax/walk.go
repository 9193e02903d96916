package pysyntax

// This file enumerates the children of every node, in evaluation order
// where it matters. It serves the compiler's checks that need the whole
// tree (check_symtable.go) and the transpiler's analyses; keep it in step
// with ast.go.

// EachChild calls fn on each direct child of n that is not nil.
func EachChild(n Node, fn func(Node)) {
	e := func(x Expr) {
		if x != nil {
			fn(x)
		}
	}
	es := func(xs []Expr) {
		for _, x := range xs {
			e(x)
		}
	}
	ss := func(xs []Stmt) {
		for _, x := range xs {
			fn(x)
		}
	}
	args := func(a *Arguments) {
		if a != nil {
			fn(a)
		}
	}
	gens := func(gs []*Comprehension) {
		for _, g := range gs {
			fn(g)
		}
	}
	switch n := n.(type) {
	case *Module:
		ss(n.Body)
	case *FunctionDef:
		es(n.DecoratorList)
		args(n.Args)
		e(n.Returns)
		ss(n.Body)
	case *AsyncFunctionDef:
		es(n.DecoratorList)
		args(n.Args)
		e(n.Returns)
		ss(n.Body)
	case *ClassDef:
		es(n.DecoratorList)
		es(n.Bases)
		for _, k := range n.Keywords {
			fn(k)
		}
		ss(n.Body)
	case *Return:
		e(n.Value)
	case *Delete:
		es(n.Targets)
	case *Assign:
		e(n.Value)
		es(n.Targets)
	case *TypeAlias:
		e(n.Name)
		e(n.Value)
	case *AugAssign:
		e(n.Target)
		e(n.Value)
	case *AnnAssign:
		e(n.Target)
		e(n.Annotation)
		e(n.Value)
	case *For:
		e(n.Iter)
		e(n.Target)
		ss(n.Body)
		ss(n.Orelse)
	case *AsyncFor:
		e(n.Iter)
		e(n.Target)
		ss(n.Body)
		ss(n.Orelse)
	case *While:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *If:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *With:
		for _, it := range n.Items {
			fn(it)
		}
		ss(n.Body)
	case *AsyncWith:
		for _, it := range n.Items {
			fn(it)
		}
		ss(n.Body)
	case *Match:
		e(n.Subject)
		for _, c := range n.Cases {
			fn(c)
		}
	case *Raise:
		e(n.Exc)
		e(n.Cause)
	case *Try:
		ss(n.Body)
		for _, h := range n.Handlers {
			fn(h)
		}
		ss(n.Orelse)
		ss(n.Finalbody)
	case *TryStar:
		ss(n.Body)
		for _, h := range n.Handlers {
			fn(h)
		}
		ss(n.Orelse)
		ss(n.Finalbody)
	case *Assert:
		e(n.Test)
		e(n.Msg)
	case *ExprStmt:
		e(n.Value)
	case *BoolOp:
		es(n.Values)
	case *NamedExpr:
		e(n.Value)
		e(n.Target)
	case *BinOp:
		e(n.Left)
		e(n.Right)
	case *UnaryOp:
		e(n.Operand)
	case *Lambda:
		args(n.Args)
		e(n.Body)
	case *IfExp:
		e(n.Test)
		e(n.Body)
		e(n.Orelse)
	case *Dict:
		for i := range n.Values {
			e(n.Keys[i])
			e(n.Values[i])
		}
	case *Set:
		es(n.Elts)
	case *ListComp:
		gens(n.Generators)
		e(n.Elt)
	case *SetComp:
		gens(n.Generators)
		e(n.Elt)
	case *DictComp:
		gens(n.Generators)
		e(n.Key)
		e(n.Value)
	case *GeneratorExp:
		gens(n.Generators)
		e(n.Elt)
	case *Await:
		e(n.Value)
	case *Yield:
		e(n.Value)
	case *YieldFrom:
		e(n.Value)
	case *Compare:
		e(n.Left)
		es(n.Comparators)
	case *Call:
		e(n.Func)
		es(n.Args)
		for _, k := range n.Keywords {
			fn(k)
		}
	case *FormattedValue:
		e(n.Value)
		e(n.FormatSpec)
	case *JoinedStr:
		es(n.Values)
	case *Attribute:
		e(n.Value)
	case *Subscript:
		e(n.Value)
		e(n.Slice)
	case *Starred:
		e(n.Value)
	case *List:
		es(n.Elts)
	case *Tuple:
		es(n.Elts)
	case *Slice:
		e(n.Lower)
		e(n.Upper)
		e(n.Step)
	case *Arguments:
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
	case *Arg:
		e(n.Annotation)
	case *Keyword:
		e(n.Value)
	case *WithItem:
		e(n.ContextExpr)
		e(n.OptionalVars)
	case *Comprehension:
		e(n.Iter)
		e(n.Target)
		es(n.Ifs)
	case *ExceptHandler:
		e(n.Type)
		ss(n.Body)
	case *MatchCase:
		fn(n.Pattern)
		e(n.Guard)
		ss(n.Body)
	case *MatchValue:
		e(n.Value)
	case *MatchSingleton:
		fn(n.Value)
	case *MatchSequence:
		for _, q := range n.Patterns {
			fn(q)
		}
	case *MatchMapping:
		es(n.Keys)
		for _, q := range n.Patterns {
			fn(q)
		}
	case *MatchClass:
		e(n.Cls)
		for _, q := range n.Patterns {
			fn(q)
		}
		for _, q := range n.KwdPatterns {
			fn(q)
		}
	case *MatchAs:
		if n.Pattern != nil {
			fn(n.Pattern)
		}
	case *MatchOr:
		for _, q := range n.Patterns {
			fn(q)
		}
	case *TypeVar:
		e(n.Bound)
	}
}
