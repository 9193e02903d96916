package asyncshim

// This file defines Install: the per-kernel Python types and the modules
// asyncio, time, threading, queue, concurrent.futures and nest_asyncio.
//
// Classes that Python code constructs (asyncio.Future, threading.Lock, ...)
// are made per kernel, because their constructors need the kernel's loop;
// each is built by hand (never through py.NewType at run time, which would
// touch gpython's global type list from parallel kernels).

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/pyrt"
)

// loopTypes are one kernel's constructible classes.
type loopTypes struct {
	future, task, cfuture, gatheringFuture *py.Type
	thread, executor, processExecutor      *py.Type
	alock, aevent, asemaphore, abounded    *py.Type
	acondition, aqueue, alifo, apriority   *py.Type
	tlock, trlock, tevent, tsemaphore      *py.Type
	tbounded, tcondition, timer            *py.Type
	tqueue, tlifo, tpriority               *py.Type
	timeout, taskGroup, abarrier, runner   *py.Type
}

// newClass builds a class with the given methods whose instances come from
// make; base, if not nil, is its superclass.
func newClass(name, module string, base *py.Type, make func(args py.Tuple, kwargs py.StringDict) (py.Object, error), methods ...map[string]interface{}) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Dict:       py.StringDict{},
	}
	if make != nil {
		t.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return make(args, kwargs)
		}
	}
	if base == nil {
		base = py.ObjectType
	} else {
		for k, v := range base.Dict {
			t.Dict[k] = v
		}
	}
	t.Base = base
	t.Bases = py.Tuple{base}
	mro := py.Tuple{t}
	mro = append(mro, base.Mro...)
	if len(base.Mro) == 0 {
		mro = append(mro, base)
	}
	t.Mro = mro
	for _, m := range methods {
		for k, v := range m {
			t.Dict[k] = py.MustNewMethod(k, v, 0, "")
		}
	}
	t.Dict["__module__"] = py.String(module)
	t.Dict["__name__"] = py.String(name)
	t.Dict["__qualname__"] = py.String(name)
	return t
}

func noArgs(fn string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) > 0 || len(kwargs) > 0 {
		return newExc(py.TypeError, fmt.Sprintf("%s() takes no arguments", fn))
	}
	return nil
}

