package asyncshim

// This file defines the asyncio module functions and the event loop's
// Python methods, following CPython 3.11's asyncio/tasks.py and
// base_events.py.
//
// asyncio functions (module asyncio):
//
//	run(coro, *, debug=None)              run coro on a fresh loop (script) or fail/nest (Jupyter)
//	sleep(delay, result=None)             coroutine that waits delay seconds
//	create_task(coro, *, name=None)       schedule coro as a Task on the running loop
//	ensure_future(obj, *, loop=None)      wrap a coroutine in a Task, or return the future
//	gather(*aws, return_exceptions=False) future of all results
//	wait_for(aw, timeout)                 await with a timeout (TimeoutError)
//	wait(fs, *, timeout=None, return_when=ALL_COMPLETED)  (done, pending) sets
//	as_completed(fs, *, timeout=None)     iterator of awaitables in completion order
//	shield(aw)                            protect from cancellation
//	timeout(delay) / timeout_at(when)     async context managers
//	current_task(loop=None), all_tasks(loop=None)
//	iscoroutine(obj), iscoroutinefunction(func), isfuture(obj)
//	get_event_loop(), get_running_loop(), new_event_loop(), set_event_loop(loop)
//	to_thread(func, *args, **kwargs)      run func in a thread, as a coroutine
//	open_connection, start_server, create_subprocess_exec, create_subprocess_shell: unsupported

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// runningLoop returns the loop running on the current thread, or nil.
func (l *Loop) runningLoop() *EventLoop {
	th := l.curThread()
	if n := len(th.loops); n > 0 {
		return th.loops[n-1]
	}
	return nil
}

func (l *Loop) mustRunningLoop() (*EventLoop, error) {
	if ev := l.runningLoop(); ev != nil {
		return ev, nil
	}
	return nil, newExc(py.RuntimeError, "no running event loop")
}

// getEventLoop is asyncio.get_event_loop.
func (l *Loop) getEventLoop() *EventLoop {
	if ev := l.runningLoop(); ev != nil {
		return ev
	}
	if l.policy == nil || l.policy.closed && false {
		l.policy = newEventLoop(l)
	}
	return l.policy
}

