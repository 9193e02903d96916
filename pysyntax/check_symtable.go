package pysyntax

// This file makes the checks of CPython's symbol table (symtable.c) that
// need the whole tree, after the parse, when the source has an assignment
// expression or a global or nonlocal statement:
//
//   - assignment expressions in comprehensions (PEP 572): a walrus in a
//     comprehension binds in the nearest enclosing function or module, so
//     it cannot rebind an iteration variable of an enclosing
//     comprehension, cannot appear in an iterable of a comprehension (nor
//     in any scope nested there), and cannot bind in a class body; and a
//     later loop of the same comprehension cannot rebind its target;
//   - global and nonlocal declarations: a name cannot be a parameter, be
//     used, assigned or annotated before its declaration in the same
//     scope, nor be both; a nonlocal name must be bound in an enclosing
//     function.
//
// Only the scopes that contain a walrus, global or nonlocal
// (parser.symScopes) are entered: every check is about such a statement
// and the scopes that enclose it. So are the module-level statements
// that contain one, unless the module itself has a global statement.

import "fmt"

const (
	walrusIterConflict  = "assignment expression cannot rebind comprehension iteration variable '%s'"
	walrusInnerConflict = "comprehension inner loop cannot rebind assignment expression target '%s'"
	walrusInClass       = "assignment expression within a comprehension cannot be used in a class body"
	walrusInIterable    = "assignment expression cannot be used in a comprehension iterable expression"

	globalParam         = "name '%s' is parameter and global"
	globalAfterUse      = "name '%s' is used prior to global declaration"
	globalAnnot         = "annotated name '%s' can't be global"
	globalAfterAssign   = "name '%s' is assigned to before global declaration"
	nonlocalParam       = "name '%s' is parameter and nonlocal"
	nonlocalAfterUse    = "name '%s' is used prior to nonlocal declaration"
	nonlocalAnnot       = "annotated name '%s' can't be nonlocal"
	nonlocalAfterAssign = "name '%s' is assigned to before nonlocal declaration"
	nonlocalAndGlobal   = "name '%s' is nonlocal and global"
	nonlocalNoBinding   = "no binding for nonlocal '%s' found"
)

// The flags of a name in a scope, as CPython's DEF_* and USE.
const (
	symParam uint8 = 1 << iota
	symLocal
	symUse
	symAnnot
	symGlobal
	symNonlocal
	symImport
)

// symScope is one scope of the check, as CPython's symtable entry.
type symScope struct {
	kind     byte // 'm' module, 'f' function or lambda, 'c' class, 'q' comprehension
	iterExpr int  // inside a comprehension's iterable (inherited by nested scopes)
	// iterTarget: visiting an iteration target of this comprehension.
	iterTarget bool
	iterVars   map[string]bool // the comprehension's iteration variables so far
	walrus     map[string]bool // names a walrus in this comprehension bound
	syms       map[string]uint8
	order      []string         // names in order of first occurrence
	directive  map[string]*Span // each name's first global or nonlocal statement
	children   []*symScope
	parent     *symScope
	tracked    map[string]bool // the parser's declared names
}

// add sets flags on name. Only names that some global or nonlocal
// statement declares are tracked (tracked), the only ones the checks on
// declarations look at.
func (s *symScope) add(name string, f uint8) {
	if !s.tracked[name] {
		return
	}
	if s.syms == nil {
		s.syms = map[string]uint8{}
	}
	if _, ok := s.syms[name]; !ok {
		s.order = append(s.order, name)
	}
	s.syms[name] |= f
}

// symChecker walks the tree with a stack of scopes, as CPython's symtable
// pass does, for the walrus, global and nonlocal checks above.
type symChecker struct {
	p     *parser
	stack []*symScope
}

// checkSymtable runs the checks over m.
func (p *parser) checkSymtable(m *Module) {
	top := &symScope{kind: 'm', tracked: p.declared}
	c := &symChecker{p: p, stack: []*symScope{top}}
	for _, s := range m.Body {
		// Module-level names matter only to a module-level global
		// statement.
		if p.moduleDecl || p.symScopes[s] {
			c.visit(s)
		}
	}
	c.analyze(top, nil)
}

