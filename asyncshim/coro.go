package asyncshim

// This file defines coroutine functions and objects, async generators, and
// the lowering helpers __nbc_coroutine, __nbc_await, __nbc_asyncgen,
// __nbc_aiter and __nbc_acm (see docs/lowering.md).
//
// Awaiting a coroutine calls its function inline on the current fiber, as
// CPython does (awaiting a coroutine does not yield to the loop). Awaiting
// a pending future parks the current task's fiber until the future is done.

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

type coroState int

const (
	coroCreated coroState = iota
	coroRunning
	coroDone
)

// CoroFunc is a function defined with async def: calling it returns a
// coroutine object.
type CoroFunc struct {
	l        *Loop
	fn       py.Object
	name     string
	qualname string
	gen      bool // async generator function
	line     int  // 1-based line of the def (its first decorator), 0 when unknown
	dict     py.StringDict
}

// CoroFuncType is the type of async functions; it prints as "function".
var CoroFuncType = py.NewType("function", "An async function.")

// Type returns the function type.
func (f *CoroFunc) Type() *py.Type { return CoroFuncType }

func newCoroFunc(l *Loop, fn py.Object, gen bool, line int) *CoroFunc {
	f := &CoroFunc{l: l, fn: fn, gen: gen, line: line, dict: py.NewStringDict()}
	f.name = callableName(fn)
	f.qualname = f.name
	if pf, ok := fn.(*py.Function); ok {
		f.name = pf.Name
		if pf.Qualname != "" {
			f.qualname = pf.Qualname
		}
	}
	return f
}

func (f *CoroFunc) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<function %s at %s>", f.qualname, addr(f))), nil
}

func (f *CoroFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	// The body, and with it the **kwargs prologue that orders keywords by
	// the latest call's recorded order (pyrt/kwargs.go), runs later, after
	// other calls have recorded theirs: keep this call's order to record
	// again when the body starts.
	var kwOrder []string
	if len(kwargs) > 1 {
		kwOrder = pyrt.KeywordOrder(f.l.ctx, kwargs)
	}
	if f.gen {
		g, err := py.Call(f.fn, own(args), ownKw(kwargs))
		if err != nil {
			return nil, err
		}
		return &AsyncGen{l: f.l, gen: g, qualname: f.qualname, kwOrder: kwOrder}, nil
	}
	c := &Coroutine{l: f.l, fn: f.fn, args: own(args), kwargs: ownKw(kwargs), kwOrder: kwOrder, name: f.name, qualname: f.qualname}
	if pf, ok := f.fn.(*py.Function); ok && pf.Code != nil {
		c.file = pf.Code.Filename
		// gpython's compiler sets every code object's first line to 1;
		// the transpiler passes the def's line (__nbc_coroutine_at).
		c.line = f.line
		if c.line <= 0 {
			c.line = int(pf.Code.Firstlineno)
		}
	}
	return c, nil
}

func (f *CoroFunc) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == py.None || instance == nil {
		return f, nil
	}
	return py.NewBoundMethod(instance, f), nil
}

func (f *CoroFunc) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "__name__":
		return py.String(f.name), nil
	case "__qualname__":
		return py.String(f.qualname), nil
	case "__wrapped__":
		return f.fn, nil
	}
	if v, ok := f.dict[name]; ok {
		return v, nil
	}
	return pyvm.GetAttr(f.fn, name)
}

func (f *CoroFunc) M__setattr__(name string, v py.Object) (py.Object, error) {
	f.dict[name] = v
	return py.None, nil
}

// Coroutine is a coroutine object.
type Coroutine struct {
	l        *Loop
	fn       py.Object
	args     py.Tuple
	kwargs   py.StringDict
	kwOrder  []string                  // kwargs' keys in call order, when known
	goFn     func() (py.Object, error) // set for coroutines implemented in Go
	name     string
	qualname string
	file     string
	line     int // 1-based line of the def
	state    coroState
}