// ensureFuture is asyncio.ensure_future.
func (l *Loop) ensureFuture(x py.Object, ev *EventLoop) (*Future, error) {
	switch v := x.(type) {
	case *Future:
		return v, nil
	case *Coroutine:
		if ev == nil {
			ev = l.getEventLoop()
		}
		return newTask(ev, "", nil, v), nil
	}
	if _, err := pyvm.GetAttr(x, "__await__"); err == nil {
		if ev == nil {
			ev = l.getEventLoop()
		}
		c := newGoCoro(l, "_wrap_awaitable", func() (py.Object, error) { return awaitObj(l, x) })
		return newTask(ev, "", nil, c), nil
	}
	return nil, newExc(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

// sleep is the coroutine asyncio.sleep returns.
func (l *Loop) sleep(delay float64, result py.Object) (py.Object, error) {
	t := l.currentTask()
	if t == nil {
		return nil, newExc(py.RuntimeError, "no running event loop")
	}
	if delay <= 0 {
		if err := t.yield(); err != nil {
			return nil, err
		}
		return result, nil
	}
	ev := t.loop
	fut := newFuture(ev)
	h := ev.callAt(l.after(delay), &Handle{fn: func() {
		if !fut.done() {
			_ = fut.setResult(result)
		}
	}, name: "futures._set_result_unless_cancelled"})
	res, err := t.awaitFuture(fut)
	h.cancelled = true
	return res, err
}

func releaseWaiter(w *Future) func(*Future) {
	return func(*Future) {
		if !w.done() {
			_ = w.setResult(py.None)
		}
	}
}

func (f *Future) removeCallbackFn(name string, w *Future) {
	_ = w
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.name == name {
			continue
		}
		kept = append(kept, cb)
	}
	f.callbacks = kept
}

// cancelAndWait cancels fut and waits until it is done.
func (l *Loop) cancelAndWait(t *Future, fut *Future) error {
	w := newFuture(t.loop)
	fut.callbacks = append(fut.callbacks, futCallback{fn: releaseWaiter(w), name: "_release_waiter"})
	fut.cancel(nil)
	_, err := t.awaitFuture(w)
	fut.removeCallbackFn("_release_waiter", w)
	return err
}

// waitFor is asyncio.wait_for.
func (l *Loop) waitFor(aw py.Object, timeout py.Object) (py.Object, error) {
	ev, err := l.mustRunningLoop()
	if err != nil {
		return nil, err
	}
	t := l.currentTask()
	if timeout == py.None {
		return awaitObj(l, aw)
	}
	d, err := toSeconds("wait_for", timeout)
	if err != nil {
		return nil, err
	}
	if d <= 0 {
		fut, err := l.ensureFuture(aw, ev)
		if err != nil {
			return nil, err
		}
		if fut.done() {
			return fut.resultErr()
		}
		if err := l.cancelAndWait(t, fut); err != nil {
			return nil, err
		}
		res, err := fut.resultErr()
		if err != nil && isCancelled(err) {
			return nil, timeoutFrom(err)
		}
		return res, err
	}
	waiter := newFuture(ev)
	h := ev.callAt(l.after(d), &Handle{fn: func() { releaseWaiter(waiter)(nil) }, name: "_release_waiter"})
	defer func() { h.cancelled = true }()
	fut, err := l.ensureFuture(aw, ev)
	if err != nil {
		return nil, err
	}
	fut.callbacks = append(fut.callbacks, futCallback{fn: releaseWaiter(waiter), name: "_release_waiter"})
	if _, err := t.awaitFuture(waiter); err != nil {
		if isCancelled(err) {
			if fut.done() {
				return fut.resultErr()
			}
			fut.removeCallbackFn("_release_waiter", waiter)
			if err2 := l.cancelAndWait(t, fut); err2 != nil {
				return nil, err2
			}
		}
		return nil, err
	}
	if fut.done() {
		return fut.resultErr()
	}
	fut.removeCallbackFn("_release_waiter", waiter)
	if err := l.cancelAndWait(t, fut); err != nil {
		return nil, err
	}
	res, err := fut.resultErr()
	if err != nil && isCancelled(err) {
		return nil, timeoutFrom(err)
	}
	return res, err
}

func timeoutFrom(cause error) error {
	e := newExcObj(py.TimeoutError)
	if ex, ok := excObject(e).(*py.Exception); ok {
		ex.Cause = excObject(cause)
		ex.Context = excObject(cause)
	}
	return e
}

// gatherState is a _GatheringFuture's bookkeeping.
type gatherState struct {
	children        []*Future
	cancelRequested bool
}

func (g *gatherState) cancel(outer *Future, msg py.Object) bool {
	if outer.done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// gather is asyncio.gather.
func (l *Loop) gather(aws py.Tuple, returnExceptions bool) (*Future, error) {
	if len(aws) == 0 {
		ev := l.getEventLoop()
		f := newFuture(ev)
		_ = f.setResult(py.NewList())
		return f, nil
	}
	var ev *EventLoop
	seen := map[py.Object]*Future{}
	var children []*Future
	for _, a := range aws {
		if f, ok := seen[a]; ok {
			children = append(children, f)
			continue
		}
		f, err := l.ensureFuture(a, ev)
		if err != nil {
			return nil, err
		}
		if ev == nil {
			ev = f.loop
		}
		seen[a] = f
		children = append(children, f)
	}
	outer := newFuture(ev)
	g := &gatherState{children: children}
	outer.gather = g
	nfinished := 0
	nfuts := len(seen)
	done := func(fut *Future) {
		nfinished++
		if outer.done() {
			if fut.state != futCancelled {
				fut.retrieved = true
			}
			return
		}
		if !returnExceptions {
			if fut.state == futCancelled {
				_ = outer.setException(fut.makeCancelledError())
				return
			}
			if fut.exc != nil {
				fut.retrieved = true
				_ = outer.setException(fut.exc)
				return
			}
		}
		if nfinished == nfuts {
			items := make([]py.Object, len(children))
			for i, c := range children {
				switch {
				case c.state == futCancelled:
					// gather reports CancelledError('') when there is no message.
					msg := c.cancelMsg
					if msg == nil || msg == py.None {
						msg = py.String("")
					}
					items[i] = excObject(newExcObj(CancelledErrorType, msg))
				case c.exc != nil:
					c.retrieved = true
					items[i] = excObject(c.exc)
				default:
					items[i] = c.result
				}
			}
			if g.cancelRequested {
				_ = outer.setException(newExcObj(CancelledErrorType))
			} else {
				_ = outer.setResult(py.NewListFromItems(items))
			}
		}
	}
	for _, f := range uniq(children) {
		f.callbacks = append(f.callbacks, futCallback{fn: done, name: "_done_callback"})
		if f.done() {
			f.callbacks = f.callbacks[:len(f.callbacks)-1]
			ff := f
			ev.callSoon(func() { done(ff) }, "_done_callback")
		}
	}
	return outer, nil
}

func uniq(fs []*Future) []*Future {
	seen := map[*Future]bool{}
	var out []*Future
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Constants of asyncio.wait.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// wait is asyncio.wait.
func (l *Loop) wait(fsObj py.Object, timeout py.Object, returnWhen string) (py.Object, error) {
	ev, err := l.mustRunningLoop()
	if err != nil {
		return nil, err
	}
	t := l.currentTask()
	var fs []*Future
	ierr := py.Iterate(fsObj, func(o py.Object) bool {
		switch v := o.(type) {
		case *Future:
			fs = append(fs, v)
		case *Coroutine:
			err = newExc(py.TypeError, "Passing coroutines is forbidden, use tasks explicitly.")
			return true
		default:
			f, e := l.ensureFuture(o, ev)
			if e != nil {
				err = e
				return true
			}
			fs = append(fs, f)
		}
		return false
	})
	if ierr != nil {
		return nil, ierr
	}
	if err != nil {
		return nil, err
	}
	fs = uniq(fs)
	if len(fs) == 0 {
		return nil, newExc(py.ValueError, "Set of Tasks/Futures is empty.")
	}
	if returnWhen != firstCompleted && returnWhen != firstException && returnWhen != allCompleted {
		return nil, newExc(py.ValueError, "Invalid return_when value: "+returnWhen)
	}
	waiter := newFuture(ev)
	var h *Handle
	if timeout != py.None {
		d, err := toSeconds("wait", timeout)
		if err != nil {
			return nil, err
		}
		h = ev.callAt(l.after(d), &Handle{fn: func() { releaseWaiter(waiter)(nil) }, name: "_release_waiter"})
	}
	counter := len(fs)
	onCompletion := func(f *Future) {
		counter--
		if counter <= 0 || returnWhen == firstCompleted || returnWhen == firstException && f.state != futCancelled && f.exc != nil {
			if h != nil {
				h.cancelled = true
			}
			if !waiter.done() {
				_ = waiter.setResult(py.None)
			}
		}
	}
	for _, f := range fs {
		if f.done() {
			ff := f
			ev.callSoon(func() { onCompletion(ff) }, "_on_completion")
		} else {
			f.callbacks = append(f.callbacks, futCallback{fn: onCompletion, name: "_on_completion"})
		}
	}
	_, werr := t.awaitFuture(waiter)
	if h != nil {
		h.cancelled = true
	}
	for _, f := range fs {
		f.removeCallbackFn("_on_completion", nil)
	}
	if werr != nil {
		return nil, werr
	}
	var done, pending []py.Object
	for _, f := range fs {
		if f.done() {
			done = append(done, f)
		} else {
			pending = append(pending, f)
		}
	}
	return py.Tuple{newSet(done), newSet(pending)}, nil
}

// asCompleted is the iterator asyncio.as_completed returns.
type asCompleted struct {
	l       *Loop
	todo    int
	done    []*Future
	waiters []*Future
	timeout bool
}

var asCompletedType = py.NewType("generator", "")

func (a *asCompleted) Type() *py.Type                { return asCompletedType }
func (a *asCompleted) M__iter__() (py.Object, error) { return a, nil }
func (a *asCompleted) M__next__() (py.Object, error) {
	if a.todo == 0 {
		return nil, py.StopIteration
	}
	a.todo--
	return newGoCoro(a.l, "_wait_for_one", func() (py.Object, error) {
		for len(a.done) == 0 {
			if a.timeout {
				return nil, newExcObj(py.TimeoutError)
			}
			t := a.l.currentTask()
			if t == nil {
				return nil, newExc(py.RuntimeError, "no running event loop")
			}
			w := newFuture(t.loop)
			a.waiters = append(a.waiters, w)
			if _, err := t.awaitFuture(w); err != nil {
				return nil, err
			}
		}
		f := a.done[0]
		a.done = a.done[1:]
		return f.resultErr()
	}), nil
}

func (l *Loop) asCompleted(fsObj py.Object, timeout py.Object) (py.Object, error) {
	a := &asCompleted{l: l}
	var fs []*Future
	var err error
	ierr := py.Iterate(fsObj, func(o py.Object) bool {
		var f *Future
		f, err = l.ensureFuture(o, nil)
		if err != nil {
			return true
		}
		fs = append(fs, f)
		return false
	})
	if ierr != nil {
		return nil, ierr
	}
	if err != nil {
		return nil, err
	}
	fs = uniq(fs)
	a.todo = len(fs)
	wake := func() {
		for _, w := range a.waiters {
			if !w.done() {
				_ = w.setResult(py.None)
			}
		}
		a.waiters = nil
	}
	var h *Handle
	finished := 0
	for _, f := range fs {
		f.callbacks = append(f.callbacks, futCallback{fn: func(f *Future) {
			a.done = append(a.done, f)
			finished++
			if finished == len(fs) && h != nil {
				h.cancelled = true
			}
			wake()
		}, name: "_on_completion"})
	}
	if timeout != py.None && len(fs) > 0 {
		d, err := toSeconds("as_completed", timeout)
		if err != nil {
			return nil, err
		}
		h = fs[0].loop.callAt(l.after(d), &Handle{fn: func() {
			a.timeout = true
			wake()
		}, name: "_on_timeout"})
	}
	return a, nil
}

// shield is asyncio.shield.
func (l *Loop) shield(aw py.Object) (*Future, error) {
	inner, err := l.ensureFuture(aw, nil)
	if err != nil {
		return nil, err
	}
	if inner.done() {
		return inner, nil
	}
	outer := newFuture(inner.loop)
	inner.callbacks = append(inner.callbacks, futCallback{fn: func(inner *Future) {
		if outer.done() {
			return
		}
		switch {
		case inner.state == futCancelled:
			outer.cancel(nil)
		case inner.exc != nil:
			_ = outer.setException(inner.exc)
		default:
			_ = outer.setResult(inner.result)
		}
	}, name: "_inner_done_callback"})
	outer.callbacks = append(outer.callbacks, futCallback{fn: func(*Future) {
		if !inner.done() {
			inner.removeCallbackFn("_inner_done_callback", nil)
		}
	}, name: "_outer_done_callback"})
	return outer, nil
}

// run is asyncio.run.
func (l *Loop) run(coro py.Object) (py.Object, error) {
	if !l.opts.Script && !l.nested {
		if l.runningLoop() != nil {
			return nil, newExc(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
		}
	}
	if l.nested {
		ev := l.getEventLoop()
		fut, err := l.ensureFuture(coro, ev)
		if err != nil {
			return nil, err
		}
		return ev.runUntilComplete(fut)
	}
	if l.runningLoop() != nil {
		return nil, newExc(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	c, ok := coro.(*Coroutine)
	if !ok {
		r := repr(coro)
		return nil, newExc(py.ValueError, "a coroutine was expected, got "+r)
	}
	ev := newEventLoop(l)
	old := l.policy
	l.policy = ev
	task := newTask(ev, "", nil, c)
	res, err := ev.runUntilComplete(task)
	l.cancelAll(ev)
	l.shutdownTasks()
	ev.closed = true
	l.policy = old
	if old == nil {
		l.policy = nil
	}
	return res, err
}

// shutdownTasks counts the two tasks in which CPython's Runner.close runs
// loop.shutdown_asyncgens() and loop.shutdown_default_executor() (both
// have nothing to do here): the next asyncio.run's main task is Task-N+3.
func (l *Loop) shutdownTasks() {
	if l.cellAbort == nil {
		l.taskCount += 2
	}
}

// cancelAll cancels the loop's remaining tasks and runs it until they end,
// as asyncio.runners._cancel_all_tasks does.
func (l *Loop) cancelAll(ev *EventLoop) {
	if l.cellAbort != nil {
		return
	}
	var left []*Future
	for _, t := range ev.tasks {
		if !t.done() {
			left = append(left, t)
		}
	}
	if len(left) == 0 {
		return
	}
	for _, t := range left {
		t.cancel(nil)
	}
	items := make(py.Tuple, len(left))
	for i, t := range left {
		items[i] = t
	}
	g, err := l.gather(items, true)
	if err != nil {
		return
	}
	_, _ = ev.runUntilComplete(g)
	for _, t := range left {
		if t.state == futCancelled || t.exc == nil {
			continue
		}
		ev.reportError("unhandled exception during asyncio.run() shutdown\ntask: "+t.repr(), t.exc)
	}
}

// toThread is asyncio.to_thread.
func (l *Loop) toThread(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	ev, err := l.mustRunningLoop()
	if err != nil {
		return nil, err
	}
	fut := l.runInExecutor(ev, nil, fn, args, kwargs)
	t := l.currentTask()
	if t == nil {
		return nil, newExc(py.RuntimeError, "no running event loop")
	}
	return t.awaitFuture(fut)
}

func unsupported(what string) interface{} {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, newExc(py.NotImplementedError, "unsupported: "+what)
	}
}

// asyncioFuncs returns the functions of module asyncio, keyed by name.
func (l *Loop) asyncioFuncs() map[string]interface{} {
	return map[string]interface{}{
		"run": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var coro, debug py.Object = nil, py.None
			if err := unpack("run", args, kwargs, "main", &coro, "*debug?", &debug); err != nil {
				return nil, err
			}
			return l.run(coro)
		},
		"sleep": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var delay, result py.Object = nil, py.None
			if err := unpack("sleep", args, kwargs, "delay", &delay, "result?", &result); err != nil {
				return nil, err
			}
			d, err := toSeconds("sleep", delay)
			if err != nil {
				return nil, err
			}
			return newGoCoro(l, "sleep", func() (py.Object, error) { return l.sleep(d, result) }), nil
		},
		"create_task": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var coro, name, context py.Object = nil, py.None, py.None
			if err := unpack("create_task", args, kwargs, "coro", &coro, "*name?", &name, "*context?", &context); err != nil {
				return nil, err
			}
			ev, err := l.mustRunningLoop()
			if err != nil {
				return nil, err
			}
			// asyncio.create_task names the task after making it, so a
			// named task still takes a Task-N number.
			t, err := ev.createTask(coro, py.None)
			if err != nil {
				return nil, err
			}
			if name != py.None {
				s, err := py.StrAsString(name)
				if err != nil {
					return nil, err
				}
				t.(*Future).name = s
			}
			return t, nil
		},
		"ensure_future": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj, loop py.Object = nil, py.None
			if err := unpack("ensure_future", args, kwargs, "coro_or_future", &obj, "*loop?", &loop); err != nil {
				return nil, err
			}
			ev, _ := loop.(*EventLoop)
			return l.ensureFuture(obj, ev)
		},
		"gather": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var aws py.Tuple
			var rex py.Object = py.False
			if err := unpack("gather", args, kwargs, "*args", &aws, "*return_exceptions?", &rex); err != nil {
				return nil, err
			}
			return l.gather(aws, pyTruth(rex))
		},
		"wait_for": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var aw, timeout py.Object
			if err := unpack("wait_for", args, kwargs, "fut", &aw, "timeout", &timeout); err != nil {
				return nil, err
			}
			return newGoCoro(l, "wait_for", func() (py.Object, error) { return l.waitFor(aw, timeout) }), nil
		},
		"wait": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fs, timeout, rw py.Object = nil, py.None, py.String(allCompleted)
			if err := unpack("wait", args, kwargs, "fs", &fs, "*timeout?", &timeout, "*return_when?", &rw); err != nil {
				return nil, err
			}
			s, _ := py.StrAsString(rw)
			return newGoCoro(l, "wait", func() (py.Object, error) { return l.wait(fs, timeout, s) }), nil
		},
		"as_completed": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fs, timeout py.Object = nil, py.None
			if err := unpack("as_completed", args, kwargs, "fs", &fs, "*timeout?", &timeout); err != nil {
				return nil, err
			}
			return l.asCompleted(fs, timeout)
		},
		"shield": func(self py.Object, aw py.Object) (py.Object, error) {
			return l.shield(aw)
		},
		"current_task": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var loop py.Object = py.None
			if err := unpack("current_task", args, kwargs, "loop?", &loop); err != nil {
				return nil, err
			}
			ev, _ := loop.(*EventLoop)
			if ev == nil {
				var err error
				if ev, err = l.mustRunningLoop(); err != nil {
					return nil, err
				}
			}
			if t := l.currentTask(); t != nil && t.loop == ev {
				return t, nil
			}
			if ev.current != nil {
				return ev.current, nil
			}
			return py.None, nil
		},
		"all_tasks": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var loop py.Object = py.None
			if err := unpack("all_tasks", args, kwargs, "loop?", &loop); err != nil {
				return nil, err
			}
			ev, _ := loop.(*EventLoop)
			if ev == nil {
				var err error
				if ev, err = l.mustRunningLoop(); err != nil {
					return nil, err
				}
			}
			var items []py.Object
			for _, t := range ev.tasks {
				if !t.done() {
					items = append(items, t)
				}
			}
			return newSet(items), nil
		},
		"iscoroutine": func(self py.Object, o py.Object) (py.Object, error) {
			_, ok := o.(*Coroutine)
			return py.NewBool(ok), nil
		},
		"iscoroutinefunction": func(self py.Object, o py.Object) (py.Object, error) {
			if bm, ok := o.(*py.BoundMethod); ok {
				o = bm.Method
			}
			f, ok := o.(*CoroFunc)
			return py.NewBool(ok && !f.gen), nil
		},
		"isfuture": func(self py.Object, o py.Object) (py.Object, error) {
			_, ok := o.(*Future)
			return py.NewBool(ok), nil
		},
		"get_event_loop": func(self py.Object) (py.Object, error) {
			return l.getEventLoop(), nil
		},
		"get_running_loop": func(self py.Object) (py.Object, error) {
			ev, err := l.mustRunningLoop()
			if err != nil {
				return nil, err
			}
			return ev, nil
		},
		"_get_running_loop": func(self py.Object) (py.Object, error) {
			if ev := l.runningLoop(); ev != nil {
				return ev, nil
			}
			return py.None, nil
		},
		"new_event_loop": func(self py.Object) (py.Object, error) {
			return newEventLoop(l), nil
		},
		"set_event_loop": func(self py.Object, o py.Object) (py.Object, error) {
			if o == py.None {
				l.policy = nil
				return py.None, nil
			}
			ev, ok := o.(*EventLoop)
			if !ok {
				return nil, newExc(py.TypeError, fmt.Sprintf("loop must be an instance of AbstractEventLoop or None, not '%s'", o.Type().Name))
			}
			l.policy = ev
			return py.None, nil
		},
		"to_thread": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, newExc(py.TypeError, "to_thread() missing 1 required positional argument: 'func'")
			}
			fn, rest := args[0], own(args[1:])
			kwargs = ownKw(kwargs)
			// The thread starts later: keep this call's keyword order.
			var order []string
			if len(kwargs) > 1 {
				order = pyrt.KeywordOrder(l.ctx, kwargs)
			}
			return newGoCoro(l, "to_thread", func() (py.Object, error) {
				if order != nil {
					pyrt.SetKeywordOrder(l.ctx, order)
				}
				return l.toThread(fn, rest, kwargs)
			}), nil
		},
		"timeout": func(self py.Object, d py.Object) (py.Object, error) {
			return l.newTimeout(d, false)
		},
		"timeout_at": func(self py.Object, w py.Object) (py.Object, error) {
			return l.newTimeout(w, true)
		},
		"open_connection":         unsupported("network"),
		"start_server":            unsupported("network"),
		"open_unix_connection":    unsupported("network"),
		"start_unix_server":       unsupported("network"),
		"create_subprocess_exec":  unsupported("subprocess"),
		"create_subprocess_shell": unsupported("subprocess"),
	}
}

