package asyncshim

// This file defines emulated threads: module threading, module queue and
// concurrent.futures, all on the scheduler. ProcessPoolExecutor and
// multiprocessing-style pools are emulated on threads.
//
// threading functions (module threading):
//
//	Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
//	Timer(interval, function, args=None, kwargs=None): a Thread; cancel(), finished
//	Lock(), RLock(), Event(), Semaphore(value=1), BoundedSemaphore(value=1), Condition(lock=None)
//	current_thread(), main_thread(), get_ident(), active_count(), enumerate()
//
// queue functions (module queue): Queue(maxsize=0), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
//
// concurrent.futures: ThreadPoolExecutor(max_workers=None, thread_name_prefix=''),
// ProcessPoolExecutor (on threads), Future, as_completed(fs, timeout=None),
// wait(fs, timeout=None, return_when=ALL_COMPLETED), CancelledError, TimeoutError.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// Thread is a threading.Thread object.
type Thread struct {
	l       *Loop
	th      *gthread
	target  py.Object
	args    py.Tuple
	kwargs  py.Object // the kwargs argument: a mapping or None
	started bool
	done    bool
	joiners []*gthread
	self    py.Object // the Python object to call run() on (a subclass instance), or nil
	dict    py.StringDict
	autoNum int    // the N of an automatic Thread-N name, 0 if named
	bare    bool   // made with no arguments (as pyobj first makes a subclass's base)
	clsName string // the class its repr shows when not Thread (a kernel thread)
	timer   bool   // a threading.Timer: run() is runTimer
}

// SetWrapper records the instance of a user subclass of Thread that wraps
// t (pyobj calls it when it makes the base value): start() calls its
// run(), current_thread() returns it, its repr shows its class. pyobj makes
// the base value twice (bare at allocation, then again with __init__'s
// arguments): the bare one's Thread-N number is given back.
func (t *Thread) SetWrapper(self py.Object) {
	l := t.l
	if prev := l.lastWrapped; prev != nil && prev.self == self && prev != t && prev.bare && !prev.started && prev.autoNum > 0 {
		switch {
		case t.autoNum == 0 && prev.autoNum == l.threadCount:
			l.threadCount-- // named by __init__
		case t.autoNum == l.threadCount && prev.autoNum == l.threadCount-1:
			l.threadCount--
			t.autoNum = prev.autoNum
			t.th.name = fmt.Sprintf("Thread-%d", t.autoNum) + strings.TrimPrefix(t.th.name, fmt.Sprintf("Thread-%d", t.autoNum+1))
		}
	}
	t.self = self
	l.lastWrapped = t
}

// pyObject is the object Python code sees for t: its subclass instance,
// if any.
func (t *Thread) pyObject() py.Object {
	if t.self != nil {
		return t.self
	}
	return t
}

// ThreadType is threading.Thread.
var ThreadType = py.NewType("Thread", "A class that represents a thread of control.")

// Type returns threading.Thread, or threading.Timer.
func (t *Thread) Type() *py.Type {
	if t.timer {
		return t.l.ty.timer
	}
	return t.l.ty.thread
}

// GetDict returns the thread's attributes.
func (t *Thread) GetDict() py.StringDict { return t.dict }

func (t *Thread) M__repr__() (py.Object, error) {
	state := "initial"
	if t.started {
		state = "started"
	}
	if t.done {
		state = "stopped"
	}
	if t.th.daemon {
		state += " daemon"
	}
	ident := ""
	if t.started {
		ident = fmt.Sprintf(" %d", t.th.ident)
	}
	cls := "Thread"
	if t.clsName != "" {
		cls = t.clsName
	} else if t.self != nil {
		cls = t.self.Type().Name
	} else if t.timer {
		cls = "Timer"
	} else if t.th == t.l.main {
		cls = "_MainThread"
	}
	return py.String(fmt.Sprintf("<%s(%s, %s%s)>", cls, t.th.name, state, ident)), nil
}