// CoroutineType is the type of coroutine objects.
var CoroutineType = py.NewType("coroutine", "A coroutine object.")

// Type returns the coroutine type.
func (c *Coroutine) Type() *py.Type { return CoroutineType }

func newGoCoro(l *Loop, name string, fn func() (py.Object, error)) *Coroutine {
	return &Coroutine{l: l, goFn: fn, name: name, qualname: name, file: "/usr/lib/python3.11/asyncio/tasks.py", line: 1}
}

func (c *Coroutine) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<coroutine object %s at %s>", c.qualname, addr(c))), nil
}

func (c *Coroutine) where() string {
	return fmt.Sprintf("%s:%d", c.file, c.line)
}

// runInline runs the coroutine to its end on the current fiber.
func (c *Coroutine) runInline() (py.Object, error) {
	switch c.state {
	case coroRunning:
		return nil, newExc(py.RuntimeError, "coroutine is being awaited already")
	case coroDone:
		return nil, newExc(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	c.state = coroRunning
	defer func() { c.state = coroDone }()
	if c.goFn != nil {
		return c.goFn()
	}
	if c.kwOrder != nil {
		pyrt.SetKeywordOrder(c.l.ctx, c.kwOrder)
	}
	res, err := py.Call(c.fn, c.args, c.kwargs)
	if err != nil {
		return nil, err
	}
	if res == nil {
		res = py.None
	}
	return res, nil
}

var coroutineMethods = map[string]interface{}{
	"close": func(self py.Object) (py.Object, error) {
		c := self.(*Coroutine)
		if c.state == coroCreated {
			c.state = coroDone
		}
		return py.None, nil
	},
	"send": func(self py.Object, v py.Object) (py.Object, error) {
		c := self.(*Coroutine)
		if v != py.None {
			return nil, newExc(py.TypeError, "can't send non-None value to a just-started coroutine")
		}
		res, err := c.runInline()
		if err != nil {
			return nil, err
		}
		return nil, stopIteration(res)
	},
	"throw": func(self py.Object, args py.Tuple) (py.Object, error) {
		c := self.(*Coroutine)
		c.state = coroDone
		if len(args) == 0 {
			return nil, newExc(py.TypeError, "throw expected at least 1 argument, got 0")
		}
		e := args[0]
		if t, ok := e.(*py.Type); ok {
			inst, err := py.Call(t, nil, nil)
			if err != nil {
				return nil, err
			}
			e = inst
		}
		return nil, objToErr(e)
	},
	"__await__": func(self py.Object) (py.Object, error) {
		return &coroIter{c: self.(*Coroutine)}, nil
	},
	"__iter__": func(self py.Object) (py.Object, error) {
		return &coroIter{c: self.(*Coroutine)}, nil
	},
}

// coroIter runs a coroutine inline on its first __next__ and stops with its
// result: what `yield from coro` and `coro.__await__()` need.
type coroIter struct{ c *Coroutine }

var coroIterType = py.NewType("coroutine_wrapper", "")

func (it *coroIter) Type() *py.Type                { return coroIterType }
func (it *coroIter) M__iter__() (py.Object, error) { return it, nil }
func (it *coroIter) M__next__() (py.Object, error) {
	res, err := it.c.runInline()
	if err != nil {
		return nil, err
	}
	return nil, stopIteration(res)
}

func init() {
	addMethods(CoroutineType, coroutineMethods)
	CoroutineType.Dict["cr_await"] = py.None
	// coro.__name__ and __qualname__ are the function's (the type's
	// would answer "coroutine").
	CoroutineType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*Coroutine).name), nil
	}}
	CoroutineType.Dict["__qualname__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*Coroutine).qualname), nil
	}}
}

// currentTask returns the task whose fiber holds the baton, or nil.
func (l *Loop) currentTask() *Future {
	if l.cur != nil && l.cur.task != nil && l.cur.task.fiber == l.cur {
		return l.cur.task
	}
	return nil
}

