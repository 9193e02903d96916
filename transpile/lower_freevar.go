package transpile

// This file extends C-FREEVAR (lower_func.go: freeGetters) to
// comprehensions. gpython's compiler emits LOAD_DEREF, STORE_DEREF and
// LOAD_CLOSURE of a free variable with its index among the code's free
// variables (compile.go NameOp and makeClosure: c.Index(name,
// &Code.Freevars)), while its VM indexes one array holding the cell
// variables first, then the free variables (Frame.CellAndFreeVars): in
// code with both, a free variable reads a cell variable or the wrong free
// variable. A comprehension inside a function has both when a nested
// scope captures its loop variable and it uses a variable of the
// function: [[m[j][i] for j in r] for i in s] (the inner comprehension
// captures i, the outer uses m), or [lambda: x + i for i in r].
//
// Such a comprehension cannot take parameters, but its first iterable is
// evaluated in the enclosing scope: each free variable v (bound in an
// enclosing function) is passed as a getter through it,
//
//	[e for t in x]  ->  [e for (__nbc_f_v,), t in __nbc_env((lambda: v,), x)]
//
// and v reads as __nbc_f_v() inside (late binding kept). __nbc_env(env,
// x) yields (env, item) for each item of iter(x), which it calls at once.

import (
	"strings"

	"github.com/go-python/gpython/py"

	syn "github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/pyvm"
)

// compEnv returns the free variables a comprehension must receive as
// getters, and the getters' text, evaluated in the enclosing scope.
func (p *printer) compEnv(e syn.Expr) ([]string, []string) {
	if p.top().kind == scopeModule {
		return nil, nil
	}
	return p.freeGetters(p.an.scopeOf(e), nil)
}

// setCompEnv records env on the comprehension scope just pushed.
func (p *printer) setCompEnv(env, defs []string) {
	if len(env) == 0 {
		return
	}
	p.features |= Closure
	s := p.top()
	s.env, s.envDefs = env, defs
	if s.rename == nil {
		s.rename = map[string]string{}
	}
	for _, v := range env {
		s.rename[v] = "__nbc_f_" + v + "()"
	}
}

// envTarget prints the getters' part of the first target.
func (p *printer) envTarget(s *pscope) {
	if len(s.env) == 0 {
		return
	}
	p.w("(")
	for _, v := range s.env {
		p.w("__nbc_f_" + v + ", ")
	}
	p.w("), ")
}

func (p *printer) envIterStart(s *pscope) {
	if len(s.env) == 0 {
		return
	}
	p.w("__nbc_env((")
	for _, d := range s.envDefs {
		p.w(d + ", ")
	}
	p.w("), ")
}

func (p *printer) envIterEnd(s *pscope) {
	if len(s.env) > 0 {
		p.w(")")
	}
}

// envIter is __nbc_env's iterator.
type envIter struct {
	env py.Object
	it  py.Object
}

var envIterType = py.NewType("nbcheck_env_iterator", "(env, item) for each item")

func (e *envIter) Type() *py.Type                { return envIterType }
func (e *envIter) M__iter__() (py.Object, error) { return e, nil }
func (e *envIter) M__next__() (py.Object, error) {
	x, err := py.Next(e.it)
	if err != nil {
		return nil, err
	}
	return py.Tuple{e.env, x}, nil
}

func installEnv(b *py.Module) {
	b.Globals["__nbc_env"] = py.MustNewMethod("__nbc_env", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_env expected 2 arguments, got %d", len(args))
		}
		it, err := pyvm.Iter(args[1])
		if err != nil {
			return nil, err
		}
		return &envIter{env: args[0], it: it}, nil
	}, 0, "__nbc_env(env, x) yields (env, item) for each item of x")
}

// cellGet starts the printed read of a variable reached through its cell:
// a variable declared nonlocal in or below a function that has cell
// variables cannot be passed as a getter, which cannot store. That
// function receives the variable's cell itself, __nbc_cell(lambda: v)
// (the getter's only closure cell is v's), as the hidden parameter
// __nbc_p_v, copied into __nbc_f_v; v reads as __nbc_cget(__nbc_f_v), and
// `v = x` and `v op= x` become __nbc_cset(__nbc_f_v, x); the nonlocal
// declarations of v below are dropped.
const cellGet = "__nbc_cget("

// cellStore prints `target = value` as __nbc_cset(cell, value) when the
// only target is a name reached through its cell, and reports whether it
// did.
func (p *printer) cellStore(sp *syn.Span, targets []syn.Expr, value syn.Expr) bool {
	if len(targets) != 1 {
		return false
	}
	n, ok := targets[0].(*syn.Name)
	if !ok {
		return false
	}
	r := p.resolveFrom(n.ID, len(p.scopes)-1)
	if !strings.HasPrefix(r, cellGet) {
		return false
	}
	p.begin(sp)
	p.w("__nbc_cset(" + strings.TrimSuffix(strings.TrimPrefix(r, cellGet), ")") + ", ")
	p.expr(value, precLambda)
	p.w(")")
	return true
}

func installCells(b *py.Module) {
	b.Globals["__nbc_cell"] = py.MustNewMethod("__nbc_cell", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 1 {
			switch x := args[0].(type) {
			case *py.Cell:
				return x, nil
			case *py.Function:
				if len(x.Closure) == 1 {
					return x.Closure[0], nil
				}
			}
		}
		return nil, py.ExceptionNewf(py.SystemError, "__nbc_cell: want a getter of one variable")
	}, 0, "__nbc_cell(lambda: v) is v's cell")
	b.Globals["__nbc_cget"] = py.MustNewMethod("__nbc_cget", func(_ py.Object, args py.Tuple) (py.Object, error) {
		c, ok := args[0].(*py.Cell)
		if len(args) != 1 || !ok {
			return nil, py.ExceptionNewf(py.SystemError, "__nbc_cget: want a cell")
		}
		v := c.Get()
		if v == nil {
			return nil, py.ExceptionNewf(py.NameError, "cannot access free variable referenced before assignment in enclosing scope")
		}
		return v, nil
	}, 0, "__nbc_cget(cell) is the cell's value")
	b.Globals["__nbc_cset"] = py.MustNewMethod("__nbc_cset", func(_ py.Object, args py.Tuple) (py.Object, error) {
		c, ok := args[0].(*py.Cell)
		if len(args) != 2 || !ok {
			return nil, py.ExceptionNewf(py.SystemError, "__nbc_cset: want a cell and a value")
		}
		c.Set(args[1])
		return py.None, nil
	}, 0, "__nbc_cset(cell, v) stores v in the cell")
}