func (l *Loop) newThreadObj(args py.Tuple, kwargs py.StringDict) (*Thread, error) {
	var group, target, name, targs, tkwargs, daemon py.Object = py.None, py.None, py.None, py.Tuple{}, py.None, py.None
	if err := unpack("Thread", args, kwargs, "group?", &group, "target?", &target, "name?", &name,
		"args?", &targs, "kwargs?", &tkwargs, "*daemon?", &daemon); err != nil {
		return nil, err
	}
	t := &Thread{l: l, target: target, dict: py.NewStringDict()}
	var n string
	if name != py.None {
		n, _ = py.StrAsString(name)
	} else {
		l.threadCount++ // only unnamed threads take a Thread-N number
		t.autoNum = l.threadCount
		n = fmt.Sprintf("Thread-%d", l.threadCount)
		if target != py.None {
			n += " (" + funcName(target) + ")"
		}
	}
	t.bare = len(args) == 0 && len(kwargs) == 0
	t.th = l.newThread(n)
	t.th.obj = t
	if daemon != py.None {
		t.th.daemon = pyTruth(daemon)
	} else {
		t.th.daemon = l.curThread().daemon
	}
	tup, err := py.SequenceTuple(targs)
	if err != nil {
		return nil, err
	}
	t.args = tup
	t.kwargs = tkwargs
	return t, nil
}

// callTarget is target(*args, **kwargs), the keywords in the mapping's
// order (a **kwargs of the target sees them so).
func (t *Thread) callTarget() (py.Object, error) {
	kw, order, err := kwargsOf(t.kwargs)
	if err != nil {
		return nil, err
	}
	if order != nil {
		pyrt.SetKeywordOrder(t.l.ctx, order)
	}
	return py.Call(t.target, t.args, kw)
}

func (t *Thread) start() error {
	if t.started {
		return newExc(py.RuntimeError, "threads can only be started once")
	}
	t.started = true
	l := t.l
	if t.self != nil {
		// A subclass's __init__ may have set self.name or self.daemon
		// on the instance.
		if v, err := py.GetAttrString(t.self, "name"); err == nil {
			if n, err := py.StrAsString(v); err == nil {
				t.th.name = n
			}
		}
		if v, err := py.GetAttrString(t.self, "daemon"); err == nil {
			t.th.daemon = pyTruth(v)
		}
	}
	t.th.done = append(t.th.done, func() {
		t.done = true
		for _, j := range t.joiners {
			l.wakeThread(j)
		}
		t.joiners = nil
	})
	l.startThread(t.th, func() {
		var err error
		if t.self != nil {
			var run py.Object
			run, err = py.GetAttrString(t.self, "run")
			if err == nil {
				_, err = py.Call(run, nil, nil)
			}
		} else if t.timer {
			_, err = t.runTimer()
		} else if t.target != py.None {
			_, err = t.callTarget()
		}
		if err != nil && !excIs(err, py.SystemExit) && !excIs(err, abortType) {
			l.writeStderr(fmt.Sprintf("Exception in thread %s:\nTraceback (most recent call last):\n%s", t.th.name, formatException(err)))
			l.noteThreadUnsupported(t.th.name, err)
		}
	})
	return nil
}

// noteThreadUnsupported remembers the first exception a thread ended with
// that says nbcheck could not run the code (its message starts
// "unsupported:", as networking's does). CPython only prints a thread's
// exception, but here the printed one is nbcheck's, not the notebook's:
// [Loop.RunCell] raises it, naming the thread, as the error of the cell
// that was running, so that the cell is reported unsupported rather than
// its output wrong.
func (l *Loop) noteThreadUnsupported(name string, err error) {
	if l.threadUnsupported != nil {
		return
	}
	o := excObject(err)
	msg, _ := py.StrAsString(o)
	if !strings.HasPrefix(msg, "unsupported:") {
		return
	}
	l.threadUnsupported = newExc(o.Type(), msg+" (in thread "+name+")")
}

// join waits for the thread to end, at most timeout seconds if not None.
func (t *Thread) join(timeout py.Object) error {
	l := t.l
	if !t.started {
		return newExc(py.RuntimeError, "cannot join thread before it is started")
	}
	if t.th == l.curThread() {
		return newExc(py.RuntimeError, "cannot join current thread")
	}
	if t.done {
		return nil
	}
	var dl *key
	if timeout != nil && timeout != py.None {
		d, err := toSeconds("join", timeout)
		if err != nil {
			return err
		}
		k := l.after(d)
		dl = &k
	}
	me := l.curThread()
	t.joiners = append(t.joiners, me)
	_, err := l.block("join "+t.th.name, dl)
	q := waitq(t.joiners)
	q.remove(me)
	t.joiners = q
	return err
}