func (l *Loop) makeTypes() {
	ty := &l.ty
	ty.future = newClass("Future", "_asyncio", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var loop py.Object = py.None
		if err := unpack("Future", args, kwargs, "*loop?", &loop); err != nil {
			return nil, err
		}
		ev, ok := loop.(*EventLoop)
		if !ok {
			ev = l.getEventLoop()
		}
		return newFuture(ev), nil
	}, futureMethods)
	ty.task = newClass("Task", "_asyncio", ty.future, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var coro, loop, name, context py.Object = nil, py.None, py.None, py.None
		if err := unpack("Task", args, kwargs, "coro", &coro, "*loop?", &loop, "*name?", &name, "*context?", &context); err != nil {
			return nil, err
		}
		ev, ok := loop.(*EventLoop)
		if !ok {
			ev = l.getEventLoop()
		}
		return ev.createTask(coro, name)
	}, taskMethods)
	ty.gatheringFuture = newClass("_GatheringFuture", "asyncio.tasks", ty.future, nil)
	ty.cfuture = newClass("Future", "concurrent.futures._base", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &CFuture{l: l}, noArgs("Future", args, kwargs)
	}, cfutureMethods)
	ty.thread = newClass("Thread", "threading", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return l.newThreadObj(args, kwargs)
	}, threadMethods)
	ty.timer = newClass("Timer", "threading", ty.thread, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return l.newTimerObj(args, kwargs)
	}, timerMethods)
	mkExec := func(process bool) func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var max, prefix, init, initargs, ctx py.Object = py.None, py.String(""), py.None, py.Tuple{}, py.None
			if err := unpack("ThreadPoolExecutor", args, kwargs, "max_workers?", &max, "thread_name_prefix?", &prefix,
				"initializer?", &init, "initargs?", &initargs, "*mp_context?", &ctx); err != nil {
				return nil, err
			}
			n := cpuWorkers
			if process {
				n = 4
			}
			if max != py.None {
				var err error
				if n, err = py.MakeGoInt(max); err != nil {
					return nil, err
				}
				if n <= 0 {
					return nil, newExc(py.ValueError, "max_workers must be greater than 0")
				}
			}
			p, _ := py.StrAsString(prefix)
			e := l.newExecutor(n, p)
			e.process = process
			return e, nil
		}
	}
	ty.executor = newClass("ThreadPoolExecutor", "concurrent.futures.thread", nil, mkExec(false), executorMethods)
	ty.processExecutor = newClass("ProcessPoolExecutor", "concurrent.futures.process", nil, mkExec(true), executorMethods)

	ty.alock = newClass("Lock", "asyncio.locks", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &ALock{l: l}, noArgs("Lock", args, kwargs)
	}, alockMethods())
	ty.aevent = newClass("Event", "asyncio.locks", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &AEvent{l: l}, noArgs("Event", args, kwargs)
	}, aeventMethods())
	mkSem := func(bounded bool) func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var v py.Object = py.Int(1)
			if err := unpack("Semaphore", args, kwargs, "value?", &v); err != nil {
				return nil, err
			}
			n, err := py.MakeGoInt(v)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, newExc(py.ValueError, "Semaphore initial value must be >= 0")
			}
			s := &ASemaphore{l: l, value: n, bound: -1}
			if bounded {
				s.bound = n
			}
			return s, nil
		}
	}
	ty.asemaphore = newClass("Semaphore", "asyncio.locks", nil, mkSem(false), asemMethods())
	ty.abounded = newClass("BoundedSemaphore", "asyncio.locks", ty.asemaphore, mkSem(true))
	ty.acondition = newClass("Condition", "asyncio.locks", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var lock py.Object = py.None
		if err := unpack("Condition", args, kwargs, "lock?", &lock); err != nil {
			return nil, err
		}
		lk, ok := lock.(*ALock)
		if !ok {
			lk = &ALock{l: l}
		}
		return &ACondition{l: l, lock: lk}, nil
	}, aconditionMethods())
	mkAQueue := func(kind queueKind) func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var max py.Object = py.Int(0)
			if err := unpack("Queue", args, kwargs, "maxsize?", &max); err != nil {
				return nil, err
			}
			n, err := py.MakeGoInt(max)
			if err != nil {
				return nil, err
			}
			return &AQueue{l: l, maxsize: n, items: items{kind: kind}, finished: &AEvent{l: l, value: true}}, nil
		}
	}
	ty.aqueue = newClass("Queue", "asyncio.queues", nil, mkAQueue(fifo), aqueueMethods())
	ty.alifo = newClass("LifoQueue", "asyncio.queues", ty.aqueue, mkAQueue(lifo))
	ty.apriority = newClass("PriorityQueue", "asyncio.queues", ty.aqueue, mkAQueue(priority))

	ty.tlock = newClass("lock", "_thread", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &TLock{l: l}, noArgs("Lock", args, kwargs)
	}, tlockMethods())
	ty.trlock = newClass("RLock", "_thread", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &TLock{l: l, rlock: true}, noArgs("RLock", args, kwargs)
	}, tlockMethods())
	ty.tevent = newClass("Event", "threading", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &TEvent{l: l}, noArgs("Event", args, kwargs)
	}, teventMethods())
	mkTSem := func(bounded bool) func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var v py.Object = py.Int(1)
			if err := unpack("Semaphore", args, kwargs, "value?", &v); err != nil {
				return nil, err
			}
			n, err := py.MakeGoInt(v)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, newExc(py.ValueError, "semaphore initial value must be >= 0")
			}
			s := &TSemaphore{l: l, value: n, bound: -1}
			if bounded {
				s.bound = n
			}
			return s, nil
		}
	}
	ty.tsemaphore = newClass("Semaphore", "threading", nil, mkTSem(false), tsemMethods())
	ty.tbounded = newClass("BoundedSemaphore", "threading", ty.tsemaphore, mkTSem(true))
	ty.tcondition = newClass("Condition", "threading", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var lock py.Object = py.None
		if err := unpack("Condition", args, kwargs, "lock?", &lock); err != nil {
			return nil, err
		}
		lk, ok := lock.(*TLock)
		if !ok {
			lk = &TLock{l: l, rlock: true}
		}
		return &TCondition{l: l, lock: lk}, nil
	}, tconditionMethods())
	mkTQueue := func(kind queueKind) func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var max py.Object = py.Int(0)
			if err := unpack("Queue", args, kwargs, "maxsize?", &max); err != nil {
				return nil, err
			}
			n, err := py.MakeGoInt(max)
			if err != nil {
				return nil, err
			}
			return &TQueue{l: l, maxsize: n, items: items{kind: kind}}, nil
		}
	}
	ty.tqueue = newClass("Queue", "queue", nil, mkTQueue(fifo), tqueueMethods())
	ty.tlifo = newClass("LifoQueue", "queue", ty.tqueue, mkTQueue(lifo))
	ty.tpriority = newClass("PriorityQueue", "queue", ty.tqueue, mkTQueue(priority))
	ty.timeout = newClass("Timeout", "asyncio.timeouts", nil, nil, timeoutMethods())
	ty.abarrier = newClass("Barrier", "asyncio.locks", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var parties py.Object
		if err := unpack("Barrier", args, kwargs, "parties", &parties); err != nil {
			return nil, err
		}
		n, err := py.MakeGoInt(parties)
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, newExc(py.ValueError, "parties must be > 0")
		}
		return &ABarrier{l: l, parties: n, state: "filling", cond: &ACondition{l: l, lock: &ALock{l: l}}}, nil
	}, abarrierMethods())
	ty.runner = newClass("Runner", "asyncio.runners", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var debug, factory py.Object = py.None, py.None
		if err := unpack("Runner", args, kwargs, "*debug?", &debug, "*loop_factory?", &factory); err != nil {
			return nil, err
		}
		return &Runner{l: l}, nil
	}, runnerMethods())
	ty.taskGroup = newClass("TaskGroup", "asyncio.taskgroups", nil, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &TaskGroup{l: l}, noArgs("TaskGroup", args, kwargs)
	}, taskGroupMethods())
	// Generic in CPython 3.11: asyncio.Future[int], queue.Queue[str].
	pyrt.MakeGeneric(ty.future, ty.task, ty.gatheringFuture, ty.cfuture,
		ty.aqueue, ty.alifo, ty.apriority, ty.tqueue, ty.tlifo, ty.tpriority)
}

