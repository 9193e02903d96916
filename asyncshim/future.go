package asyncshim

// This file defines Future and Task. A Task is a Future whose result comes
// from running a coroutine on its own fiber; it parks that fiber at each
// await of a pending future and is stepped again by the future's done
// callback, as CPython's Task.__step and __wakeup do.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

type futState int

const (
	futPending futState = iota
	futCancelled
	futFinished
)

// futCallback is a done callback: a Go func or a Python callable.
type futCallback struct {
	fn   func(*Future)
	py   py.Object
	name string // for reprs of Go callbacks
}

// Future is asyncio.Future, and asyncio.Task when task is set.
type Future struct {
	loop      *EventLoop
	state     futState
	result    py.Object
	exc       error     // the exception, as an error to return
	cancelMsg py.Object // nil or the cancel message
	cancelErr error     // the CancelledError that ended a task
	callbacks []futCallback
	retrieved bool

	// Task fields.
	isTask   bool
	cell     bool // the task running a cell's code
	name     string
	coro     *Coroutine
	run      func() (py.Object, error)
	fiber    *fiber
	started  bool
	stepper  *fiber  // fiber that stepped the task and waits for it to park
	waiter   *Future // future the task waits for
	yielding bool    // parked on a bare yield (sleep(0))

	mustCancel          bool
	numCancelsRequested int
	gather              *gatherState
}

// Type returns asyncio.Future or asyncio.Task.
func (f *Future) Type() *py.Type {
	if f.isTask {
		return f.loop.l.ty.task
	}
	if f.gather != nil {
		return f.loop.l.ty.gatheringFuture
	}
	return f.loop.l.ty.future
}

// TaskType and FutureType are the Python types of tasks and futures.
var (
	FutureType = py.NewType("Future", "This class is *almost* compatible with concurrent.futures.Future.")
	TaskType   = builtinType(FutureType.NewType("Task", "A coroutine wrapped in a Future.", nil, nil))
)

func newFuture(ev *EventLoop) *Future {
	return &Future{loop: ev}
}

// newTask makes a task that runs run (or coro) and schedules its first step.
// An empty name takes the next Task-N.
func newTask(ev *EventLoop, name string, run func() (py.Object, error), coro *Coroutine) *Future {
	t := &Future{loop: ev, isTask: true, run: run, coro: coro}
	if run == nil {
		t.run = coro.runInline
	}
	if name == "" && coro != nil {
		ev.l.taskCount++
		name = fmt.Sprintf("Task-%d", ev.l.taskCount)
	}
	t.name = name
	ev.tasks = append(ev.tasks, t)
	ev.callSoon(func() { t.step(nil) }, "Task.task_wakeup")
	return t
}

func (f *Future) done() bool { return f.state != futPending }

func (f *Future) addDone(fn func(*Future)) {
	if f.done() {
		f.loop.callSoon(func() { fn(f) }, "")
		return
	}
	f.callbacks = append(f.callbacks, futCallback{fn: fn})
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		cb := cb
		if cb.fn != nil {
			f.loop.callSoon(func() { cb.fn(f) }, cb.name)
		} else {
			f.loop.callSoonPy(cb.py, py.Tuple{f})
		}
	}
	if f.isTask {
		f.loop.forget(f)
	}
}

func (f *Future) setResult(v py.Object) error {
	if f.done() {
		return newExc(InvalidStateErrorType, f.stateName())
	}
	f.result = v
	f.state = futFinished
	f.scheduleCallbacks()
	return nil
}

func (f *Future) setException(e error) error {
	if f.done() {
		return newExc(InvalidStateErrorType, f.stateName())
	}
	f.exc = e
	f.state = futFinished
	f.scheduleCallbacks()
	return nil
}

func (f *Future) stateName() string {
	switch f.state {
	case futCancelled:
		return "invalid state"
	case futFinished:
		return "invalid state"
	}
	return "invalid state"
}

// futCancel is Future.cancel.
func (f *Future) futCancel(msg py.Object) bool {
	if f.done() {
		return false
	}
	f.state = futCancelled
	f.cancelMsg = msg
	f.scheduleCallbacks()
	return true
}

// cancel is Future.cancel or Task.cancel.
func (f *Future) cancel(msg py.Object) bool {
	if f.gather != nil {
		return f.gather.cancel(f, msg)
	}
	if !f.isTask {
		return f.futCancel(msg)
	}
	if f.done() {
		return false
	}
	f.numCancelsRequested++
	if f.waiter != nil && f.waiter.cancel(msg) {
		return true
	}
	f.mustCancel = true
	f.cancelMsg = msg
	return true
}

func (f *Future) makeCancelledError() error {
	if f.cancelErr != nil {
		return f.cancelErr
	}
	if f.cancelMsg != nil && f.cancelMsg != py.None {
		return newExcObj(CancelledErrorType, f.cancelMsg)
	}
	return newExcObj(CancelledErrorType)
}