// analyze makes the checks CPython's analyze_name makes once every scope
// is known, scope by scope in pre-order; bound holds the names bound in
// the enclosing functions.
func (c *symChecker) analyze(s *symScope, bound map[string]bool) {
	for _, name := range s.order {
		f := s.syms[name]
		if f&symGlobal != 0 && f&symNonlocal != 0 {
			c.fail(s.directive[name], nonlocalAndGlobal, name)
		}
		if f&symNonlocal != 0 && !bound[name] {
			c.fail(s.directive[name], nonlocalNoBinding, name)
		}
	}
	newBound := bound
	if s.kind == 'c' {
		// A class provides __class__ to its methods (CPython adds it to
		// the names bound for the class's children).
		newBound = map[string]bool{"__class__": true}
		for k := range bound {
			newBound[k] = true
		}
	}
	if s.kind == 'f' || s.kind == 'q' {
		newBound = map[string]bool{}
		for k := range bound {
			newBound[k] = true
		}
		for name, f := range s.syms {
			if f&(symParam|symLocal|symImport) != 0 && f&(symGlobal|symNonlocal) == 0 {
				newBound[name] = true
			}
		}
	}
	for _, ch := range s.children {
		c.analyze(ch, newBound)
	}
}

// declare handles a global or nonlocal statement.
func (c *symChecker) declare(sp *Span, names []string, nonlocal bool) {
	s := c.cur()
	for _, name := range names {
		f := s.syms[name]
		if f&(symParam|symLocal|symUse|symAnnot) != 0 {
			var msg string
			switch {
			case f&symParam != 0:
				msg = globalParam
				if nonlocal {
					msg = nonlocalParam
				}
			case f&symUse != 0:
				msg = globalAfterUse
				if nonlocal {
					msg = nonlocalAfterUse
				}
			case f&symAnnot != 0:
				msg = globalAnnot
				if nonlocal {
					msg = nonlocalAnnot
				}
			default:
				msg = globalAfterAssign
				if nonlocal {
					msg = nonlocalAfterAssign
				}
			}
			c.fail(sp, msg, name)
		}
		if nonlocal {
			s.add(name, symNonlocal)
		} else {
			s.add(name, symGlobal)
		}
		if s.directive == nil {
			s.directive = map[string]*Span{}
		}
		if s.directive[name] == nil {
			s.directive[name] = sp
		}
	}
}

// params adds a def's or lambda's parameters to the scope just entered.
func (c *symChecker) params(a *Arguments) {
	s := c.cur()
	for _, x := range a.Params() {
		s.add(x.Arg, symParam)
	}
}

// def visits a def (n, async or not): its name, what it evaluates in the
// enclosing scope, and its body when the check must enter it.
func (c *symChecker) def(n Node, name string, args *Arguments, returns Expr, decos []Expr, body []Stmt) {
	c.cur().add(name, symLocal)
	c.outer(args, returns)
	c.exprs(decos)
	if !c.p.symScopes[n] {
		return
	}
	c.push('f')
	c.params(args)
	c.stmts(body)
	c.pop()
}

// outer visits what a def or lambda evaluates in the enclosing scope:
// defaults, then annotations in the order of CPython's symtable, which
// takes **kwargs before the keyword-only parameters (so it decides which
// of two errors is reported).
func (c *symChecker) outer(a *Arguments, returns Expr) {
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
	ann := func(x *Arg) {
		if x != nil && x.Annotation != nil {
			c.visit(x.Annotation)
		}
	}
	for _, x := range a.Posonlyargs {
		ann(x)
	}
	for _, x := range a.Args {
		ann(x)
	}
	ann(a.Vararg)
	ann(a.Kwarg)
	for _, x := range a.Kwonlyargs {
		ann(x)
	}
	c.exprs([]Expr{returns})
}

func (c *symChecker) cur() *symScope { return c.stack[len(c.stack)-1] }

func (c *symChecker) push(kind byte) *symScope {
	p := c.cur()
	s := &symScope{kind: kind, iterExpr: p.iterExpr, parent: p, tracked: p.tracked}
	p.children = append(p.children, s)
	c.stack = append(c.stack, s)
	return s
}

func (c *symChecker) pop() { c.stack = c.stack[:len(c.stack)-1] }

func (c *symChecker) exprs(es []Expr) {
	for _, e := range es {
		if e != nil {
			c.visit(e)
		}
	}
}

func (c *symChecker) stmts(ss []Stmt) {
	for _, s := range ss {
		c.visit(s)
	}
}

func (c *symChecker) fail(sp *Span, format, name string) {
	msg := format
	if name != "" {
		msg = fmt.Sprintf(format, name)
	}
	c.p.failSpan(sp, msg)
}

