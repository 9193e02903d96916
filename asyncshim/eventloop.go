package asyncshim

// This file defines the asyncio event loop: a ready queue of handles and a
// heap of timer handles, run one iteration at a time as CPython's
// BaseEventLoop._run_once does. When nothing is ready the loop blocks its
// thread until its earliest timer (the "select").

import (
	"container/heap"
	"fmt"
	"reflect"

	"github.com/go-python/gpython/py"
)

// Handle is a callback scheduled on an event loop (asyncio.Handle and
// asyncio.TimerHandle).
type Handle struct {
	loop      *EventLoop
	fn        func()
	name      string
	cb        py.Object
	args      py.Tuple
	cancelled bool
	timer     bool
	when      key
	seq       uint64
	index     int
}

// HandleType and TimerHandleType are the Python types of handles.
var (
	HandleType      = py.NewType("Handle", "Object returned by callback registration methods.")
	TimerHandleType = builtinType(HandleType.NewType("TimerHandle", "Object returned by timed callback registration methods.", nil, nil))
)

// Type returns asyncio.Handle or asyncio.TimerHandle.
func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

func (h *Handle) M__repr__() (py.Object, error) {
	name := h.name
	if h.cb != nil {
		name = callableName(h.cb)
	}
	cls := "Handle"
	if h.timer {
		cls = "TimerHandle"
	}
	state := ""
	if h.cancelled {
		state = " cancelled"
	}
	when := ""
	if h.timer {
		when = fmt.Sprintf(" when=%v", virtualMonotonic+float64(h.when.t)/1e9)
	}
	return py.String(fmt.Sprintf("<%s%s%s %s()>", cls, state, when, name)), nil
}

var handleMethods = map[string]interface{}{
	"cancel": func(self py.Object) (py.Object, error) {
		self.(*Handle).cancelled = true
		return py.None, nil
	},
	"cancelled": func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*Handle).cancelled), nil
	},
	"when": func(self py.Object) (py.Object, error) {
		return py.Float(virtualMonotonic + float64(self.(*Handle).when.t)/1e9), nil
	},
	"get_context": func(self py.Object) (py.Object, error) { return py.None, nil },
}

func init() {
	addMethods(HandleType, handleMethods)
	addMethods(TimerHandleType, handleMethods)
}

func (h *Handle) run() {
	if h.fn != nil {
		h.fn()
		return
	}
	if _, err := py.Call(h.cb, h.args, nil); err != nil {
		r := repr(h)
		h.loop.reportError("Exception in callback "+r[1:len(r)-1], err)
	}
}

type handleHeap []*Handle

func (q handleHeap) Len() int { return len(q) }
func (q handleHeap) Less(i, j int) bool {
	if q[i].when != q[j].when {
		return q[i].when.less(q[j].when)
	}
	return q[i].seq < q[j].seq
}
func (q handleHeap) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *handleHeap) Push(x interface{}) { h := x.(*Handle); h.index = len(*q); *q = append(*q, h) }
func (q *handleHeap) Pop() interface{} {
	old := *q
	h := old[len(old)-1]
	*q = old[:len(old)-1]
	return h
}

// EventLoop is an asyncio event loop.
type EventLoop struct {
	l        *Loop
	ready    []*Handle
	timers   handleHeap
	thread   *gthread // thread running the loop, or nil
	depth    int      // nesting depth of run calls
	stopping bool
	closed   bool
	forever  bool      // the Jupyter loop, always running
	tasks    []*Future // live tasks in creation order
	current  *Future   // task being stepped
	handler  py.Object // exception handler or nil
}

// EventLoopType is the Python type of event loops.
var EventLoopType = py.NewType("_UnixSelectorEventLoop", "Unix event loop.")

// Type returns the event loop type.
func (ev *EventLoop) Type() *py.Type { return EventLoopType }

func (ev *EventLoop) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_UnixSelectorEventLoop running=%s closed=%s debug=False>",
		pyBool(ev.isRunning()), pyBool(ev.closed))), nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func newEventLoop(l *Loop) *EventLoop {
	return &EventLoop{l: l}
}

func (ev *EventLoop) isRunning() bool { return ev.depth > 0 || ev.forever }

func (ev *EventLoop) callSoon(fn func(), name string) *Handle {
	h := &Handle{loop: ev, fn: fn, name: name}
	ev.ready = append(ev.ready, h)
	return h
}

func (ev *EventLoop) callSoonPy(cb py.Object, args py.Tuple) *Handle {
	h := &Handle{loop: ev, cb: cb, args: args}
	ev.ready = append(ev.ready, h)
	ev.wakeSelect()
	return h
}

func (ev *EventLoop) callAt(when key, h *Handle) *Handle {
	h.loop = ev
	h.timer = true
	h.when = when
	ev.l.seq++
	h.seq = ev.l.seq
	heap.Push(&ev.timers, h)
	return h
}

// wakeSelect wakes the loop's thread if it is blocked waiting for events.
func (ev *EventLoop) wakeSelect() {
	if th := ev.thread; th != nil && th.state == threadBlocked && th.select_ == ev {
		ev.l.wakeThread(th)
	}
}

