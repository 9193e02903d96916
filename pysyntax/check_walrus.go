package pysyntax

// This file makes CPython's symbol-table checks on assignment expressions
// in comprehensions (PEP 572): a walrus in a comprehension binds in the
// nearest enclosing function or module, so it cannot rebind an iteration
// variable of an enclosing comprehension, cannot appear in an iterable
// of a comprehension (nor in any scope nested there), and cannot bind in a
// class body; and a later loop of the same comprehension cannot rebind
// its target. The checks need the whole tree, so they run after the parse,
// and only when the source has a walrus.

import "fmt"

const (
	walrusIterConflict  = "assignment expression cannot rebind comprehension iteration variable '%s'"
	walrusInnerConflict = "comprehension inner loop cannot rebind assignment expression target '%s'"
	walrusInClass       = "assignment expression within a comprehension cannot be used in a class body"
	walrusInIterable    = "assignment expression cannot be used in a comprehension iterable expression"
)

// wscope is one scope of the check, as CPython's symtable entry.
type wscope struct {
	kind     byte // 'm' module, 'f' function or lambda, 'c' class, 'q' comprehension
	iterExpr int  // inside a comprehension's iterable (inherited by nested scopes)
	// iterTarget: visiting an iteration target of this comprehension.
	iterTarget bool
	iterVars   map[string]bool // the comprehension's iteration variables so far
	walrus     map[string]bool // names a walrus in this comprehension bound
}

type walrusChecker struct {
	p     *parser
	stack []*wscope
}

// checkWalrus runs the checks over m.
func (p *parser) checkWalrus(m *Module) {
	c := &walrusChecker{p: p, stack: []*wscope{{kind: 'm'}}}
	for _, s := range m.Body {
		c.visit(s)
	}
}

func (c *walrusChecker) cur() *wscope { return c.stack[len(c.stack)-1] }

func (c *walrusChecker) push(kind byte) *wscope {
	s := &wscope{kind: kind, iterExpr: c.cur().iterExpr}
	c.stack = append(c.stack, s)
	return s
}

func (c *walrusChecker) pop() { c.stack = c.stack[:len(c.stack)-1] }

func (c *walrusChecker) exprs(es []Expr) {
	for _, e := range es {
		if e != nil {
			c.visit(e)
		}
	}
}

func (c *walrusChecker) stmts(ss []Stmt) {
	for _, s := range ss {
		c.visit(s)
	}
}

func (c *walrusChecker) fail(sp *Span, format, name string) {
	msg := format
	if name != "" {
		msg = fmt.Sprintf(format, name)
	}
	c.p.failSpan(sp, msg)
}

func (c *walrusChecker) visit(n Node) {
	switch n := n.(type) {
	case *FunctionDef:
		c.exprs(n.DecoratorList)
		c.visit(n.Args)
		c.exprs([]Expr{n.Returns})
		c.push('f')
		c.stmts(n.Body)
		c.pop()
		return
	case *AsyncFunctionDef:
		c.exprs(n.DecoratorList)
		c.visit(n.Args)
		c.exprs([]Expr{n.Returns})
		c.push('f')
		c.stmts(n.Body)
		c.pop()
		return
	case *Lambda:
		c.visit(n.Args)
		c.push('f')
		c.visit(n.Body)
		c.pop()
		return
	case *ClassDef:
		c.exprs(n.DecoratorList)
		c.exprs(n.Bases)
		for _, k := range n.Keywords {
			c.visit(k.Value)
		}
		c.push('c')
		c.stmts(n.Body)
		c.pop()
		return
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
		if s := c.cur(); s.iterTarget {
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
	eachChild(n, c.visit)
}

// comp visits a comprehension: its first iterable in the enclosing scope,
// the rest in a scope of its own.
func (c *walrusChecker) comp(gens []*Comprehension, elts ...Expr) {
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

func (c *walrusChecker) namedExpr(n *NamedExpr) {
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
			break
		}
		if s.walrus == nil {
			s.walrus = map[string]bool{}
		}
		s.walrus[t.ID] = true
	}
	c.visit(n.Value)
	c.visit(n.Target)
}
