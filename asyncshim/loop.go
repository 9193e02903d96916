package asyncshim

// This file defines the kernel scheduler: fibers (goroutines that pass one
// baton), emulated threads, the virtual clock and its timers, and RunCell.
//
// The scheduler runs on the goroutine that called RunCell (the "scheduler
// fiber"). Threads run until they block; a blocked thread waits for a wake-up
// or a timer. When no thread can run, the clock jumps to the earliest timer.
// An asyncio event loop runs inside a thread: its tasks are fibers that the
// loop's runner fiber switches to and that switch back when they park.

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// Options configures a [Loop]. The zero value is the default.
type Options struct {
	// Script selects script semantics (plain `python file.py`) instead of
	// Jupyter semantics.
	Script bool
	// Clock, if not nil, is a real clock: sleeps really wait. Nil selects
	// the virtual clock.
	Clock Clock
	// Horizon is how much virtual time pending tasks and threads may run
	// on after a cell's code has returned, as if the user waited that long
	// before running the next cell. 0 runs the notebook as nbclient
	// (nbconvert --execute, papermill) does: the next cell starts at once,
	// so no virtual time passes between cells, and under Jupyter semantics
	// what the event loop would run between two cells runs at the start of
	// the next one (where ipykernel records its output).
	Horizon time.Duration
	// Budget bounds the virtual time one cell may take; 0 means 24 h.
	Budget time.Duration
	// WallBudget bounds the wall time one cell may take, checked at every
	// switch between tasks or threads; 0 means 60 s.
	WallBudget time.Duration
	// Wall returns the wall time used for WallBudget; nil means time.Now.
	// Tests never read the wall clock: they pass their own.
	Wall func() time.Time
}

// Clock is a real time source for [Options.Clock].
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// Sleep waits for d.
	Sleep(d time.Duration)
}

type realClock struct{}

func (realClock) Now() time.Time        { return time.Now() }
func (realClock) Sleep(d time.Duration) { time.Sleep(d) }

// RealClock returns a [Clock] that reads and waits on the machine's clock.
func RealClock() Clock { return realClock{} }

// Fixed origins of the Python-visible clocks in virtual mode.
const (
	virtualEpoch     = 1700000000 // time.time() at start, seconds since 1970 (2023-11-14 22:13:20 UTC)
	virtualMonotonic = 1000       // time.monotonic() and perf_counter() at start, seconds
)

// key is a point on the virtual clock: t nanoseconds since the loop started,
// then lag, an infinitesimal count (see the package doc).
type key struct {
	t   int64 // ns since the clock started
	lag int64
}

func (a key) less(b key) bool {
	if a.t != b.t {
		return a.t < b.t
	}
	return a.lag < b.lag
}

func (a key) max(b key) key {
	if a.less(b) {
		return b
	}
	return a
}