var threadMethods = map[string]interface{}{
	"start": func(self py.Object) (py.Object, error) {
		return py.None, self.(*Thread).start()
	},
	"join": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := unpack("join", args, kwargs, "timeout?", &timeout); err != nil {
			return nil, err
		}
		return py.None, self.(*Thread).join(timeout)
	},
	"is_alive": func(self py.Object) (py.Object, error) {
		t := self.(*Thread)
		return py.NewBool(t.started && !t.done), nil
	},
	"run": func(self py.Object) (py.Object, error) {
		t := self.(*Thread)
		if t.timer {
			return t.runTimer()
		}
		if t.target == py.None {
			return py.None, nil
		}
		return t.callTarget()
	},
	"getName": func(self py.Object) (py.Object, error) { return py.String(self.(*Thread).th.name), nil },
	"setName": func(self py.Object, v py.Object) (py.Object, error) {
		s, err := py.StrAsString(v)
		self.(*Thread).th.name = s
		return py.None, err
	},
	"isDaemon": func(self py.Object) (py.Object, error) { return py.NewBool(self.(*Thread).th.daemon), nil },
	"setDaemon": func(self py.Object, v py.Object) (py.Object, error) {
		self.(*Thread).th.daemon = pyTruth(v)
		return py.None, nil
	},
}

func (t *Thread) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "name":
		return py.String(t.th.name), nil
	case "daemon":
		return py.NewBool(t.th.daemon), nil
	case "ident", "native_id":
		if !t.started {
			return py.None, nil
		}
		return py.Int(t.th.ident), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'Thread' object has no attribute '%s'", name))
}

func (t *Thread) M__setattr__(name string, v py.Object) (py.Object, error) {
	switch name {
	case "name":
		s, err := py.StrAsString(v)
		t.th.name = s
		return py.None, err
	case "daemon":
		if t.started {
			return nil, newExc(py.RuntimeError, "cannot set daemon status of active thread")
		}
		t.th.daemon = pyTruth(v)
		return py.None, nil
	}
	t.dict[name] = v
	return py.None, nil
}

func init() {
	addMethods(ThreadType, threadMethods)
}

// newTimerObj is threading.Timer(interval, function, args=None,
// kwargs=None): a Thread with no target (named Thread-N as CPython's
// Timer, which calls Thread.__init__ with no arguments) whose attributes
// interval, function, args ([] for None), kwargs ({} for None) and
// finished (an Event) are ordinary attributes that run() reads when it
// runs. With no arguments at all it is the bare value pyobj makes first
// for a subclass, whose __init__ then makes the real one.
func (l *Loop) newTimerObj(args py.Tuple, kwargs py.StringDict) (*Thread, error) {
	var interval, function, targs, tkwargs py.Object = py.None, py.None, py.None, py.None
	bare := len(args) == 0 && len(kwargs) == 0
	if !bare {
		if err := timerArgsError(args, kwargs); err != nil {
			return nil, err
		}
		if err := unpack("Timer", args, kwargs, "interval", &interval, "function", &function,
			"args?", &targs, "kwargs?", &tkwargs); err != nil {
			return nil, err
		}
	}
	t, err := l.newThreadObj(nil, nil)
	if err != nil {
		return nil, err
	}
	t.timer = true
	t.bare = bare
	if targs == py.None {
		targs = py.NewList()
	}
	if tkwargs == py.None {
		tkwargs = pyrt.NewDict()
	}
	t.dict["interval"] = interval
	t.dict["function"] = function
	t.dict["args"] = targs
	t.dict["kwargs"] = tkwargs
	t.dict["finished"] = &TEvent{l: l}
	return t, nil
}

// timerArgsError is the TypeError CPython's Timer.__init__ raises for
// its arguments, if any.
func timerArgsError(args py.Tuple, kwargs py.StringDict) error {
	params := []string{"interval", "function", "args", "kwargs"}
	if len(args) > len(params) {
		return newExc(py.TypeError, fmt.Sprintf("Timer.__init__() takes from 3 to 5 positional arguments but %d were given", len(args)+1))
	}
	for k := range kwargs {
		i := slices.Index(params, k)
		if i < 0 {
			return newExc(py.TypeError, fmt.Sprintf("Timer.__init__() got an unexpected keyword argument '%s'", k))
		}
		if i < len(args) {
			return newExc(py.TypeError, fmt.Sprintf("Timer.__init__() got multiple values for argument '%s'", k))
		}
	}
	var missing []string
	for i, n := range params[:2] {
		if _, ok := kwargs[n]; !ok && i >= len(args) {
			missing = append(missing, "'"+n+"'")
		}
	}
	switch len(missing) {
	case 1:
		return newExc(py.TypeError, "Timer.__init__() missing 1 required positional argument: "+missing[0])
	case 2:
		return newExc(py.TypeError, "Timer.__init__() missing 2 required positional arguments: "+missing[0]+" and "+missing[1])
	}
	return nil
}