// Install registers modules asyncio, time, threading, queue,
// concurrent.futures and nest_asyncio in ctx, and the __nbc_* helpers in
// its builtins. Call it once per kernel, before running cells.
func (l *Loop) Install(ctx py.Context) error {
	if l.installed {
		return fmt.Errorf("asyncshim: Install called twice")
	}
	l.installed = true
	l.ctx = ctx
	l.makeTypes()
	store := ctx.Store()
	if store.Builtins == nil {
		return fmt.Errorf("asyncshim: context has no builtins module")
	}
	for name, fn := range l.helpers() {
		store.Builtins.Globals[name] = py.MustNewMethod(name, fn, 0, "")
	}
	if _, ok := store.Builtins.Globals["StopAsyncIteration"]; !ok {
		store.Builtins.Globals["StopAsyncIteration"] = StopAsyncIterationType
		l.stopAsync = StopAsyncIterationType
	} else if t, ok := store.Builtins.Globals["StopAsyncIteration"].(*py.Type); ok {
		l.stopAsync = t
	}

	newMod := func(name, doc string, fns map[string]interface{}, globals py.StringDict) (*py.Module, error) {
		impl := &py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, Doc: doc},
			Methods: moduleMethods(fns),
			Globals: globals,
		}
		return store.NewModule(ctx, impl)
	}
	ty := &l.ty

	asyncioGlobals := py.StringDict{
		"Future": ty.future, "Task": ty.task,
		"Lock": ty.alock, "Event": ty.aevent, "Semaphore": ty.asemaphore, "BoundedSemaphore": ty.abounded,
		"Condition": ty.acondition, "Queue": ty.aqueue, "LifoQueue": ty.alifo, "PriorityQueue": ty.apriority,
		"TaskGroup": ty.taskGroup, "Timeout": ty.timeout, "Barrier": ty.abarrier, "Runner": ty.runner,
		"Handle": HandleType, "TimerHandle": TimerHandleType, "AbstractEventLoop": EventLoopType,
		"BaseEventLoop": EventLoopType, "SelectorEventLoop": EventLoopType,
		"CancelledError": CancelledErrorType, "InvalidStateError": InvalidStateErrorType,
		"TimeoutError": py.TimeoutError, "QueueEmpty": QueueEmptyType, "QueueFull": QueueFullType,
		"LimitOverrunError": LimitOverrunErrorType, "IncompleteReadError": IncompleteReadType,
		"BrokenBarrierError": BrokenBarrierType, "SendfileNotAvailableError": SendfileNotAvailType,
		"FIRST_COMPLETED": py.String(firstCompleted), "FIRST_EXCEPTION": py.String(firstException),
		"ALL_COMPLETED": py.String(allCompleted),
	}
	aio, err := newMod("asyncio", "The asyncio package, tracking PEP 3156.", l.asyncioFuncs(), asyncioGlobals)
	if err != nil {
		return err
	}
	excMod, err := newMod("asyncio.exceptions", "asyncio exceptions.", nil, py.StringDict{
		"CancelledError": CancelledErrorType, "InvalidStateError": InvalidStateErrorType,
		"TimeoutError": py.TimeoutError,
	})
	if err != nil {
		return err
	}
	aio.Globals["exceptions"] = excMod
	if _, err := newMod("time", "time module on the kernel's clock.", l.timeFuncs(), py.StringDict{
		"struct_time": StructTimeType, "timezone": py.Int(0), "altzone": py.Int(0), "daylight": py.Int(0),
		"tzname": py.Tuple{py.String("UTC"), py.String("UTC")},
	}); err != nil {
		return err
	}
	if _, err := newMod("threading", "Thread module emulation on the kernel's scheduler.", l.threadingFuncs(), py.StringDict{
		"Thread": ty.thread, "Timer": ty.timer, "Lock": ty.tlock, "RLock": ty.trlock, "Event": ty.tevent,
		"Semaphore": ty.tsemaphore, "BoundedSemaphore": ty.tbounded, "Condition": ty.tcondition,
		"BrokenBarrierError": ThreadBrokenBarrierType, "TIMEOUT_MAX": py.Float(9223372036.0),
	}); err != nil {
		return err
	}
	if _, err := newMod("queue", "A multi-producer, multi-consumer queue.", nil, py.StringDict{
		"Queue": ty.tqueue, "LifoQueue": ty.tlifo, "PriorityQueue": ty.tpriority, "SimpleQueue": ty.tqueue,
		"Empty": EmptyType, "Full": FullType,
	}); err != nil {
		return err
	}
	cf, err := newMod("concurrent.futures", "Execute computations asynchronously using threads.", l.cfFuncs(), py.StringDict{
		"ThreadPoolExecutor": ty.executor, "ProcessPoolExecutor": ty.processExecutor, "Future": ty.cfuture,
		"CancelledError": CFCancelledErrorType, "TimeoutError": py.TimeoutError, "BrokenExecutor": BrokenExecutorType,
		"FIRST_COMPLETED": py.String(firstCompleted), "FIRST_EXCEPTION": py.String(firstException),
		"ALL_COMPLETED": py.String(allCompleted),
	})
	if err != nil {
		return err
	}
	if _, err := newMod("concurrent", "", nil, py.StringDict{"futures": cf}); err != nil {
		return err
	}
	if _, err := newMod("nest_asyncio", "Patch asyncio to allow nested event loops.", map[string]interface{}{
		"apply": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			l.nested = true
			// nest_asyncio swaps in asyncio's pure-Python Task and
			// Future: type(task) is then asyncio.tasks.Task.
			l.ty.task.Dict["__module__"] = py.String("asyncio.tasks")
			l.ty.future.Dict["__module__"] = py.String("asyncio.futures")
			return py.None, nil
		},
	}, nil); err != nil {
		return err
	}
	return nil
}