func (c *symChecker) visit(n Node) {
	switch n := n.(type) {
	case *FunctionDef:
		c.def(n, n.Name, n.Args, n.Returns, n.DecoratorList, n.Body)
		return
	case *AsyncFunctionDef:
		c.def(n, n.Name, n.Args, n.Returns, n.DecoratorList, n.Body)
		return
	case *Lambda:
		c.exprs(n.Args.Defaults)
		c.exprs(n.Args.KwDefaults)
		if !c.p.symScopes[n] {
			return
		}
		c.push('f')
		c.params(n.Args)
		c.visit(n.Body)
		c.pop()
		return
	case *ClassDef:
		c.cur().add(n.Name, symLocal)
		c.exprs(n.Bases)
		for _, k := range n.Keywords {
			c.visit(k.Value)
		}
		c.exprs(n.DecoratorList)
		if !c.p.symScopes[n] {
			return
		}
		c.push('c')
		c.stmts(n.Body)
		c.pop()
		return
	case *Global:
		c.declare(&n.Span, n.Names, false)
		return
	case *Nonlocal:
		if c.cur().kind != 'm' { // at module level the parser has refused it
			c.declare(&n.Span, n.Names, true)
		}
		return
	case *AnnAssign:
		s := c.cur()
		if t, ok := n.Target.(*Name); ok && n.Simple {
			if f := s.syms[t.ID]; f&(symGlobal|symNonlocal) != 0 && s.kind != 'm' {
				msg := globalAnnot
				if f&symGlobal == 0 {
					msg = nonlocalAnnot
				}
				c.fail(&n.Span, msg, t.ID)
			}
			s.add(t.ID, symAnnot|symLocal)
		} else if _, ok := n.Target.(*Name); !ok {
			c.visit(n.Target)
		}
		c.visit(n.Annotation)
		c.exprs([]Expr{n.Value})
		return
	case *Import:
		for _, a := range n.Names {
			c.cur().add(aliasBinding(a), symImport)
		}
		return
	case *ImportFrom:
		for _, a := range n.Names {
			if a.Name != "*" {
				c.cur().add(aliasBinding(a), symImport)
			}
		}
		return
	case *ExceptHandler:
		if n.Name != "" {
			c.cur().add(n.Name, symLocal)
		}
	case *MatchAs:
		if n.Name != "" {
			c.cur().add(n.Name, symLocal)
		}
	case *MatchStar:
		if n.Name != "" {
			c.cur().add(n.Name, symLocal)
		}
	case *MatchMapping:
		if n.Rest != "" {
			c.cur().add(n.Rest, symLocal)
		}
	case *ListComp:
		c.comp(n.Generators, n.Elt)
		return
	case *SetComp:
		c.comp(n.Generators, n.Elt)
		return
	case *GeneratorExp:
		c.comp(n.Generators, n.Elt)
		return
	case *DictComp:
		// CPython's symtable visits the value before the key.
		c.comp(n.Generators, n.Value, n.Key)
		return
	case *Name:
		s := c.cur()
		if n.Ctx == Load {
			s.add(n.ID, symUse)
		} else {
			s.add(n.ID, symLocal)
		}
		if s.iterTarget {
			if s.walrus[n.ID] {
				c.fail(&n.Span, walrusInnerConflict, n.ID)
			}
			if s.iterVars == nil {
				s.iterVars = map[string]bool{}
			}
			s.iterVars[n.ID] = true
		}
		return
	case *NamedExpr:
		c.namedExpr(n)
		return
	}
	EachChild(n, c.visit)
}

// aliasBinding is the name an import binds.
func aliasBinding(a *Alias) string {
	if a.Asname != "" {
		return a.Asname
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// comp visits a comprehension: its first iterable in the enclosing scope,
// the rest in a scope of its own.
func (c *symChecker) comp(gens []*Comprehension, elts ...Expr) {
	out := c.cur()
	out.iterExpr++
	c.visit(gens[0].Iter)
	out.iterExpr--
	s := c.push('q')
	for i, g := range gens {
		s.iterTarget = true
		c.visit(g.Target)
		s.iterTarget = false
		if i > 0 {
			s.iterExpr++
			c.visit(g.Iter)
			s.iterExpr--
		}
		c.exprs(g.Ifs)
	}
	c.exprs(elts)
	c.pop()
}

func (c *symChecker) namedExpr(n *NamedExpr) {
	s := c.cur()
	if s.iterExpr > 0 {
		c.fail(&n.Span, walrusInIterable, "")
	}
	if t, ok := n.Target.(*Name); ok && s.kind == 'q' {
		for i := len(c.stack) - 1; i >= 0; i-- {
			e := c.stack[i]
			if e.kind == 'q' {
				if e.iterVars[t.ID] {
					c.fail(&t.Span, walrusIterConflict, t.ID)
				}
				continue
			}
			if e.kind == 'c' {
				c.fail(&t.Span, walrusInClass, "")
			}
			if e.kind == 'f' {
				e.add(t.ID, symLocal)
			}
			break
		}
		if s.walrus == nil {
			s.walrus = map[string]bool{}
		}
		s.walrus[t.ID] = true
		c.visit(n.Value)
		return
	}
	c.visit(n.Value)
	c.visit(n.Target)
}