// timer is a scheduler timer: fire runs on the scheduler fiber and must not
// run Python.
type timer struct {
	when  key
	seq   uint64
	fire  func()
	index int
	dead  bool
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when.less(h[j].when)
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *timerHeap) Push(x interface{}) { t := x.(*timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() interface{} {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

// fiber is a goroutine that runs only while it holds the baton.
type fiber struct {
	wake   chan struct{}
	thread *gthread // thread this fiber belongs to
	task   *Future  // task this fiber runs, or nil
	// resume data for a parked task fiber
	resumeErr error
	live      bool // its goroutine has started and not ended
	doomed    bool // being unwound: every wait returns errAbort at once
}

func newFiber(th *gthread) *fiber {
	return &fiber{wake: make(chan struct{}, 1), thread: th}
}

// threadState says what a thread is doing.
type threadState int

const (
	threadNew threadState = iota
	threadRunnable
	threadRunning
	threadBlocked
	threadDone
	threadIdle // the main thread between cells (script semantics)
)

// gthread is an emulated Python thread.
type gthread struct {
	ident    int64
	name     string
	daemon   bool
	state    threadState
	cur      *fiber // fiber to resume
	waitSeq  uint64 // identifies the current blocking wait
	waitFor  string // what the thread waits for, for deadlock messages
	timer    *timer
	timedOut bool
	wakeErr  error        // error to raise where the thread blocked
	select_  *EventLoop   // loop blocked in its select, if any
	loops    []*EventLoop // running event loops, innermost last
	obj      *Thread      // Python Thread object, if any
	done     []func()     // called when the thread ends
	// preempts counts the times the thread gave way in Preempt since it
	// last blocked. A thread that keeps computing (cpuBound of them) waits
	// for the next cell once the cell is over, instead of keeping the
	// cell open.
	preempts int
}

// Loop is one kernel's scheduler, virtual clock and asyncio state.
type Loop struct {
	opts    Options
	ctx     py.Context
	now     key
	seq     uint64
	timers  timerHeap
	runq    []*gthread
	threads []*gthread // live threads, in start order
	sched   *fiber     // the scheduler fiber
	cur     *fiber     // fiber holding the baton
	main    *gthread
	nextTID int64

	start     time.Time // real start, for a real clock
	taskCount int       // Task-N counter
	nested    bool      // nest_asyncio.apply() was called

	jupyter  *EventLoop // the always-running loop under Jupyter semantics
	policy   *EventLoop // loop set by set_event_loop / get_event_loop
	mainLoop *fiber     // fiber running the Jupyter loop forever

	cellTask  *Future
	cellDone  bool
	cellAsync bool   // the cell's own task awaited (the cell has top-level await)
	parked    bool   // the Jupyter loop waits for the next cell (Horizon 0)
	startCell func() // starts the cell's task once the Jupyter loop is idle
	spins     int    // Preempt calls since the last preemption
	cellAbort error  // why the current cell stops early
	wallStart time.Time
	budgetAt  int64 // virtual ns at which the cell budget runs out
	horizonAt int64 // virtual ns after which the scheduler stops (once the cell is done)
	broken    error // set when the kernel cannot run further cells

	// threadUnsupported is the first "unsupported:" exception a thread
	// ended with during the current cell (noteThreadUnsupported).
	threadUnsupported error

	threadCount   int     // Thread-N counter
	lastWrapped   *Thread // the last Thread given a subclass instance (SetWrapper)
	kernelThreads []*Thread
	executorCount int
	defExec       *Executor
	installed     bool
	fibers        map[*fiber]bool // live fibers
	stopAsync     *py.Type        // the context's StopAsyncIteration
	ty            loopTypes
}

// New returns a scheduler for one kernel.
func New(opts Options) *Loop {
	if opts.Budget == 0 {
		opts.Budget = 24 * time.Hour
	}
	if opts.WallBudget == 0 {
		opts.WallBudget = 60 * time.Second
	}
	if opts.Wall == nil {
		opts.Wall = time.Now
	}
	l := &Loop{opts: opts, nextTID: 140000000000000, fibers: map[*fiber]bool{}}
	if opts.Clock != nil {
		l.start = opts.Clock.Now()
	}
	l.sched = newFiber(nil)
	l.cur = l.sched
	l.main = l.newThread("MainThread")
	if !opts.Script {
		l.addKernelThreads()
	}
	return l
}

// addKernelThreads adds the daemon threads an ipykernel 6 kernel runs
// besides the main thread, as threading.enumerate() lists them, and the
// task and thread numbers the kernel has used before the first cell
// (user code's first task is Task-4, its first thread Thread-5).
func (l *Loop) addKernelThreads() {
	for _, k := range []struct{ cls, name string }{
		{"Thread", "IOPub"}, {"Heartbeat", "Heartbeat"},
		{"Thread", "Thread-3 (_watch_pipe_fd)"}, {"Thread", "Thread-4 (_watch_pipe_fd)"},
		{"ControlThread", "Control"}, {"ParentPollerUnix", "Thread-2"},
	} {
		th := l.newThread(k.name)
		th.daemon = true
		t := &Thread{l: l, th: th, target: py.None, started: true, dict: py.NewStringDict(), clsName: k.cls}
		th.obj = t
		l.kernelThreads = append(l.kernelThreads, t)
	}
	l.threadCount = 4
	l.taskCount = 3
}

func (l *Loop) newThread(name string) *gthread {
	l.nextTID += 4096 * 3
	th := &gthread{ident: l.nextTID, name: name}
	return th
}

// Now returns the loop's clock as a wall-clock time: the fixed epoch plus
// virtual time in virtual mode, the real time otherwise.
func (l *Loop) Now() time.Time {
	if l.opts.Clock != nil {
		return l.opts.Clock.Now()
	}
	return time.Unix(virtualEpoch, 0).UTC().Add(time.Duration(l.now.t))
}

// nowKey returns the current clock key, reading a real clock if there is one.
func (l *Loop) nowKey() key {
	if l.opts.Clock != nil {
		t := int64(l.opts.Clock.Now().Sub(l.start))
		if t > l.now.t {
			l.now = key{t: t, lag: l.now.lag}
		}
	}
	return l.now
}

// monotonic returns time.monotonic() in seconds.
func (l *Loop) monotonic() float64 {
	return virtualMonotonic + float64(l.nowKey().t)/1e9
}

// wallSeconds returns time.time() in seconds.
func (l *Loop) wallSeconds() float64 {
	if l.opts.Clock != nil {
		return float64(l.opts.Clock.Now().UnixNano()) / 1e9
	}
	return virtualEpoch + float64(l.now.t)/1e9
}

// after returns the key of a deadline d from now.
func (l *Loop) after(d float64) key {
	now := l.nowKey()
	if d <= 0 {
		return now
	}
	return key{t: now.t + int64(d*1e9+0.5), lag: now.lag}
}

// atMonotonic returns the key of the monotonic time w (in seconds).
func (l *Loop) atMonotonic(w float64) key {
	now := l.nowKey()
	t := int64((w-virtualMonotonic)*1e9 + 0.5)
	if t < now.t {
		return now
	}
	return key{t: t, lag: now.lag}
}

func (l *Loop) addTimer(when key, fire func()) *timer {
	l.seq++
	tm := &timer{when: when, seq: l.seq, fire: fire}
	heap.Push(&l.timers, tm)
	return tm
}

func (l *Loop) cancelTimer(tm *timer) {
	if tm == nil || tm.dead {
		return
	}
	tm.dead = true
	if tm.index >= 0 && tm.index < len(l.timers) && l.timers[tm.index] == tm {
		heap.Remove(&l.timers, tm.index)
	}
}

// switchTo passes the baton from the current fiber to f and waits until
// some fiber passes it back.
func (l *Loop) switchTo(f *fiber) {
	from := l.cur
	handled := pyvm.Handled(l.ctx) // the exception this fiber handles
	l.cur = f
	f.wake <- struct{}{}
	<-from.wake
	pyvm.SetHandled(l.ctx, handled)
}

// exitTo passes the baton to f for good: the calling goroutine ends.
func (l *Loop) exitTo(f *fiber) {
	l.cur = f
	f.wake <- struct{}{}
}

// goFiber starts body on a new goroutine that waits for the baton. When body
// returns, the baton goes to whatever fiber next() names.
func (l *Loop) goFiber(f *fiber, body func(), next func() *fiber) {
	l.fibers[f] = true
	f.live = true
	go func() {
		<-f.wake
		pyvm.SetHandled(l.ctx, py.ExceptionInfo{}) // a new task or thread handles nothing
		func() {
			defer func() {
				if r := recover(); r != nil {
					l.reportPanic(r)
				}
			}()
			body()
		}()
		f.live = false
		delete(l.fibers, f)
		l.exitTo(next())
	}()
}

func (l *Loop) reportPanic(r interface{}) {
	l.writeStderr(fmt.Sprintf("asyncshim: internal error: %v\n", r))
}

// curThread returns the thread that holds the baton.
func (l *Loop) curThread() *gthread {
	if l.cur == nil || l.cur.thread == nil {
		return l.main
	}
	return l.cur.thread
}

// block parks the current thread until wakeThread, or until deadline if not
// nil. It reports whether the deadline passed, and returns the error a
// wake-up delivered (interrupts).
func (l *Loop) block(what string, deadline *key) (timedOut bool, err error) {
	if l.cur.doomed {
		return false, errAbort()
	}
	th := l.curThread()
	th.state = threadBlocked
	th.preempts = 0
	th.cur = l.cur
	th.waitSeq++
	th.waitFor = what
	th.timedOut = false
	th.wakeErr = nil
	if deadline != nil {
		seq := th.waitSeq
		th.timer = l.addTimer(*deadline, func() {
			if th.state == threadBlocked && th.waitSeq == seq {
				th.timer = nil
				th.timedOut = true
				l.wakeThread(th)
			}
		})
	}
	l.switchTo(l.sched)
	th.state = threadRunning
	return th.timedOut, th.wakeErr
}

// wakeThread makes a blocked thread runnable.
func (l *Loop) wakeThread(th *gthread) {
	if th.state != threadBlocked {
		return
	}
	if th.timer != nil {
		l.cancelTimer(th.timer)
		th.timer = nil
	}
	th.state = threadRunnable
	th.select_ = nil
	l.runq = append(l.runq, th)
}

// startThread starts body as a new thread that runs at once; the current
// thread runs again when the new one blocks or ends.
func (l *Loop) startThread(th *gthread, body func()) {
	f := newFiber(th)
	th.cur = f
	l.threads = append(l.threads, th)
	l.goFiber(f, body, func() *fiber {
		th.state = threadDone
		l.removeThread(th)
		for _, fn := range th.done {
			fn()
		}
		return l.sched
	})
	me := l.curThread()
	me.state = threadRunnable
	me.cur = l.cur
	me.waitFor = ""
	l.runq = append([]*gthread{me}, l.runq...)
	th.state = threadRunning
	l.switchTo(f)
	me.state = threadRunning
}

func (l *Loop) removeThread(th *gthread) {
	for i, t := range l.threads {
		if t == th {
			l.threads = append(l.threads[:i], l.threads[i+1:]...)
			return
		}
	}
}

// yieldThread lets every other runnable thread run once.
func (l *Loop) yieldThread() {
	if len(l.runq) == 0 {
		return
	}
	th := l.curThread()
	th.state = threadRunnable
	th.cur = l.cur
	l.runq = append(l.runq, th)
	l.switchTo(l.sched)
	th.state = threadRunning
}

// Preemption, as CPython's GIL switch interval: code that runs without
// blocking (a busy-wait such as `while not done: pass`, or a long
// computation) gives way to other threads every preemptEvery calls of
// [Loop.Preempt], and that much running costs preemptQuantum of virtual
// time when some thread or task waits on a timer (so a busy-wait on a
// sleeping thread ends). Counted in calls, not read from a clock, so runs
// are reproducible.
const (
	preemptEvery   = 32
	preemptQuantum = 5 * time.Millisecond
	// cpuBound is how many preemptions in a row, without blocking, make
	// a thread's running background CPU work (see gthread.preempts).
	cpuBound = 8
)

// Preempt is called by the kernel every so often while Python code runs
// (pyrun calls it every few hundred loop back-edges and calls). Now and
// then it lets the other runnable threads run, as CPython's GIL does
// every 5 ms; if none can run but some wait on a timer, the virtual clock
// moves on by the time the running code is deemed to have taken. It
// returns an error when the running code must stop (the kernel unwinds).
func (l *Loop) Preempt() error {
	l.spins++
	if l.spins < preemptEvery {
		return nil
	}
	l.spins = 0
	if l.cur == nil || l.cur == l.sched || !l.cur.live {
		return nil
	}
	if l.cur.doomed {
		return errAbort()
	}
	for len(l.timers) > 0 && l.timers[0].dead {
		heap.Pop(&l.timers)
	}
	if len(l.timers) > 0 && l.opts.Clock == nil {
		// Somebody waits on a timer: the running code (this thread's
		// or the threads it alternates with) costs virtual time.
		l.now = key{t: l.now.t + int64(preemptQuantum), lag: l.now.lag}
		for len(l.timers) > 0 && !l.now.less(l.timers[0].when) {
			tm := heap.Pop(&l.timers).(*timer)
			if !tm.dead {
				tm.dead = true
				tm.fire()
			}
		}
	}
	// Once the cell is over, give the scheduler the say even with nobody
	// else to run: it stops background CPU work until the next cell.
	if len(l.runq) == 0 && !(l.cellDone && l.opts.Horizon == 0) {
		return nil
	}
	th := l.curThread()
	th.preempts++
	th.state = threadRunnable
	th.cur = l.cur
	l.runq = append(l.runq, th)
	l.switchTo(l.sched)
	th.state = threadRunning
	if l.cur.doomed {
		return errAbort()
	}
	return nil
}

// DeadlockError reports a cell whose tasks and threads all wait for each
// other with no timer pending.
type DeadlockError struct {
	Waiting []string // "name (waiting for what)", sorted
}

func (e *DeadlockError) Error() string {
	return "deadlock: no task or thread can run and no timer is pending; waiting: " + strings.Join(e.Waiting, ", ")
}

// BudgetError reports a cell that ran out of virtual or wall time.
type BudgetError struct {
	Virtual bool          // the virtual-time budget, else the wall-time budget
	Limit   time.Duration // the budget
}

func (e *BudgetError) Error() string {
	if e.Virtual {
		return fmt.Sprintf("budget: the cell ran more than %v of virtual time", e.Limit)
	}
	return fmt.Sprintf("budget: the cell ran more than %v of wall time", e.Limit)
}

// RunCell runs fn, the code of one cell, on the main thread: as the main
// task of the always-running event loop under Jupyter semantics, directly
// under script semantics. It then runs the scheduler until nothing is
// runnable or the horizon passes. It returns fn's error, or a
// [*DeadlockError] or [*BudgetError].
func (l *Loop) RunCell(fn func() error) error {
	if l.broken != nil {
		return l.broken
	}
	if l.cur != l.sched {
		panic("asyncshim: RunCell called from Python code")
	}
	inner := fn
	fn = func() error {
		err := inner()
		if err != nil {
			// CPython's messages that depend on the failing instruction
			// (a missing module attribute, an IndexError), from the
			// cell's own frame (pyrt does it for functions' frames).
			pyrt.FixMessages(err)
		}
		return err
	}
	l.cellDone = false
	l.cellAsync = false
	l.cellAbort = nil
	l.threadUnsupported = nil
	l.wallStart = l.opts.Wall()
	l.budgetAt = l.nowKey().t + int64(l.opts.Budget)
	var cellErr error
	if l.opts.Script {
		f := newFiber(l.main)
		l.main.cur = f
		l.goFiber(f, func() {
			l.main.state = threadRunning
			cellErr = fn()
		}, func() *fiber {
			l.cellEnded()
			l.main.state = threadIdle
			l.main.waitFor = ""
			return l.sched
		})
		l.main.state = threadRunnable
		l.runq = append(l.runq, l.main)
	} else {
		ev := l.jupyterLoop()
		l.cellTask = nil
		// The cell starts once the loop has run what was ready: what
		// a kernel's loop runs between two cells.
		l.startCell = func() {
			var t *Future
			t = newTask(ev, "", func() (py.Object, error) {
				err := fn()
				cellErr = err
				if !l.cellAsync && l.opts.Horizon == 0 {
					// ipykernel runs a cell without top-level
					// await synchronously: it is over as soon as
					// its code returns, before the loop runs
					// anything else.
					l.cellEnded()
				}
				return py.None, nil
			}, nil)
			t.cell = true
			l.cellTask = t
			// A cell with top-level await is over once the loop has
			// run what was ready when its code returned (ipykernel
			// awaits the cell as a future).
			t.addDone(func(*Future) {
				if l.cellTask == t && !l.cellDone {
					l.cellEnded()
				}
			})
		}
		if l.parked {
			l.parked = false
			l.wakeThread(l.main)
		}
		ev.wakeSelect()
	}
	err := l.schedule()
	if err != nil {
		return err
	}
	if cellErr == nil && l.threadUnsupported != nil {
		return l.threadUnsupported
	}
	return cellErr
}

func (l *Loop) cellEnded() {
	l.cellDone = true
	l.horizonAt = l.nowKey().t + int64(l.opts.Horizon)
}

// parkBetweenCells stops the Jupyter loop once the cell is over when no
// time passes between cells (Horizon 0): what is still ready runs when the
// next cell starts, before the next cell's code, as in a kernel that
// nbclient drives. It reports whether the loop must stop (kernel closing).
func (ev *EventLoop) parkBetweenCells() bool {
	l := ev.l
	if !l.cellDone || l.opts.Horizon != 0 || l.opts.Script || ev != l.jupyter || ev.depth != 0 || l.cur != l.mainLoop {
		return false
	}
	l.parked = true
	l.block("the next cell", nil)
	l.parked = false
	return l.cur.doomed
}

// jupyterLoop returns the always-running event loop, starting it on the main
// thread the first time.
func (l *Loop) jupyterLoop() *EventLoop {
	if l.jupyter != nil {
		return l.jupyter
	}
	ev := newEventLoop(l)
	l.jupyter = ev
	l.policy = ev
	f := newFiber(l.main)
	l.mainLoop = f
	l.main.cur = f
	l.goFiber(f, func() {
		l.main.state = threadRunning
		ev.runForeverJupyter()
	}, func() *fiber { return l.sched })
	l.main.state = threadRunnable
	l.runq = append(l.runq, l.main)
	return ev
}

// schedule runs threads until the cell is over.
func (l *Loop) schedule() error {
	for {
		if l.cellAbort != nil {
			return l.cellAbort
		}
		if wall := l.opts.Wall(); wall.Sub(l.wallStart) > l.opts.WallBudget {
			return l.abortCell(&BudgetError{Limit: l.opts.WallBudget})
		}
		if len(l.runq) > 0 {
			if l.cellDone && l.opts.Horizon == 0 && l.onlyPreempted() {
				// CPU work still going when the cell is over goes on
				// in later cells (as under the GIL, while they run):
				// the kernel answers at once.
				return nil
			}
			th := l.runq[0]
			l.runq = l.runq[1:]
			if th.preempts >= cpuBound && l.cellDone && l.opts.Horizon == 0 {
				l.runq = append(l.runq, th)
				continue
			}
			if th.state != threadRunnable || !th.cur.live {
				continue
			}
			th.state = threadRunning
			l.switchTo(th.cur)
			continue
		}
		// Nothing runnable: jump to the next timer.
		for len(l.timers) > 0 && l.timers[0].dead {
			heap.Pop(&l.timers)
		}
		if len(l.timers) == 0 {
			if l.cellDone {
				return nil
			}
			return l.abortCell(l.deadlock())
		}
		next := l.timers[0].when
		if l.cellDone && next.t > l.horizonAt {
			return nil
		}
		if !l.cellDone && next.t > l.budgetAt {
			return l.abortCell(&BudgetError{Virtual: true, Limit: l.opts.Budget})
		}
		if l.opts.Clock != nil {
			if d := time.Duration(next.t) - l.opts.Clock.Now().Sub(l.start); d > 0 {
				l.opts.Clock.Sleep(d)
			}
		}
		l.now = l.now.max(key{t: next.t, lag: next.lag + 1})
		if debugSched {
			fmt.Println("wake", next, "now", l.now)
		}
		for len(l.timers) > 0 && !l.now.less(l.timers[0].when) {
			tm := heap.Pop(&l.timers).(*timer)
			if !tm.dead {
				tm.dead = true
				tm.fire()
			}
		}
	}
}

// onlyPreempted reports whether every runnable thread gave way in Preempt.
func (l *Loop) onlyPreempted() bool {
	for _, th := range l.runq {
		if th.state == threadRunnable && th.cur.live && th.preempts < cpuBound {
			return false
		}
	}
	return true
}

// deadlock describes what everybody waits for.
func (l *Loop) deadlock() *DeadlockError {
	var waiting []string
	for _, ev := range l.allLoops() {
		for _, t := range ev.tasks {
			if t.done() {
				continue
			}
			name := t.name
			if t.cell {
				name = "the cell"
			}
			what := "something"
			if t.waiter != nil {
				what = t.waiter.shortRepr()
			}
			waiting = append(waiting, fmt.Sprintf("%s (waiting for %s)", name, what))
		}
	}
	for _, th := range append([]*gthread{l.main}, l.threads...) {
		if th.state == threadBlocked && th.select_ == nil && th.waitFor != "" {
			waiting = append(waiting, fmt.Sprintf("thread %s (waiting for %s)", th.name, th.waitFor))
		}
	}
	sort.Strings(waiting)
	if len(waiting) == 0 {
		waiting = []string{"nothing"}
	}
	return &DeadlockError{Waiting: waiting}
}

func (l *Loop) allLoops() []*EventLoop {
	var out []*EventLoop
	seen := map[*EventLoop]bool{}
	add := func(ev *EventLoop) {
		if ev != nil && !seen[ev] {
			seen[ev] = true
			out = append(out, ev)
		}
	}
	add(l.jupyter)
	add(l.policy)
	for _, th := range append([]*gthread{l.main}, l.threads...) {
		for _, ev := range th.loops {
			add(ev)
		}
	}
	return out
}

// abortCell ends the current cell with err. Under Jupyter semantics the cell
// task is abandoned (its goroutine stays parked); if the main thread is stuck
// outside the event loop, the kernel cannot run further cells.
func (l *Loop) abortCell(err error) error {
	if l.opts.Script {
		// Unwind everything on the main thread: the cell's code and the
		// tasks of loops it runs.
		l.unwind(func(f *fiber) bool { return f.thread == l.main })
	} else if t := l.cellTask; t != nil && !t.done() {
		l.unwind(func(f *fiber) bool { return f == t.fiber })
		if !t.done() {
			l.jupyter.forget(t)
		}
	}
	if l.stuck() {
		l.broken = fmt.Errorf("kernel stopped: an earlier cell could not be unwound (%w)", err)
	}
	l.cellDone = true
	return err
}

// Close unwinds every task and thread still waiting, so that the gpython
// context is no longer busy and can be closed. Call it before
// py.Context.Close; the Loop cannot run cells afterwards.
func (l *Loop) Close() {
	if l.cur != l.sched {
		panic("asyncshim: Close called from Python code")
	}
	l.unwind(func(*fiber) bool { return true })
	if l.broken == nil {
		l.broken = fmt.Errorf("asyncshim: loop closed")
	}
}

// stuck reports whether a doomed fiber is still alive.
func (l *Loop) stuck() bool {
	for f := range l.fibers {
		if f.doomed {
			return true
		}
	}
	return false
}

// errAbort is what every wait returns on a doomed fiber: a BaseException
// (so `except Exception` does not catch it) that unwinds Python frames and
// runs their finally blocks.
func errAbort() error {
	return newExc(abortType, "nbcheck stopped this code (deadlock, budget or kernel close)")
}

var abortType = builtinType(py.BaseException.NewType("NbcheckAbort", "Raised where nbcheck stops code that cannot go on.", nil, nil))

// unwind dooms the fibers doom selects and resumes each where it waits
// until all have ended; after many rounds it gives up (the goroutines stay
// parked, and the kernel is marked broken).
func (l *Loop) unwind(doom func(*fiber) bool) {
	for f := range l.fibers {
		if doom(f) {
			f.doomed = true
		}
	}
	// Threads preempted while running (Preempt) are runnable, not
	// blocked: resume the doomed ones so that they unwind too.
	var keep []*gthread
	for _, th := range l.runq {
		if th.state == threadRunnable && th.cur != nil && th.cur.doomed && th.cur.live {
			keep = append(keep, th)
		}
	}
	l.runq = keep
	for round := 0; round < 10000 && l.stuck(); round++ {
		progressed := false
		for _, th := range append([]*gthread{l.main}, l.threads...) {
			if th.state == threadBlocked && th.cur != nil && th.cur.doomed && th.cur.live {
				l.wakeThread(th)
				progressed = true
			}
		}
		for _, ev := range l.allLoops() {
			for _, t := range append([]*Future(nil), ev.tasks...) {
				if t.fiber != nil && t.fiber.doomed && t.fiber.live && !t.done() && (t.waiter != nil || t.yielding) {
					t.step(errAbort())
					progressed = true
				}
			}
		}
		for len(l.runq) > 0 {
			th := l.runq[0]
			l.runq = l.runq[1:]
			if th.state != threadRunnable || !th.cur.live {
				continue
			}
			th.state = threadRunning
			l.switchTo(th.cur)
			progressed = true
		}
		if !progressed {
			break
		}
	}
}

// BetweenCells reports whether the running code runs between two cells:
// under Jupyter semantics with no time between cells ([Options.Horizon]
// 0), what the loop and threads run when [Loop.RunCell] starts, before the
// cell's own code. ipykernel 6 sends what that code flushes as output of
// the previous cell, which nbclient no longer records (see the package
// doc); the kernel keeps the rest for the starting cell.
func (l *Loop) BetweenCells() bool {
	return !l.opts.Script && l.opts.Horizon == 0 && l.startCell != nil
}

// writeStderr writes s to Python's sys.stderr, or nowhere if there is none.
func (l *Loop) writeStderr(s string) {
	l.writeStream("stderr", s)
}

func (l *Loop) writeStream(name, s string) {
	if l.ctx == nil {
		return
	}
	sys, err := l.ctx.GetModule("sys")
	if err != nil {
		return
	}
	stream, ok := sys.Globals[name]
	if !ok {
		return
	}
	w, err := py.GetAttrString(stream, "write")
	if err != nil {
		return
	}
	_, _ = py.Call(w, py.Tuple{py.String(s)}, nil)
}

var debugSched = false