// threadingFuncs returns module threading's functions, keyed by name.
func (l *Loop) threadingFuncs() map[string]interface{} {
	return map[string]interface{}{
		"current_thread": func(self py.Object) (py.Object, error) { return l.threadObj(l.curThread()).pyObject(), nil },
		"currentThread":  func(self py.Object) (py.Object, error) { return l.threadObj(l.curThread()).pyObject(), nil },
		"main_thread":    func(self py.Object) (py.Object, error) { return l.threadObj(l.main).pyObject(), nil },
		"get_ident":      func(self py.Object) (py.Object, error) { return py.Int(l.curThread().ident), nil },
		"get_native_id":  func(self py.Object) (py.Object, error) { return py.Int(l.curThread().ident), nil },
		"active_count": func(self py.Object) (py.Object, error) {
			return py.Int(1 + len(l.kernelThreads) + len(l.threads)), nil
		},
		"activeCount": func(self py.Object) (py.Object, error) {
			return py.Int(1 + len(l.kernelThreads) + len(l.threads)), nil
		},
		"enumerate": func(self py.Object) (py.Object, error) {
			items := []py.Object{l.threadObj(l.main).pyObject()}
			for _, t := range l.kernelThreads {
				items = append(items, t)
			}
			for _, th := range l.threads {
				items = append(items, l.threadObj(th).pyObject())
			}
			return py.NewListFromItems(items), nil
		},
	}
}