// runTimer is Timer.run(): wait on self.finished for self.interval
// seconds (on the kernel's clock, as Event.wait), call
// self.function(*self.args, **self.kwargs) unless the event was set in
// the meantime (cancel()), then set the event. Every attribute is read
// when it is needed, through the subclass instance if there is one, as
// CPython's run() reads them from self.
func (t *Thread) runTimer() (py.Object, error) {
	self := t.pyObject()
	call := func(o py.Object, name string, args ...py.Object) (py.Object, error) {
		m, err := pyvm.GetAttr(o, name)
		if err != nil {
			return nil, err
		}
		return py.Call(m, py.Tuple(args), nil)
	}
	finished, err := pyvm.GetAttr(self, "finished")
	if err != nil {
		return nil, err
	}
	interval, err := pyvm.GetAttr(self, "interval")
	if err != nil {
		return nil, err
	}
	if _, err := call(finished, "wait", interval); err != nil {
		return nil, err
	}
	set, err := call(finished, "is_set")
	if err != nil {
		return nil, err
	}
	if !pyTruth(set) {
		fn, err := pyvm.GetAttr(self, "function")
		if err != nil {
			return nil, err
		}
		a, err := pyvm.GetAttr(self, "args")
		if err != nil {
			return nil, err
		}
		kw, err := pyvm.GetAttr(self, "kwargs")
		if err != nil {
			return nil, err
		}
		tup, err := py.SequenceTuple(a)
		if err != nil {
			return nil, err
		}
		kwd, order, err := kwargsOf(kw)
		if err != nil {
			return nil, err
		}
		if order != nil {
			pyrt.SetKeywordOrder(t.l.ctx, order)
		}
		if _, err := py.Call(fn, tup, kwd); err != nil {
			return nil, err
		}
	}
	if _, err := call(finished, "set"); err != nil {
		return nil, err
	}
	return py.None, nil
}

// timerMethods are Timer's own: cancel() sets self.finished, so a timer
// that has not fired yet never does.
var timerMethods = map[string]interface{}{
	"cancel": func(self py.Object) (py.Object, error) {
		finished, err := pyvm.GetAttr(self, "finished")
		if err != nil {
			return nil, err
		}
		set, err := pyvm.GetAttr(finished, "set")
		if err != nil {
			return nil, err
		}
		_, err = py.Call(set, nil, nil)
		return py.None, err
	},
}

// threadObj returns the Thread object of a gthread, making one for the main
// thread and for executor workers.
func (l *Loop) threadObj(th *gthread) *Thread {
	if th.obj == nil {
		th.obj = &Thread{l: l, th: th, target: py.None, started: true, dict: py.NewStringDict()}
	}
	return th.obj
}

// runInExecutor runs fn(*args, **kwargs) on a worker thread and returns a
// future of ev that completes with its result.
func (l *Loop) runInExecutor(ev *EventLoop, executor py.Object, fn py.Object, args py.Tuple, kwargs py.StringDict) *Future {
	fut := newFuture(ev)
	if ex, ok := executor.(*Executor); ok {
		cf := ex.submit(fn, args, kwargs)
		cf.onDone(func() {
			ev.callSoon(func() {
				if fut.done() {
					return
				}
				switch {
				case cf.state == futCancelled:
					fut.cancel(nil)
				case cf.exc != nil:
					_ = fut.setException(cf.exc)
				default:
					_ = fut.setResult(cf.result)
				}
			}, "_copy_future_state")
			ev.wakeSelect()
		})
		return fut
	}
	ex := l.defaultExecutor()
	cf := ex.submit(fn, args, kwargs)
	cf.onDone(func() {
		ev.callSoon(func() {
			if fut.done() {
				return
			}
			if cf.exc != nil {
				_ = fut.setException(cf.exc)
			} else {
				_ = fut.setResult(cf.result)
			}
		}, "_copy_future_state")
		ev.wakeSelect()
	})
	return fut
}