// awaitObj is `await x`.
func awaitObj(l *Loop, x py.Object) (py.Object, error) {
	if t := l.cellTask; t != nil && !l.cellAsync && l.currentTask() == t {
		l.cellAsync = true
	}
	switch v := x.(type) {
	case *Coroutine:
		return v.runInline()
	case *Future:
		if v.done() {
			return v.resultErr()
		}
		t := l.currentTask()
		if t == nil {
			return nil, newExc(py.RuntimeError, "await wasn't used with future")
		}
		return t.awaitFuture(v)
	case *asyncGenStep:
		return v.run()
	}
	aw, err := pyvm.GetAttr(x, "__await__")
	if err != nil {
		return nil, newExc(py.TypeError, fmt.Sprintf("object %s can't be used in 'await' expression", x.Type().Name))
	}
	it, err := py.Call(aw, nil, nil)
	if err != nil {
		return nil, err
	}
	return driveIter(l, it)
}

// driveIter runs an __await__ iterator: a yielded future is waited for, a
// yielded None gives the loop one turn.
func driveIter(l *Loop, it py.Object) (py.Object, error) {
	switch v := it.(type) {
	case *coroIter:
		return v.c.runInline()
	case *futureIter:
		return awaitObj(l, v.f)
	}
	g, isGen := it.(*py.Generator)
	for {
		var y py.Object
		var err error
		if isGen {
			// Resumed here rather than by py.Next, which drops the
			// generator's return value (C-GEN): __await__'s result.
			var yielded bool
			y, yielded, err = genResume(g)
			if err == nil && !yielded {
				return y, nil
			}
		} else {
			y, err = py.Next(it)
		}
		if err != nil {
			if excIs(err, py.StopIteration) {
				return stopValue(err), nil
			}
			return nil, err
		}
		t := l.currentTask()
		if t == nil {
			return nil, newExc(py.RuntimeError, "await outside of a task")
		}
		switch v := y.(type) {
		case *Future:
			if !v.done() {
				if _, err := t.awaitFuture(v); err != nil && !v.done() {
					return nil, err
				}
			}
		default:
			if y != py.None {
				r := repr(y)
				return nil, newExc(py.RuntimeError, "Task got bad yield: "+r)
			}
			if err := t.yield(); err != nil {
				return nil, err
			}
		}
	}
}