// cfFuncs returns module concurrent.futures' functions, keyed by name.
func (l *Loop) cfFuncs() map[string]interface{} {
	futs := func(o py.Object) ([]*CFuture, error) {
		var out []*CFuture
		err := py.Iterate(o, func(x py.Object) bool {
			if f, ok := x.(*CFuture); ok {
				out = append(out, f)
			}
			return false
		})
		return out, err
	}
	return map[string]interface{}{
		"as_completed": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fs, timeout py.Object = nil, py.None
			if err := unpack("as_completed", args, kwargs, "fs", &fs, "timeout?", &timeout); err != nil {
				return nil, err
			}
			list, err := futs(fs)
			if err != nil {
				return nil, err
			}
			return &cfAsCompleted{l: l, pending: list}, nil
		},
		"wait": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fs, timeout, rw py.Object = nil, py.None, py.String(allCompleted)
			if err := unpack("wait", args, kwargs, "fs", &fs, "timeout?", &timeout, "return_when?", &rw); err != nil {
				return nil, err
			}
			list, err := futs(fs)
			if err != nil {
				return nil, err
			}
			when, _ := py.StrAsString(rw)
			deadline := key{t: -1}
			if timeout != py.None {
				d, err := toSeconds("wait", timeout)
				if err != nil {
					return nil, err
				}
				deadline = l.after(d)
			}
			for {
				var done, pending []py.Object
				stop := false
				for _, f := range list {
					if f.state != futPending {
						done = append(done, f)
						if when == firstException && f.exc != nil {
							stop = true
						}
					} else {
						pending = append(pending, f)
					}
				}
				if len(pending) == 0 || when == firstCompleted && len(done) > 0 || stop ||
					deadline.t >= 0 && !l.nowKey().less(deadline) {
					return py.Tuple{newSet(done), newSet(pending)}, nil
				}
				if err := l.waitAnyCF(list, deadline); err != nil {
					return nil, err
				}
			}
		},
	}
}

// waitAnyCF blocks the current thread until one of fs is done or the
// deadline (t < 0: none) passes.
func (l *Loop) waitAnyCF(fs []*CFuture, deadline key) error {
	me := l.curThread()
	for _, f := range fs {
		if f.state == futPending {
			f.waiters = append(f.waiters, me)
		}
	}
	var dl *key
	if deadline.t >= 0 {
		dl = &deadline
	}
	_, err := l.block("concurrent.futures.wait", dl)
	for _, f := range fs {
		q := waitq(f.waiters)
		q.remove(me)
		f.waiters = q
	}
	return err
}

// cfAsCompleted is the iterator concurrent.futures.as_completed returns.
type cfAsCompleted struct {
	l       *Loop
	pending []*CFuture
}

var cfAsCompletedType = py.NewType("generator", "")