func (l *Loop) defaultExecutor() *Executor {
	if l.defExec == nil {
		l.defExec = l.newExecutor(cpuWorkers, "asyncio")
	}
	return l.defExec
}

// cpuWorkers is min(32, os.cpu_count() + 4) for the 4 CPUs nbcheck
// pretends to have.
const cpuWorkers = 8

// Executor is concurrent.futures.ThreadPoolExecutor (and
// ProcessPoolExecutor, emulated on threads).
type Executor struct {
	l        *Loop
	max      int
	prefix   string
	workers  []*gthread
	idle     []*gthread
	queue    []*CFuture
	shutdown bool
	process  bool
	id       int
}

// ExecutorType and ProcessExecutorType are the executor classes.
var (
	ExecutorType        = py.NewType("ThreadPoolExecutor", "Executor that runs calls on a pool of threads.")
	ProcessExecutorType = py.NewType("ProcessPoolExecutor", "Executor that runs calls on a pool of processes (emulated on threads).")
)

// Type returns the executor's class.
func (e *Executor) Type() *py.Type {
	if e.process {
		return e.l.ty.processExecutor
	}
	return e.l.ty.executor
}

func (l *Loop) newExecutor(max int, prefix string) *Executor {
	l.executorCount++
	if prefix == "" {
		prefix = fmt.Sprintf("ThreadPoolExecutor-%d", l.executorCount-1)
	}
	return &Executor{l: l, max: max, prefix: prefix, id: l.executorCount - 1}
}

// CFuture is concurrent.futures.Future.
type CFuture struct {
	l         *Loop
	state     futState
	running   bool
	result    py.Object
	exc       error
	fn        py.Object
	args      py.Tuple
	kwargs    py.StringDict
	kwOrder   []string // kwargs' keys in call order, when known
	waiters   []*gthread
	callbacks []py.Object
	goDone    []func()
}

// CFutureType is concurrent.futures.Future.
var CFutureType = py.NewType("Future", "Represents the result of an asynchronous computation.")

// Type returns concurrent.futures.Future.
func (f *CFuture) Type() *py.Type { return f.l.ty.cfuture }

func (f *CFuture) M__repr__() (py.Object, error) {
	switch {
	case f.state == futFinished && f.exc != nil:
		return py.String(fmt.Sprintf("<Future at %s state=finished raised %s>", addr(f), excObject(f.exc).Type().Name)), nil
	case f.state == futFinished:
		return py.String(fmt.Sprintf("<Future at %s state=finished returned %s>", addr(f), f.result.Type().Name)), nil
	case f.state == futCancelled:
		return py.String(fmt.Sprintf("<Future at %s state=cancelled>", addr(f))), nil
	case f.running:
		return py.String(fmt.Sprintf("<Future at %s state=running>", addr(f))), nil
	}
	return py.String(fmt.Sprintf("<Future at %s state=pending>", addr(f))), nil
}

func (f *CFuture) onDone(fn func()) {
	if f.state != futPending {
		fn()
		return
	}
	f.goDone = append(f.goDone, fn)
}

func (f *CFuture) finish() {
	for _, w := range f.waiters {
		f.l.wakeThread(w)
	}
	f.waiters = nil
	for _, fn := range f.goDone {
		fn()
	}
	f.goDone = nil
	for _, cb := range f.callbacks {
		if _, err := py.Call(cb, py.Tuple{f}, nil); err != nil {
			f.l.writeStderr("exception calling callback for " + mustRepr(f) + "\n" + formatException(err))
		}
	}
	f.callbacks = nil
}

func mustRepr(o py.Object) string {
	s := repr(o)
	return s
}

// wait blocks the current thread until the future is done or the deadline
// passes; it reports whether the future is done.
func (f *CFuture) wait(timeout py.Object) (bool, error) {
	if f.state != futPending {
		return true, nil
	}
	l := f.l
	var dl *key
	if timeout != nil && timeout != py.None {
		d, err := toSeconds("result", timeout)
		if err != nil {
			return false, err
		}
		k := l.after(d)
		dl = &k
	}
	// A task of a running loop waiting on a concurrent future blocks the
	// whole thread, as in CPython.
	me := l.curThread()
	f.waiters = append(f.waiters, me)
	_, err := l.block("a concurrent.futures.Future", dl)
	q := waitq(f.waiters)
	q.remove(me)
	f.waiters = q
	if err != nil {
		return false, err
	}
	return f.state != futPending, nil
}