// resultErr returns what awaiting a done future gives.
func (f *Future) resultErr() (py.Object, error) {
	switch f.state {
	case futCancelled:
		return nil, f.makeCancelledError()
	case futPending:
		return nil, newExc(InvalidStateErrorType, "Result is not set.")
	}
	f.retrieved = true
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// step runs the task until it parks or ends; it runs on the loop's runner.
func (t *Future) step(exc error) {
	if t.done() {
		return
	}
	if t.mustCancel {
		if exc == nil || !isCancelled(exc) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	t.yielding = false
	l := t.loop.l
	ev := t.loop
	prev := ev.current
	ev.current = t
	t.stepper = l.cur
	if !t.started {
		t.started = true
		t.fiber = newFiber(l.curThread())
		t.fiber.task = t
		if exc != nil {
			// Cancelled before it ever ran: the coroutine never starts.
			if t.coro != nil {
				t.coro.state = coroDone
			}
			t.finish(nil, exc)
			ev.current = prev
			return
		}
		t.fiber.resumeErr = nil
		l.goFiber(t.fiber, func() {
			res, err := t.run()
			t.finish(res, err)
		}, func() *fiber { return t.stepper })
	} else {
		t.fiber.thread = l.curThread()
		t.fiber.resumeErr = exc
	}
	l.switchTo(t.fiber)
	ev.current = prev
}

func (t *Future) finish(res py.Object, err error) {
	switch {
	case err == nil:
		if t.mustCancel {
			t.mustCancel = false
			t.futCancel(t.cancelMsg)
		} else {
			_ = t.setResult(res)
		}
	case isCancelled(err):
		t.cancelErr = err
		t.futCancel(nil)
	default:
		_ = t.setException(err)
	}
}

// park suspends the running task until step resumes it; it returns the
// exception step delivers.
func (t *Future) park() error {
	if t.fiber.doomed {
		return errAbort()
	}
	l := t.loop.l
	l.switchTo(t.stepper)
	err := t.fiber.resumeErr
	t.fiber.resumeErr = nil
	return err
}

// awaitFuture is `await fut` inside task t.
func (t *Future) awaitFuture(fut *Future) (py.Object, error) {
	if fut == t {
		r := repr(t)
		return nil, newExc(py.RuntimeError, "Task cannot await on itself: "+r)
	}
	if !fut.done() {
		if fut.loop != t.loop {
			tr := repr(t)
			fr := repr(fut)
			return nil, newExc(py.RuntimeError, fmt.Sprintf("Task %s got Future %s attached to a different loop", tr, fr))
		}
		fut.callbacks = append(fut.callbacks, futCallback{fn: func(f *Future) {
			_, err := f.resultErr()
			t.step(err)
		}, name: "Task.task_wakeup"})
		t.waiter = fut
		if t.mustCancel {
			if fut.cancel(t.cancelMsg) {
				t.mustCancel = false
			}
		}
		if err := t.park(); err != nil {
			return nil, err
		}
	}
	return fut.resultErr()
}

// yield is a bare yield (asyncio.sleep(0)): run again at the next loop
// iteration.
func (t *Future) yield() error {
	t.yielding = true
	t.loop.callSoon(func() { t.step(nil) }, "Task.task_wakeup")
	return t.park()
}

// Repr.

func (f *Future) M__repr__() (py.Object, error) {
	return py.String(f.repr()), nil
}

func (f *Future) shortRepr() string {
	return f.repr()
}

func (f *Future) repr() string {
	var b strings.Builder
	cls := "Future"
	if f.isTask {
		cls = "Task"
	}
	b.WriteString("<" + cls + " ")
	switch f.state {
	case futPending:
		b.WriteString("pending")
	case futCancelled:
		b.WriteString("cancelled")
	default:
		b.WriteString("finished")
	}
	if f.isTask {
		b.WriteString(" name=" + pyQuote(f.name))
		if f.coro != nil {
			b.WriteString(" coro=<" + f.coro.qualname + "()")
			if f.done() {
				b.WriteString(" done, defined at " + f.coro.where())
			} else {
				b.WriteString(" running at " + f.coro.where())
			}
			b.WriteString(">")
		}
	}
	if f.state == futFinished {
		if f.exc != nil {
			r := repr(excObject(f.exc))
			b.WriteString(" exception=" + r)
		} else {
			r := repr(f.result)
			b.WriteString(" result=" + r)
		}
	}
	if f.isTask && f.waiter != nil {
		b.WriteString(" wait_for=" + f.waiter.repr())
	}
	if len(f.callbacks) > 0 {
		var cbs []string
		for _, cb := range f.callbacks {
			if cb.fn != nil {
				name := cb.name
				if name == "" {
					name = "<callback>"
				}
				cbs = append(cbs, name+"()")
			} else {
				r := repr(cb.py)
				cbs = append(cbs, r)
			}
		}
		b.WriteString(" cb=[" + strings.Join(cbs, ", ") + "]")
	}
	b.WriteString(">")
	return b.String()
}

// pyQuote quotes s as Python's repr of a str does for simple strings.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

// Python-visible methods of Future and Task, keyed by Python name.
var futureMethods = map[string]interface{}{
	"result": func(self py.Object) (py.Object, error) {
		f := self.(*Future)
		f.retrieved = true
		return f.resultErr()
	},
	"exception": func(self py.Object) (py.Object, error) {
		f := self.(*Future)
		switch f.state {
		case futCancelled:
			return nil, f.makeCancelledError()
		case futPending:
			return nil, newExc(InvalidStateErrorType, "Exception is not set.")
		}
		f.retrieved = true
		if f.exc == nil {
			return py.None, nil
		}
		return excObject(f.exc), nil
	},
	"done": func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*Future).done()), nil
	},
	"cancelled": func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*Future).state == futCancelled), nil
	},
	"cancel": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var msg py.Object = py.None
		if err := unpack("cancel", args, kwargs, "msg?", &msg); err != nil {
			return nil, err
		}
		return py.NewBool(self.(*Future).cancel(msg)), nil
	},
	"set_result": func(self py.Object, v py.Object) (py.Object, error) {
		f := self.(*Future)
		if f.isTask {
			return nil, newExc(py.RuntimeError, "Task does not support set_result operation")
		}
		return py.None, f.setResult(v)
	},
	"set_exception": func(self py.Object, v py.Object) (py.Object, error) {
		f := self.(*Future)
		if f.isTask {
			return nil, newExc(py.RuntimeError, "Task does not support set_exception operation")
		}
		if f.done() {
			return nil, newExc(InvalidStateErrorType, "invalid state")
		}
		if t, ok := v.(*py.Type); ok {
			inst, err := py.Call(t, nil, nil)
			if err != nil {
				return nil, err
			}
			v = inst
		}
		if isStopIteration(v) {
			return nil, newExc(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
		}
		return py.None, f.setException(objToErr(v))
	},
	"add_done_callback": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f := self.(*Future)
		var fn, context py.Object = nil, py.None
		if err := unpack("add_done_callback", args, kwargs, "fn", &fn, "*context?", &context); err != nil {
			return nil, err
		}
		if f.done() {
			f.loop.callSoonPy(fn, py.Tuple{f})
		} else {
			f.callbacks = append(f.callbacks, futCallback{py: fn})
		}
		return py.None, nil
	},
	"remove_done_callback": func(self py.Object, fn py.Object) (py.Object, error) {
		f := self.(*Future)
		n := 0
		kept := f.callbacks[:0]
		for _, cb := range f.callbacks {
			if cb.py != nil && pyEq(cb.py, fn) {
				n++
				continue
			}
			kept = append(kept, cb)
		}
		f.callbacks = kept
		return py.Int(n), nil
	},
	"get_loop": func(self py.Object) (py.Object, error) {
		return self.(*Future).loop, nil
	},
	"__iter__": func(self py.Object) (py.Object, error) {
		return &futureIter{f: self.(*Future)}, nil
	},
	"__await__": func(self py.Object) (py.Object, error) {
		return &futureIter{f: self.(*Future)}, nil
	},
}