func (a *cfAsCompleted) Type() *py.Type                { return cfAsCompletedType }
func (a *cfAsCompleted) M__iter__() (py.Object, error) { return a, nil }
func (a *cfAsCompleted) M__next__() (py.Object, error) {
	for len(a.pending) > 0 {
		for i, f := range a.pending {
			if f.state != futPending {
				a.pending = append(a.pending[:i], a.pending[i+1:]...)
				return f, nil
			}
		}
		if err := a.l.waitAnyCF(a.pending, key{t: -1}); err != nil {
			return nil, err
		}
	}
	return nil, py.StopIteration
}

// Timeout is asyncio.Timeout (asyncio.timeout and timeout_at).
type Timeout struct {
	l       *Loop
	when    py.Object // monotonic seconds or None
	state   string    // "created", "active", "expiring", "expired", "finished"
	task    *Future
	handle  *Handle
	cancels int
}

func (t *Timeout) Type() *py.Type { return t.l.ty.timeout }

func (t *Timeout) M__repr__() (py.Object, error) {
	info := ""
	if t.state == "active" {
		w := "None"
		if t.when != py.None {
			w = fmt.Sprintf("%.3f", float64(t.when.(py.Float)))
		}
		info = " when=" + w
	}
	return py.String(fmt.Sprintf("<Timeout [%s]%s>", t.state, info)), nil
}

func (l *Loop) newTimeout(v py.Object, absolute bool) (py.Object, error) {
	t := &Timeout{l: l, when: py.None, state: "created"}
	if v != py.None {
		s, err := toSeconds("timeout", v)
		if err != nil {
			return nil, err
		}
		if !absolute {
			s += l.monotonic()
		}
		t.when = py.Float(s)
	}
	return t, nil
}

func (t *Timeout) reschedule(when py.Object) {
	if t.handle != nil {
		t.handle.cancelled = true
		t.handle = nil
	}
	t.when = when
	if when == py.None || t.task == nil {
		return
	}
	w := float64(when.(py.Float))
	ev := t.task.loop
	if w <= t.l.monotonic() {
		t.handle = ev.callSoon(t.onTimeout, "Timeout._on_timeout")
	} else {
		t.handle = ev.callAt(t.l.atMonotonic(w), &Handle{fn: t.onTimeout, name: "Timeout._on_timeout"})
	}
}

func (t *Timeout) onTimeout() {
	t.task.cancel(nil)
	t.state = "expiring"
	t.handle = nil
}

func timeoutMethods() map[string]interface{} {
	return map[string]interface{}{
		"when": func(self py.Object) (py.Object, error) { return self.(*Timeout).when, nil },
		"reschedule": func(self py.Object, w py.Object) (py.Object, error) {
			t := self.(*Timeout)
			if t.state != "active" {
				return nil, newExc(py.RuntimeError, "Cannot change state of "+t.state+" Timeout")
			}
			if w != py.None {
				s, err := toSeconds("reschedule", w)
				if err != nil {
					return nil, err
				}
				w = py.Float(s)
			}
			t.reschedule(w)
			return py.None, nil
		},
		"expired": func(self py.Object) (py.Object, error) {
			s := self.(*Timeout).state
			return py.NewBool(s == "expiring" || s == "expired"), nil
		},
		"__aenter__": func(self py.Object) (py.Object, error) {
			t := self.(*Timeout)
			return newGoCoro(t.l, "Timeout.__aenter__", func() (py.Object, error) {
				task := t.l.currentTask()
				if task == nil {
					return nil, newExc(py.RuntimeError, "Timeout should be used inside a task")
				}
				t.state = "active"
				t.task = task
				t.cancels = task.numCancelsRequested
				t.reschedule(t.when)
				return t, nil
			}), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			args = own(args)
			t := self.(*Timeout)
			return newGoCoro(t.l, "Timeout.__aexit__", func() (py.Object, error) {
				if t.handle != nil {
					t.handle.cancelled = true
					t.handle = nil
				}
				if t.state == "expiring" {
					t.state = "expired"
					if t.task.numCancelsRequested > 0 {
						t.task.numCancelsRequested--
					}
					if len(args) > 0 && args[0] != py.None {
						if et, ok := args[0].(*py.Type); ok && et.IsSubtype(CancelledErrorType) && t.task.numCancelsRequested <= t.cancels {
							var cause error
							if len(args) > 1 && args[1] != py.None {
								cause = objToErr(args[1])
							} else {
								cause = newExcObj(CancelledErrorType)
							}
							return nil, timeoutFrom(cause)
						}
					}
				} else if t.state == "active" {
					t.state = "finished"
				}
				return py.None, nil
			}), nil
		},
	}
}