// genResume resumes g with None, as next(g) does, and reports whether it
// yielded; once g returns, its return value (which gpython's generator
// methods drop) is the result.
func genResume(g *py.Generator) (py.Object, bool, error) {
	if g.Running {
		return nil, false, newExc(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti != 0 {
		if !g.Frame.Yielded {
			// Finished already: as next() of an exhausted generator.
			return nil, false, py.StopIteration
		}
		g.Frame.Stack = append(g.Frame.Stack, py.None)
	}
	g.Running = true
	res, err := py.VmRunFrame(g.Frame)
	g.Running = false
	if err != nil {
		return nil, false, err
	}
	if g.Frame.Yielded {
		return res, true, nil
	}
	if res == nil {
		res = py.None
	}
	return res, false, nil
}

// AsyncGen is an async generator object over a gpython generator.
type AsyncGen struct {
	l        *Loop
	gen      py.Object
	qualname string
	done     bool
	started  bool
	kwOrder  []string // the call's keyword order, recorded again at the first step
}

// AsyncGenType is the type of async generator objects.
var AsyncGenType = py.NewType("async_generator", "An async generator object.")

// Type returns the async generator type.
func (g *AsyncGen) Type() *py.Type { return AsyncGenType }

func (g *AsyncGen) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<async_generator object %s at %s>", g.qualname, addr(g))), nil
}

// asyncGenStep is the awaitable __anext__/asend/aclose return.
type asyncGenStep struct {
	g    *AsyncGen
	send py.Object
	kind string // "anext", "asend", "athrow", "aclose"
	used bool
	// exc holds athrow's arguments, thrown into the generator.
	exc py.Tuple
}

var asyncGenStepType = py.NewType("async_generator_asend", "")

func (s *asyncGenStep) Type() *py.Type { return asyncGenStepType }

func (s *asyncGenStep) run() (py.Object, error) {
	g := s.g
	if s.used {
		return nil, newExc(py.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	s.used = true
	if s.kind == "aclose" {
		// close() throws GeneratorExit in, so finally blocks run.
		if !g.done {
			g.done = true
			if _, err := callGenMethod(g.gen, "close", nil); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}
	if g.done {
		return nil, newExcObj(s.g.l.stopAsync)
	}
	if !g.started {
		g.started = true
		if g.kwOrder != nil {
			pyrt.SetKeywordOrder(g.l.ctx, g.kwOrder)
		}
	}
	var v py.Object
	var err error
	if s.kind == "athrow" {
		v, err = callGenMethod(g.gen, "throw", s.exc)
	} else if s.send == nil || s.send == py.None {
		v, err = py.Next(g.gen)
	} else {
		v, err = py.Send(g.gen, s.send)
	}
	if err != nil {
		if excIs(err, py.StopIteration) {
			g.done = true
			return nil, newExcObj(s.g.l.stopAsync)
		}
		g.done = true
		return nil, err
	}
	return v, nil
}

// callGenMethod calls the generator method name (throw, close) of gen.
func callGenMethod(gen py.Object, name string, args py.Tuple) (py.Object, error) {
	m, err := pyvm.GetAttr(gen, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}

func (s *asyncGenStep) M__await__() (py.Object, error) { return &stepIter{s: s}, nil }

type stepIter struct{ s *asyncGenStep }

func (it *stepIter) Type() *py.Type                { return coroIterType }
func (it *stepIter) M__iter__() (py.Object, error) { return it, nil }
func (it *stepIter) M__next__() (py.Object, error) {
	v, err := it.s.run()
	if err != nil {
		return nil, err
	}
	return nil, stopIteration(v)
}

var asyncGenMethods = map[string]interface{}{
	"__aiter__": func(self py.Object) (py.Object, error) { return self, nil },
	"__anext__": func(self py.Object) (py.Object, error) {
		return &asyncGenStep{g: self.(*AsyncGen), kind: "anext"}, nil
	},
	"asend": func(self py.Object, v py.Object) (py.Object, error) {
		return &asyncGenStep{g: self.(*AsyncGen), kind: "asend", send: v}, nil
	},
	"athrow": func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return nil, newExc(py.TypeError, "athrow expected at least 1 argument, got 0")
		}
		return &asyncGenStep{g: self.(*AsyncGen), kind: "athrow", exc: args}, nil
	},
	"aclose": func(self py.Object) (py.Object, error) {
		return &asyncGenStep{g: self.(*AsyncGen), kind: "aclose"}, nil
	},
}

func init() {
	addMethods(AsyncGenType, asyncGenMethods)
}

// StopAsyncIterationType is the builtin StopAsyncIteration that Install
// adds when the runtime has none.
var StopAsyncIterationType = builtinType(py.ExceptionType.NewType("StopAsyncIteration", "Signal the end from iterator.__anext__().", nil, nil))

// aiter is the sync iterator __nbc_aiter returns.
type aiter struct {
	l  *Loop
	it py.Object
}

var aiterType = py.NewType("nbc_aiter", "")

func (a *aiter) Type() *py.Type                { return aiterType }
func (a *aiter) M__iter__() (py.Object, error) { return a, nil }
func (a *aiter) M__next__() (py.Object, error) {
	var aw py.Object
	var err error
	if g, ok := a.it.(*AsyncGen); ok {
		aw = &asyncGenStep{g: g, kind: "anext"}
	} else {
		anext, err := pyvm.GetAttr(a.it, "__anext__")
		if err != nil {
			return nil, err
		}
		aw, err = py.Call(anext, nil, nil)
		if err != nil {
			return nil, err
		}
	}
	v, err := awaitObj(a.l, aw)
	if err != nil {
		if excIs(err, a.l.stopAsync) {
			return nil, py.StopIteration
		}
		return nil, err
	}
	return v, nil
}

// acm is the sync context manager __nbc_acm returns.
type acm struct {
	l  *Loop
	cm py.Object
}

var acmType = py.NewType("nbc_acm", "")

func (a *acm) Type() *py.Type { return acmType }
func (a *acm) M__enter__() (py.Object, error) {
	enter, err := pyvm.GetAttr(a.cm, "__aenter__")
	if err != nil {
		return nil, newExc(py.AttributeError, "__aenter__")
	}
	aw, err := py.Call(enter, nil, nil)
	if err != nil {
		return nil, err
	}
	return awaitObj(a.l, aw)
}

func (a *acm) M__exit__(t, v, tb py.Object) (py.Object, error) {
	exit, err := pyvm.GetAttr(a.cm, "__aexit__")
	if err != nil {
		return nil, newExc(py.AttributeError, "__aexit__")
	}
	aw, err := py.Call(exit, py.Tuple{t, v, tb}, nil)
	if err != nil {
		return nil, err
	}
	return awaitObj(a.l, aw)
}

// helpers returns the __nbc_* builtins, keyed by name.
func (l *Loop) helpers() map[string]interface{} {
	return map[string]interface{}{
		"__nbc_await": func(self py.Object, x py.Object) (py.Object, error) {
			if err := l.checkWall(); err != nil {
				return nil, err
			}
			return awaitObj(l, x)
		},
		"__nbc_coroutine": func(self py.Object, fn py.Object) (py.Object, error) {
			return newCoroFunc(l, fn, false, 0), nil
		},
		// __nbc_coroutine_at(line) is __nbc_coroutine for a def at line
		// (1-based; of its first decorator, as CPython's co_firstlineno),
		// which reprs of tasks and coroutines show.
		"__nbc_coroutine_at": func(self py.Object, line py.Object) (py.Object, error) {
			n, ok := line.(py.Int)
			if !ok {
				return nil, newExc(py.TypeError, "__nbc_coroutine_at expects a line number")
			}
			return py.MustNewMethod("__nbc_coroutine", func(self py.Object, fn py.Object) (py.Object, error) {
				return newCoroFunc(l, fn, false, int(n)), nil
			}, 0, ""), nil
		},
		"__nbc_asyncgen": func(self py.Object, fn py.Object) (py.Object, error) {
			return newCoroFunc(l, fn, true, 0), nil
		},
		"__nbc_aiter": func(self py.Object, x py.Object) (py.Object, error) {
			if _, ok := x.(*AsyncGen); ok {
				return &aiter{l: l, it: x}, nil
			}
			f, err := pyvm.GetAttr(x, "__aiter__")
			if err != nil {
				return nil, newExc(py.TypeError, fmt.Sprintf("'async for' requires an object with __aiter__ method, got %s", x.Type().Name))
			}
			it, err := py.Call(f, nil, nil)
			if err != nil {
				return nil, err
			}
			return &aiter{l: l, it: it}, nil
		},
		"__nbc_acm": func(self py.Object, x py.Object) (py.Object, error) {
			return &acm{l: l, cm: x}, nil
		},
	}
}

// checkWall ends the cell if it has run past its wall-time budget.
func (l *Loop) checkWall() error {
	if l.opts.Wall().Sub(l.wallStart) > l.opts.WallBudget {
		return newExc(py.RuntimeError, (&BudgetError{Limit: l.opts.WallBudget}).Error())
	}
	return nil
}