func (f *CFuture) resultErr(timeout py.Object) (py.Object, error) {
	ok, err := f.wait(timeout)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, newExcObj(py.TimeoutError)
	}
	if f.state == futCancelled {
		return nil, newExcObj(CFCancelledErrorType)
	}
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

var cfutureMethods = map[string]interface{}{
	"result": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := unpack("result", args, kwargs, "timeout?", &timeout); err != nil {
			return nil, err
		}
		return self.(*CFuture).resultErr(timeout)
	},
	"exception": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := unpack("exception", args, kwargs, "timeout?", &timeout); err != nil {
			return nil, err
		}
		f := self.(*CFuture)
		ok, err := f.wait(timeout)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newExcObj(py.TimeoutError)
		}
		if f.state == futCancelled {
			return nil, newExcObj(CFCancelledErrorType)
		}
		if f.exc == nil {
			return py.None, nil
		}
		return excObject(f.exc), nil
	},
	"done": func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*CFuture).state != futPending), nil
	},
	"running": func(self py.Object) (py.Object, error) {
		f := self.(*CFuture)
		return py.NewBool(f.running && f.state == futPending), nil
	},
	"cancelled": func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*CFuture).state == futCancelled), nil
	},
	"cancel": func(self py.Object) (py.Object, error) {
		f := self.(*CFuture)
		if f.running || f.state == futFinished {
			return py.False, nil
		}
		if f.state == futPending {
			f.state = futCancelled
			f.finish()
		}
		return py.True, nil
	},
	"add_done_callback": func(self py.Object, fn py.Object) (py.Object, error) {
		f := self.(*CFuture)
		if f.state != futPending {
			_, err := py.Call(fn, py.Tuple{f}, nil)
			return py.None, err
		}
		f.callbacks = append(f.callbacks, fn)
		return py.None, nil
	},
	"set_result": func(self py.Object, v py.Object) (py.Object, error) {
		f := self.(*CFuture)
		f.result = v
		f.state = futFinished
		f.finish()
		return py.None, nil
	},
	"set_exception": func(self py.Object, v py.Object) (py.Object, error) {
		f := self.(*CFuture)
		f.exc = objToErr(v)
		f.state = futFinished
		f.finish()
		return py.None, nil
	},
}

func init() {
	addMethods(CFutureType, cfutureMethods)
}

// submit queues fn and starts a worker if the pool is not full.
func (e *Executor) submit(fn py.Object, args py.Tuple, kwargs py.StringDict) *CFuture {
	f := &CFuture{l: e.l, fn: fn, args: args, kwargs: kwargs}
	if len(kwargs) > 1 {
		// fn runs later, after other calls recorded their keyword order.
		f.kwOrder = pyrt.KeywordOrder(e.l.ctx, kwargs)
	}
	e.queue = append(e.queue, f)
	if len(e.idle) > 0 {
		w := e.idle[0]
		e.idle = e.idle[1:]
		e.l.wakeThread(w)
	} else if len(e.workers) < e.max {
		e.startWorker()
	}
	return f
}

func (e *Executor) startWorker() {
	l := e.l
	th := l.newThread(fmt.Sprintf("%s_%d", e.prefix, len(e.workers)))
	th.daemon = true
	e.workers = append(e.workers, th)
	f := newFiber(th)
	th.cur = f
	l.threads = append(l.threads, th)
	l.goFiber(f, func() {
		for {
			for len(e.queue) > 0 {
				job := e.queue[0]
				e.queue = e.queue[1:]
				if job.state != futPending {
					continue
				}
				job.running = true
				if job.kwOrder != nil {
					pyrt.SetKeywordOrder(l.ctx, job.kwOrder)
				}
				res, err := py.Call(job.fn, job.args, job.kwargs)
				job.running = false
				if err != nil {
					job.exc = err
				} else {
					job.result = res
				}
				job.state = futFinished
				job.finish()
			}
			if e.shutdown {
				return
			}
			e.idle = append(e.idle, th)
			th.waitFor = ""
			if _, err := l.block("", nil); err != nil {
				return
			}
		}
	}, func() *fiber {
		th.state = threadDone
		l.removeThread(th)
		for _, fn := range th.done {
			fn()
		}
		return l.sched
	})
	if e.process || l.cur == nil || l.cur == l.sched {
		// Process pools run their workers in other processes, in
		// parallel with the parent, which goes on at once.
		th.state = threadRunnable
		l.runq = append(l.runq, th)
		return
	}
	// As CPython's submit: the new worker's Thread.start() waits until
	// the thread runs, and the worker, which finds the job already
	// queued, holds the GIL until the job blocks or ends.
	me := l.curThread()
	me.state = threadRunnable
	me.cur = l.cur
	me.waitFor = ""
	l.runq = append([]*gthread{me}, l.runq...)
	th.state = threadRunning
	l.switchTo(f)
	me.state = threadRunning
}