// TaskGroup is asyncio.TaskGroup.
type TaskGroup struct {
	l        *Loop
	entered  bool
	exiting  bool
	aborting bool
	parent   *Future
	tasks    []*Future
	errors   []py.Object
	waiter   *Future
	baseErr  error
}

func (g *TaskGroup) Type() *py.Type { return g.l.ty.taskGroup }

func (g *TaskGroup) M__repr__() (py.Object, error) {
	info := ""
	if len(g.tasks) > 0 {
		info += fmt.Sprintf(" tasks=%d", len(g.tasks))
	}
	if len(g.errors) > 0 {
		info += fmt.Sprintf(" errors=%d", len(g.errors))
	}
	if g.aborting {
		info += " cancelling"
	} else if g.entered {
		info += " entered"
	}
	return py.String("<TaskGroup" + info + ">"), nil
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.done() {
			t.cancel(nil)
		}
	}
}

func (g *TaskGroup) onTaskDone(t *Future) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.exiting && len(g.tasks) == 0 && g.waiter != nil && !g.waiter.done() {
		_ = g.waiter.setResult(py.True)
	}
	if t.state == futCancelled || t.exc == nil {
		return
	}
	t.retrieved = true
	g.errors = append(g.errors, excObject(t.exc))
	if excIs(t.exc, py.SystemExit) || excIs(t.exc, py.KeyboardInterrupt) {
		if g.baseErr == nil {
			g.baseErr = t.exc
		}
	}
	if !g.aborting {
		g.abort()
		if !g.parent.done() && g.parent.waiter != nil || !g.exiting {
			g.parent.cancel(nil)
		}
	}
}

func taskGroupMethods() map[string]interface{} {
	return map[string]interface{}{
		"create_task": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			g := self.(*TaskGroup)
			var coro, name, context py.Object = nil, py.None, py.None
			if err := unpack("create_task", args, kwargs, "coro", &coro, "*name?", &name, "*context?", &context); err != nil {
				return nil, err
			}
			if !g.entered {
				return nil, newExc(py.RuntimeError, fmt.Sprintf("TaskGroup %s has not been entered", mustRepr(g)))
			}
			if g.exiting && len(g.tasks) == 0 {
				return nil, newExc(py.RuntimeError, fmt.Sprintf("TaskGroup %s is finished", mustRepr(g)))
			}
			if g.aborting {
				return nil, newExc(py.RuntimeError, fmt.Sprintf("TaskGroup %s is shutting down", mustRepr(g)))
			}
			to, err := g.parent.loop.createTask(coro, name)
			if err != nil {
				return nil, err
			}
			t := to.(*Future)
			g.tasks = append(g.tasks, t)
			t.callbacks = append(t.callbacks, futCallback{fn: g.onTaskDone, name: "TaskGroup._on_task_done"})
			return t, nil
		},
		"__aenter__": func(self py.Object) (py.Object, error) {
			g := self.(*TaskGroup)
			return newGoCoro(g.l, "TaskGroup.__aenter__", func() (py.Object, error) {
				if g.entered {
					return nil, newExc(py.RuntimeError, fmt.Sprintf("TaskGroup %s has been already entered", mustRepr(g)))
				}
				g.parent = g.l.currentTask()
				if g.parent == nil {
					return nil, newExc(py.RuntimeError, fmt.Sprintf("TaskGroup %s cannot determine the parent task", mustRepr(g)))
				}
				g.entered = true
				return g, nil
			}), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			args = own(args)
			g := self.(*TaskGroup)
			return newGoCoro(g.l, "TaskGroup.__aexit__", func() (py.Object, error) {
				g.exiting = true
				var excVal py.Object = py.None
				if len(args) > 1 {
					excVal = args[1]
				}
				var propagateCancel error
				if excVal != py.None {
					e := objToErr(excVal)
					if isCancelled(e) {
						propagateCancel = e
					}
					if !g.aborting {
						g.abort()
					}
				}
				for len(g.tasks) > 0 {
					g.waiter = newFuture(g.parent.loop)
					if _, err := g.parent.awaitFuture(g.waiter); err != nil {
						if isCancelled(err) {
							if !g.aborting {
								propagateCancel = err
								g.abort()
							}
							continue
						}
						return nil, err
					}
					g.waiter = nil
				}
				if g.baseErr != nil {
					return nil, g.baseErr
				}
				if propagateCancel != nil && len(g.errors) == 0 {
					return nil, propagateCancel
				}
				if excVal != py.None && !isCancelled(objToErr(excVal)) {
					g.errors = append(g.errors, excVal)
				}
				if len(g.errors) > 0 {
					return nil, g.l.exceptionGroup("unhandled errors in a TaskGroup", g.errors)
				}
				return py.None, nil
			}), nil
		},
	}
}