// forget drops a task from the loop's live tasks.
func (ev *EventLoop) forget(t *Future) {
	for i, x := range ev.tasks {
		if x == t {
			ev.tasks = append(ev.tasks[:i], ev.tasks[i+1:]...)
			return
		}
	}
}

// runOnce is one iteration of the loop.
func (ev *EventLoop) runOnce() {
	l := ev.l
	for len(ev.timers) > 0 && ev.timers[0].cancelled {
		heap.Pop(&ev.timers)
	}
	if start := l.startCell; start != nil && len(ev.ready) == 0 && ev == l.jupyter && ev.depth == 0 && l.cur == l.mainLoop {
		l.startCell = nil
		start()
	}
	if len(ev.ready) == 0 && !ev.stopping {
		th := l.curThread()
		th.select_ = ev
		if len(ev.timers) > 0 {
			when := ev.timers[0].when
			l.block("event loop", &when)
		} else {
			l.block("event loop", nil)
		}
		th.select_ = nil
	}
	now := l.nowKey()
	for len(ev.timers) > 0 && !now.less(ev.timers[0].when) {
		h := heap.Pop(&ev.timers).(*Handle)
		if !h.cancelled {
			ev.ready = append(ev.ready, h)
		}
	}
	n := len(ev.ready)
	for i := 0; i < n && len(ev.ready) > 0; i++ {
		h := ev.ready[0]
		ev.ready[0] = nil
		ev.ready = ev.ready[1:]
		if !h.cancelled {
			h.run()
		}
		if l.cellAbort != nil {
			return
		}
		if ev.parkBetweenCells() {
			return
		}
	}
}

// enter marks the loop as running on the current thread.
func (ev *EventLoop) enter() error {
	if ev.closed {
		return newExc(py.RuntimeError, "Event loop is closed")
	}
	th := ev.l.curThread()
	if ev.isRunning() && !ev.l.nested {
		return newExc(py.RuntimeError, "This event loop is already running")
	}
	if !ev.isRunning() && len(th.loops) > 0 && !ev.l.nested {
		return newExc(py.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	ev.depth++
	ev.thread = th
	th.loops = append(th.loops, ev)
	return nil
}

func (ev *EventLoop) leave() {
	ev.depth--
	th := ev.l.curThread()
	for i := len(th.loops) - 1; i >= 0; i-- {
		if th.loops[i] == ev {
			th.loops = append(th.loops[:i], th.loops[i+1:]...)
			break
		}
	}
	if ev.depth == 0 && !ev.forever {
		ev.thread = nil
	}
	ev.stopping = false
}

// runUntilComplete runs the loop until fut is done and returns its result.
func (ev *EventLoop) runUntilComplete(fut *Future) (py.Object, error) {
	if err := ev.enter(); err != nil {
		return nil, err
	}
	stop := false
	fut.callbacks = append(fut.callbacks, futCallback{fn: func(*Future) { stop = true }, name: "_run_until_complete_cb"})
	for !stop && ev.l.cellAbort == nil {
		ev.runOnce()
		if ev.stopping {
			break
		}
		if ev.l.cur.doomed {
			ev.leave()
			return nil, errAbort()
		}
	}
	ev.leave()
	if !fut.done() {
		return nil, newExc(py.RuntimeError, "Event loop stopped before Future completed.")
	}
	return fut.resultErr()
}

// runForever runs the loop until stop() is called.
func (ev *EventLoop) runForever() error {
	if err := ev.enter(); err != nil {
		return err
	}
	for ev.l.cellAbort == nil {
		ev.runOnce()
		if ev.stopping {
			break
		}
		if ev.l.cur.doomed {
			ev.leave()
			return errAbort()
		}
	}
	ev.leave()
	return nil
}

// runForeverJupyter runs the always-running loop of a Jupyter kernel.
func (ev *EventLoop) runForeverJupyter() {
	ev.forever = true
	ev.thread = ev.l.main
	ev.l.main.loops = append(ev.l.main.loops, ev)
	for !ev.l.cur.doomed {
		ev.stopping = false
		ev.runOnce()
	}
}

// reportError prints what CPython's default exception handler logs.
func (ev *EventLoop) reportError(msg string, err error) {
	if ev.handler != nil && ev.handler != py.None {
		ctx := py.NewStringDict()
		ctx["message"] = py.String(msg)
		ctx["exception"] = excObject(err)
		if _, err2 := py.Call(ev.handler, py.Tuple{ev, ctx}, nil); err2 == nil {
			return
		}
	}
	ev.l.writeStderr(msg + "\n" + formatException(err))
}

// formatException renders an error as the last line of a traceback.
func formatException(err error) string {
	o := excObject(err)
	s, _ := py.StrAsString(o)
	name := o.Type().Name
	if s == "" {
		return name + "\n"
	}
	return name + ": " + s + "\n"
}

func uintptrOf(o interface{}) uint64 {
	v := reflect.ValueOf(o)
	if v.Kind() == reflect.Ptr {
		return uint64(v.Pointer())
	}
	return 0
}