// Python-visible methods only tasks have.
var taskMethods = map[string]interface{}{
	"get_name": func(self py.Object) (py.Object, error) {
		return py.String(self.(*Future).name), nil
	},
	"set_name": func(self py.Object, v py.Object) (py.Object, error) {
		s, err := py.StrAsString(v)
		if err != nil {
			return nil, err
		}
		self.(*Future).name = s
		return py.None, nil
	},
	"get_coro": func(self py.Object) (py.Object, error) {
		if c := self.(*Future).coro; c != nil {
			return c, nil
		}
		return py.None, nil
	},
	"cancelling": func(self py.Object) (py.Object, error) {
		return py.Int(self.(*Future).numCancelsRequested), nil
	},
	"uncancel": func(self py.Object) (py.Object, error) {
		t := self.(*Future)
		if t.numCancelsRequested > 0 {
			t.numCancelsRequested--
		}
		return py.Int(t.numCancelsRequested), nil
	},
	"get_stack": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.NewList(), nil
	},
}

// futureIter drives `yield from fut` / `fut.__await__()`: it parks the
// current task until the future is done, then stops with its result.
type futureIter struct {
	f    *Future
	done bool
}

var futureIterType = py.NewType("FutureIter", "")

func (it *futureIter) Type() *py.Type                { return futureIterType }
func (it *futureIter) M__iter__() (py.Object, error) { return it, nil }
func (it *futureIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	it.done = true
	res, err := awaitObj(it.f.loop.l, it.f)
	if err != nil {
		return nil, err
	}
	return nil, stopIteration(res)
}

func init() {
	addMethods(FutureType, futureMethods)
	addMethods(TaskType, futureMethods)
	addMethods(TaskType, taskMethods)
	FutureType.Dict["_asyncio_future_blocking"] = py.False
}