// exceptionGroup makes ExceptionGroup(msg, excs), using the builtin one if
// the runtime provides it.
func (l *Loop) exceptionGroup(msg string, excs []py.Object) error {
	if l.ctx != nil {
		if eg, ok := l.ctx.Store().Builtins.Globals["ExceptionGroup"]; ok {
			e, err := py.Call(eg, py.Tuple{py.String(msg), py.NewListFromItems(excs)}, nil)
			if err != nil {
				return err
			}
			return objToErr(e)
		}
	}
	return newExc(exceptionGroupType, fmt.Sprintf("%s (%d sub-exception%s)", msg, len(excs), plural(len(excs))))
}

var exceptionGroupType = builtinType(py.ExceptionType.NewType("ExceptionGroup", "A combination of multiple unrelated exceptions.", nil, nil))

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Runner is asyncio.Runner: asyncio.run's loop, kept for several runs.
type Runner struct {
	l      *Loop
	ev     *EventLoop
	closed bool
}

func (r *Runner) Type() *py.Type { return r.l.ty.runner }

func (r *Runner) lazyInit() (*EventLoop, error) {
	if r.closed {
		return nil, newExc(py.RuntimeError, "Runner is closed")
	}
	if r.ev == nil {
		r.ev = newEventLoop(r.l)
		r.l.policy = r.ev
	}
	return r.ev, nil
}

func (r *Runner) run(coro py.Object) (py.Object, error) {
	c, ok := coro.(*Coroutine)
	if !ok {
		return nil, newExc(py.ValueError, "a coroutine was expected, got "+repr(coro))
	}
	if r.l.runningLoop() != nil {
		return nil, newExc(py.RuntimeError, "Runner.run() cannot be called from a running event loop")
	}
	ev, err := r.lazyInit()
	if err != nil {
		return nil, err
	}
	return ev.runUntilComplete(newTask(ev, "", nil, c))
}

func (r *Runner) close() {
	if r.closed || r.ev == nil {
		r.closed = true
		return
	}
	r.l.cancelAll(r.ev)
	r.l.shutdownTasks()
	r.ev.closed = true
	if r.l.policy == r.ev {
		r.l.policy = nil
	}
	r.closed = true
}

func (r *Runner) M__enter__() (py.Object, error) {
	_, err := r.lazyInit()
	return r, err
}

func (r *Runner) M__exit__(t, v, tb py.Object) (py.Object, error) {
	r.close()
	return py.False, nil
}

func runnerMethods() map[string]interface{} {
	return map[string]interface{}{
		"run": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var coro, context py.Object = nil, py.None
			if err := unpack("run", args, kwargs, "coro", &coro, "*context?", &context); err != nil {
				return nil, err
			}
			return self.(*Runner).run(coro)
		},
		"close": func(self py.Object) (py.Object, error) {
			self.(*Runner).close()
			return py.None, nil
		},
		"get_loop": func(self py.Object) (py.Object, error) {
			return self.(*Runner).lazyInit()
		},
	}
}