// shutdownExec stops the pool; with wait, it blocks until the workers end.
func (e *Executor) shutdownExec(wait bool, cancelFutures bool) error {
	e.shutdown = true
	if cancelFutures {
		for _, f := range e.queue {
			if f.state == futPending {
				f.state = futCancelled
				f.finish()
			}
		}
		e.queue = nil
	}
	for _, w := range e.idle {
		e.l.wakeThread(w)
	}
	e.idle = nil
	if !wait {
		return nil
	}
	for _, w := range e.workers {
		if w.state == threadDone {
			continue
		}
		me := e.l.curThread()
		w.done = append(w.done, func() { e.l.wakeThread(me) })
		if _, err := e.l.block("executor shutdown", nil); err != nil {
			return err
		}
	}
	return nil
}

var executorMethods = map[string]interface{}{
	"submit": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		e := self.(*Executor)
		if len(args) == 0 {
			return nil, newExc(py.TypeError, "submit expected at least 1 argument, got 0")
		}
		if e.shutdown {
			return nil, newExc(py.RuntimeError, "cannot schedule new futures after shutdown")
		}
		return e.submit(args[0], own(args[1:]), ownKw(kwargs)), nil
	},
	"map": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		e := self.(*Executor)
		if len(args) < 2 {
			return nil, newExc(py.TypeError, "map() missing required arguments")
		}
		fn := args[0]
		var iters []py.Object
		for _, a := range args[1:] {
			it, err := py.Iter(a)
			if err != nil {
				return nil, err
			}
			iters = append(iters, it)
		}
		var futs []*CFuture
		for {
			var call py.Tuple
			stop := false
			for _, it := range iters {
				v, err := py.Next(it)
				if err != nil {
					if excIs(err, py.StopIteration) {
						stop = true
						break
					}
					return nil, err
				}
				call = append(call, v)
			}
			if stop {
				break
			}
			futs = append(futs, e.submit(fn, call, nil))
		}
		return &mapIter{futs: futs}, nil
	},
	"shutdown": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var wait, cancel py.Object = py.True, py.False
		if err := unpack("shutdown", args, kwargs, "wait?", &wait, "*cancel_futures?", &cancel); err != nil {
			return nil, err
		}
		return py.None, self.(*Executor).shutdownExec(pyTruth(wait), pyTruth(cancel))
	},
	"__enter__": func(self py.Object) (py.Object, error) { return self, nil },
	"__exit__": func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.False, self.(*Executor).shutdownExec(true, false)
	},
}

func init() {
	addMethods(ExecutorType, executorMethods)
	addMethods(ProcessExecutorType, executorMethods)
}

func (e *Executor) M__enter__() (py.Object, error) { return e, nil }
func (e *Executor) M__exit__(t, v, tb py.Object) (py.Object, error) {
	return py.False, e.shutdownExec(true, false)
}

// mapIter yields the results of Executor.map in order.
type mapIter struct {
	futs []*CFuture
}

var mapIterType = py.NewType("generator", "")

func (m *mapIter) Type() *py.Type { return mapIterType }

// M__repr__ is the repr of the generator Executor.map returns.
func (m *mapIter) M__repr__() (py.Object, error) {
	return py.String("<generator object Executor.map.<locals>.result_iterator at " + addr(m) + ">"), nil
}
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }
func (m *mapIter) M__next__() (py.Object, error) {
	if len(m.futs) == 0 {
		return nil, py.StopIteration
	}
	f := m.futs[0]
	m.futs = m.futs[1:]
	return f.resultErr(py.None)
}