// createTask is loop.create_task.
func (ev *EventLoop) createTask(coro py.Object, name py.Object) (py.Object, error) {
	c, ok := coro.(*Coroutine)
	if !ok {
		r := repr(coro)
		return nil, newExc(py.TypeError, "a coroutine was expected, got "+r)
	}
	if ev.closed {
		return nil, newExc(py.RuntimeError, "Event loop is closed")
	}
	n := ""
	if name != nil && name != py.None {
		n, _ = py.StrAsString(name)
	}
	return newTask(ev, n, nil, c), nil
}

// eventLoopMethods returns the Python methods of event loops.
func eventLoopMethods() map[string]interface{} {
	return map[string]interface{}{
		"run_until_complete": func(self py.Object, aw py.Object) (py.Object, error) {
			ev := self.(*EventLoop)
			if ev.closed {
				return nil, newExc(py.RuntimeError, "Event loop is closed")
			}
			if ev.isRunning() && !ev.l.nested {
				return nil, newExc(py.RuntimeError, "This event loop is already running")
			}
			if ev.l.runningLoop() != nil && !ev.l.nested {
				return nil, newExc(py.RuntimeError, "Cannot run the event loop while another loop is running")
			}
			fut, err := ev.l.ensureFuture(aw, ev)
			if err != nil {
				return nil, err
			}
			return ev.runUntilComplete(fut)
		},
		"run_forever": func(self py.Object) (py.Object, error) {
			return py.None, self.(*EventLoop).runForever()
		},
		"stop": func(self py.Object) (py.Object, error) {
			self.(*EventLoop).stopping = true
			return py.None, nil
		},
		"close": func(self py.Object) (py.Object, error) {
			ev := self.(*EventLoop)
			if ev.isRunning() {
				return nil, newExc(py.RuntimeError, "Cannot close a running event loop")
			}
			ev.closed = true
			ev.ready = nil
			ev.timers = nil
			return py.None, nil
		},
		"is_running": func(self py.Object) (py.Object, error) {
			return py.NewBool(self.(*EventLoop).isRunning()), nil
		},
		"is_closed": func(self py.Object) (py.Object, error) {
			return py.NewBool(self.(*EventLoop).closed), nil
		},
		"time": func(self py.Object) (py.Object, error) {
			return py.Float(self.(*EventLoop).l.monotonic()), nil
		},
		"call_soon": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ev := self.(*EventLoop)
			if len(args) == 0 {
				return nil, newExc(py.TypeError, "call_soon() missing 1 required positional argument: 'callback'")
			}
			return ev.callSoonPy(args[0], own(args[1:])), nil
		},
		"call_soon_threadsafe": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ev := self.(*EventLoop)
			if len(args) == 0 {
				return nil, newExc(py.TypeError, "call_soon_threadsafe() missing 1 required positional argument: 'callback'")
			}
			return ev.callSoonPy(args[0], own(args[1:])), nil
		},
		"call_later": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ev := self.(*EventLoop)
			if len(args) < 2 {
				return nil, newExc(py.TypeError, "call_later() missing required arguments: 'delay' and 'callback'")
			}
			d, err := toSeconds("call_later", args[0])
			if err != nil {
				return nil, err
			}
			h := ev.callAt(ev.l.after(d), &Handle{cb: args[1], args: own(args[2:])})
			return h, nil
		},
		"call_at": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ev := self.(*EventLoop)
			if len(args) < 2 {
				return nil, newExc(py.TypeError, "call_at() missing required arguments: 'when' and 'callback'")
			}
			w, err := toSeconds("call_at", args[0])
			if err != nil {
				return nil, err
			}
			h := ev.callAt(ev.l.atMonotonic(w), &Handle{cb: args[1], args: own(args[2:])})
			return h, nil
		},
		"create_task": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var coro, name, context py.Object = nil, py.None, py.None
			if err := unpack("create_task", args, kwargs, "coro", &coro, "*name?", &name, "*context?", &context); err != nil {
				return nil, err
			}
			return self.(*EventLoop).createTask(coro, name)
		},
		"create_future": func(self py.Object) (py.Object, error) {
			return newFuture(self.(*EventLoop)), nil
		},
		"run_in_executor": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ev := self.(*EventLoop)
			if len(args) < 2 {
				return nil, newExc(py.TypeError, "run_in_executor() missing required arguments: 'executor' and 'func'")
			}
			return ev.l.runInExecutor(ev, args[0], args[1], own(args[2:]), nil), nil
		},
		"set_exception_handler": func(self py.Object, h py.Object) (py.Object, error) {
			self.(*EventLoop).handler = h
			return py.None, nil
		},
		"get_exception_handler": func(self py.Object) (py.Object, error) {
			if h := self.(*EventLoop).handler; h != nil {
				return h, nil
			}
			return py.None, nil
		},
		"set_debug": func(self py.Object, v py.Object) (py.Object, error) { return py.None, nil },
		"get_debug": func(self py.Object) (py.Object, error) { return py.False, nil },
		"shutdown_asyncgens": func(self py.Object) (py.Object, error) {
			return newGoCoro(self.(*EventLoop).l, "shutdown_asyncgens", func() (py.Object, error) { return py.None, nil }), nil
		},
		"shutdown_default_executor": func(self py.Object) (py.Object, error) {
			return newGoCoro(self.(*EventLoop).l, "shutdown_default_executor", func() (py.Object, error) { return py.None, nil }), nil
		},
		"create_connection":        unsupported("network"),
		"create_server":            unsupported("network"),
		"create_datagram_endpoint": unsupported("network"),
		"subprocess_exec":          unsupported("subprocess"),
		"subprocess_shell":         unsupported("subprocess"),
		"getaddrinfo":              unsupported("network"),
		"sock_connect":             unsupported("network"),
	}
}

func init() {
	addMethods(EventLoopType, eventLoopMethods())
}
