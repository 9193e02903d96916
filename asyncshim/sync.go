package asyncshim

// This file defines synchronisation primitives: asyncio's Lock, Event,
// Condition, Semaphore, BoundedSemaphore and Queue family (waiting on
// futures, as asyncio/locks.py and queues.py do), and threading's Lock,
// RLock, Event, Semaphore, Condition and queue.Queue family (blocking the
// emulated thread).

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// waitFut parks the current task on a new future appended to *waiters, and
// removes it again afterwards.
func (l *Loop) waitFut(waiters *[]*Future) (*Future, error) {
	t := l.currentTask()
	if t == nil {
		return nil, newExc(py.RuntimeError, "no running event loop")
	}
	fut := newFuture(t.loop)
	*waiters = append(*waiters, fut)
	_, err := t.awaitFuture(fut)
	for i, w := range *waiters {
		if w == fut {
			*waiters = append((*waiters)[:i], (*waiters)[i+1:]...)
			break
		}
	}
	return fut, err
}

// ALock is asyncio.Lock.
type ALock struct {
	l       *Loop
	locked  bool
	waiters []*Future
}

func (a *ALock) Type() *py.Type { return a.l.ty.alock }
func (a *ALock) M__repr__() (py.Object, error) {
	s := "unlocked"
	if a.locked {
		s = "locked"
	}
	if len(a.waiters) > 0 {
		s += fmt.Sprintf(", waiters:%d", len(a.waiters))
	}
	return py.String(fmt.Sprintf("<asyncio.locks.Lock object at %s [%s]>", addr(a), s)), nil
}

func (a *ALock) acquire() (py.Object, error) {
	free := true
	for _, w := range a.waiters {
		if w.state != futCancelled {
			free = false
		}
	}
	if !a.locked && free {
		a.locked = true
		return py.True, nil
	}
	fut, err := a.l.waitFut(&a.waiters)
	if err != nil {
		if isCancelled(err) && !a.locked {
			a.wakeFirst()
		}
		_ = fut
		return nil, err
	}
	a.locked = true
	return py.True, nil
}

func (a *ALock) wakeFirst() {
	if len(a.waiters) == 0 {
		return
	}
	if f := a.waiters[0]; !f.done() {
		_ = f.setResult(py.True)
	}
}

func (a *ALock) release() error {
	if !a.locked {
		return newExc(py.RuntimeError, "Lock is not acquired.")
	}
	a.locked = false
	a.wakeFirst()
	return nil
}

func aenterExit(l *Loop, acquire func() (py.Object, error), release func() error) map[string]interface{} {
	return nil
}

func alockMethods() map[string]interface{} {
	return map[string]interface{}{
		"acquire": func(self py.Object) (py.Object, error) {
			a := self.(*ALock)
			return newGoCoro(a.l, "Lock.acquire", a.acquire), nil
		},
		"release": func(self py.Object) (py.Object, error) {
			return py.None, self.(*ALock).release()
		},
		"locked": func(self py.Object) (py.Object, error) {
			return py.NewBool(self.(*ALock).locked), nil
		},
		"__aenter__": func(self py.Object) (py.Object, error) {
			a := self.(*ALock)
			return newGoCoro(a.l, "Lock.__aenter__", func() (py.Object, error) {
				_, err := a.acquire()
				return py.None, err
			}), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			a := self.(*ALock)
			return newGoCoro(a.l, "Lock.__aexit__", func() (py.Object, error) {
				return py.None, a.release()
			}), nil
		},
	}
}

// AEvent is asyncio.Event.
type AEvent struct {
	l       *Loop
	value   bool
	waiters []*Future
}

func (e *AEvent) Type() *py.Type { return e.l.ty.aevent }
func (e *AEvent) M__repr__() (py.Object, error) {
	s := "unset"
	if e.value {
		s = "set"
	}
	if len(e.waiters) > 0 {
		s += fmt.Sprintf(", waiters:%d", len(e.waiters))
	}
	return py.String(fmt.Sprintf("<asyncio.locks.Event object at %s [%s]>", addr(e), s)), nil
}

func aeventMethods() map[string]interface{} {
	return map[string]interface{}{
		"set": func(self py.Object) (py.Object, error) {
			e := self.(*AEvent)
			if !e.value {
				e.value = true
				for _, f := range e.waiters {
					if !f.done() {
						_ = f.setResult(py.True)
					}
				}
			}
			return py.None, nil
		},
		"clear": func(self py.Object) (py.Object, error) {
			self.(*AEvent).value = false
			return py.None, nil
		},
		"is_set": func(self py.Object) (py.Object, error) {
			return py.NewBool(self.(*AEvent).value), nil
		},
		"wait": func(self py.Object) (py.Object, error) {
			e := self.(*AEvent)
			return newGoCoro(e.l, "Event.wait", func() (py.Object, error) {
				if e.value {
					return py.True, nil
				}
				if _, err := e.l.waitFut(&e.waiters); err != nil {
					return nil, err
				}
				return py.True, nil
			}), nil
		},
	}
}

// ASemaphore is asyncio.Semaphore and asyncio.BoundedSemaphore.
type ASemaphore struct {
	l       *Loop
	value   int
	bound   int // -1 unless bounded
	waiters []*Future
}

func (s *ASemaphore) Type() *py.Type {
	if s.bound >= 0 {
		return s.l.ty.abounded
	}
	return s.l.ty.asemaphore
}

func (s *ASemaphore) M__repr__() (py.Object, error) {
	st := fmt.Sprintf("unlocked, value:%d", s.value)
	if s.isLocked() {
		st = "locked"
	}
	if len(s.waiters) > 0 {
		st += fmt.Sprintf(", waiters:%d", len(s.waiters))
	}
	cls := "Semaphore"
	if s.bound >= 0 {
		cls = "BoundedSemaphore"
	}
	return py.String(fmt.Sprintf("<asyncio.locks.%s object at %s [%s]>", cls, addr(s), st)), nil
}

func (s *ASemaphore) isLocked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if w.state != futCancelled {
			return true
		}
	}
	return false
}

func (s *ASemaphore) wakeNext() bool {
	for _, f := range s.waiters {
		if !f.done() {
			s.value--
			_ = f.setResult(py.True)
			return true
		}
	}
	return false
}

func (s *ASemaphore) acquire() (py.Object, error) {
	if !s.isLocked() {
		s.value--
		return py.True, nil
	}
	fut, err := s.l.waitFut(&s.waiters)
	if err != nil {
		if isCancelled(err) && fut != nil && fut.state != futCancelled {
			s.value++
			s.wakeNext()
		}
		return nil, err
	}
	if s.value > 0 {
		s.wakeNext()
	}
	return py.True, nil
}

func (s *ASemaphore) release() error {
	if s.bound >= 0 && s.value >= s.bound {
		return newExc(py.ValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeNext()
	return nil
}

func asemMethods() map[string]interface{} {
	return map[string]interface{}{
		"acquire": func(self py.Object) (py.Object, error) {
			s := self.(*ASemaphore)
			return newGoCoro(s.l, "Semaphore.acquire", s.acquire), nil
		},
		"release": func(self py.Object) (py.Object, error) { return py.None, self.(*ASemaphore).release() },
		"locked":  func(self py.Object) (py.Object, error) { return py.NewBool(self.(*ASemaphore).isLocked()), nil },
		"__aenter__": func(self py.Object) (py.Object, error) {
			s := self.(*ASemaphore)
			return newGoCoro(s.l, "Semaphore.__aenter__", func() (py.Object, error) {
				_, err := s.acquire()
				return py.None, err
			}), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			s := self.(*ASemaphore)
			return newGoCoro(s.l, "Semaphore.__aexit__", func() (py.Object, error) { return py.None, s.release() }), nil
		},
	}
}

// ACondition is asyncio.Condition.
type ACondition struct {
	l       *Loop
	lock    *ALock
	waiters []*Future
}

func (c *ACondition) Type() *py.Type { return c.l.ty.acondition }
func (c *ACondition) M__repr__() (py.Object, error) {
	s := "unlocked"
	if c.lock.locked {
		s = "locked"
	}
	if len(c.waiters) > 0 {
		s += fmt.Sprintf(", waiters:%d", len(c.waiters))
	}
	return py.String(fmt.Sprintf("<asyncio.locks.Condition object at %s [%s]>", addr(c), s)), nil
}

func (c *ACondition) wait() (py.Object, error) {
	if !c.lock.locked {
		return nil, newExc(py.RuntimeError, "cannot wait on un-acquired lock")
	}
	_ = c.lock.release()
	_, werr := c.l.waitFut(&c.waiters)
	// Reacquire, even if cancelled.
	var cancelled error
	for {
		_, err := c.lock.acquire()
		if err == nil {
			break
		}
		if isCancelled(err) {
			cancelled = err
			continue
		}
		return nil, err
	}
	if werr != nil {
		return nil, werr
	}
	if cancelled != nil {
		return nil, cancelled
	}
	return py.True, nil
}

func (c *ACondition) notify(n int) error {
	if !c.lock.locked {
		return newExc(py.RuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.done() {
			idx++
			_ = f.setResult(py.False)
		}
	}
	return nil
}

func aconditionMethods() map[string]interface{} {
	return map[string]interface{}{
		"acquire": func(self py.Object) (py.Object, error) {
			c := self.(*ACondition)
			return newGoCoro(c.l, "Condition.acquire", c.lock.acquire), nil
		},
		"release": func(self py.Object) (py.Object, error) { return py.None, self.(*ACondition).lock.release() },
		"locked":  func(self py.Object) (py.Object, error) { return py.NewBool(self.(*ACondition).lock.locked), nil },
		"wait": func(self py.Object) (py.Object, error) {
			c := self.(*ACondition)
			return newGoCoro(c.l, "Condition.wait", c.wait), nil
		},
		"wait_for": func(self py.Object, pred py.Object) (py.Object, error) {
			c := self.(*ACondition)
			return newGoCoro(c.l, "Condition.wait_for", func() (py.Object, error) {
				for {
					r, err := py.Call(pred, nil, nil)
					if err != nil {
						return nil, err
					}
					if pyTruth(r) {
						return r, nil
					}
					if _, err := c.wait(); err != nil {
						return nil, err
					}
				}
			}), nil
		},
		"notify": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var n py.Object = py.Int(1)
			if err := unpack("notify", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			k, err := py.MakeGoInt(n)
			if err != nil {
				return nil, err
			}
			return py.None, self.(*ACondition).notify(k)
		},
		"notify_all": func(self py.Object) (py.Object, error) {
			c := self.(*ACondition)
			return py.None, c.notify(len(c.waiters))
		},
		"__aenter__": func(self py.Object) (py.Object, error) {
			c := self.(*ACondition)
			return newGoCoro(c.l, "Condition.__aenter__", func() (py.Object, error) {
				_, err := c.lock.acquire()
				return py.None, err
			}), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			c := self.(*ACondition)
			return newGoCoro(c.l, "Condition.__aexit__", func() (py.Object, error) { return py.None, c.lock.release() }), nil
		},
	}
}

// queueKind is FIFO, LIFO or priority order.
type queueKind int

const (
	fifo queueKind = iota
	lifo
	priority
)

// items is the storage of every queue type.
type items struct {
	kind queueKind
	data []py.Object
}

func (q *items) put(v py.Object) error {
	if q.kind != priority {
		q.data = append(q.data, v)
		return nil
	}
	// heappush: sift up with `<`.
	q.data = append(q.data, v)
	i := len(q.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		lt, err := pyLess(q.data[i], q.data[p])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		q.data[i], q.data[p] = q.data[p], q.data[i]
		i = p
	}
	return nil
}

func (q *items) get() (py.Object, error) {
	switch q.kind {
	case lifo:
		v := q.data[len(q.data)-1]
		q.data = q.data[:len(q.data)-1]
		return v, nil
	case priority:
		top := q.data[0]
		last := q.data[len(q.data)-1]
		q.data = q.data[:len(q.data)-1]
		if len(q.data) > 0 {
			q.data[0] = last
			i := 0
			for {
				c := 2*i + 1
				if c >= len(q.data) {
					break
				}
				if c+1 < len(q.data) {
					lt, err := pyLess(q.data[c+1], q.data[c])
					if err != nil {
						return nil, err
					}
					if lt {
						c++
					}
				}
				lt, err := pyLess(q.data[c], q.data[i])
				if err != nil {
					return nil, err
				}
				if !lt {
					break
				}
				q.data[i], q.data[c] = q.data[c], q.data[i]
				i = c
			}
		}
		return top, nil
	}
	v := q.data[0]
	q.data = q.data[1:]
	return v, nil
}

func pyLess(a, b py.Object) (bool, error) {
	r, err := py.Lt(a, b)
	if err != nil {
		return false, err
	}
	return pyTruth(r), nil
}

// AQueue is asyncio.Queue, LifoQueue and PriorityQueue.
type AQueue struct {
	l          *Loop
	maxsize    int
	items      items
	getters    []*Future
	putters    []*Future
	unfinished int
	finished   *AEvent
}

func (q *AQueue) Type() *py.Type {
	switch q.items.kind {
	case lifo:
		return q.l.ty.alifo
	case priority:
		return q.l.ty.apriority
	}
	return q.l.ty.aqueue
}

// M__repr__ is "<Queue at 0x... maxsize=0 ...>"; str() and print leave
// the address out ("<Queue maxsize=0 ...>"), as CPython's Queue.__str__.
func (q *AQueue) M__repr__() (py.Object, error) { return q.format(true), nil }
func (q *AQueue) M__str__() (py.Object, error)  { return q.format(false), nil }

func (q *AQueue) format(withAddr bool) py.String {
	cls := map[queueKind]string{fifo: "Queue", lifo: "LifoQueue", priority: "PriorityQueue"}[q.items.kind]
	s := "<" + cls
	if withAddr {
		s += " at " + addr(q)
	}
	s += fmt.Sprintf(" maxsize=%d", q.maxsize)
	if len(q.items.data) > 0 {
		r := repr(py.NewListFromItems(q.items.data))
		s += " _queue=" + r
	}
	if len(q.getters) > 0 {
		s += fmt.Sprintf(" _getters[%d]", len(q.getters))
	}
	if len(q.putters) > 0 {
		s += fmt.Sprintf(" _putters[%d]", len(q.putters))
	}
	if q.unfinished > 0 {
		s += fmt.Sprintf(" tasks=%d", q.unfinished)
	}
	return py.String(s + ">")
}

func (q *AQueue) full() bool { return q.maxsize > 0 && len(q.items.data) >= q.maxsize }

func wakeupNext(ws *[]*Future) {
	for len(*ws) > 0 {
		w := (*ws)[0]
		*ws = (*ws)[1:]
		if !w.done() {
			_ = w.setResult(py.None)
			return
		}
	}
}

func (q *AQueue) putNowait(v py.Object) error {
	if q.full() {
		return newExcObj(QueueFullType)
	}
	if err := q.items.put(v); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	wakeupNext(&q.getters)
	return nil
}

func (q *AQueue) getNowait() (py.Object, error) {
	if len(q.items.data) == 0 {
		return nil, newExcObj(QueueEmptyType)
	}
	v, err := q.items.get()
	if err != nil {
		return nil, err
	}
	wakeupNext(&q.putters)
	return v, nil
}

func aqueueMethods() map[string]interface{} {
	return map[string]interface{}{
		"put": func(self py.Object, v py.Object) (py.Object, error) {
			q := self.(*AQueue)
			return newGoCoro(q.l, "Queue.put", func() (py.Object, error) {
				for q.full() {
					fut, err := q.l.waitFut(&q.putters)
					if err != nil {
						if !q.full() && fut != nil && fut.state != futCancelled {
							wakeupNext(&q.putters)
						}
						return nil, err
					}
				}
				return py.None, q.putNowait(v)
			}), nil
		},
		"get": func(self py.Object) (py.Object, error) {
			q := self.(*AQueue)
			return newGoCoro(q.l, "Queue.get", func() (py.Object, error) {
				for len(q.items.data) == 0 {
					fut, err := q.l.waitFut(&q.getters)
					if err != nil {
						if len(q.items.data) > 0 && fut != nil && fut.state != futCancelled {
							wakeupNext(&q.getters)
						}
						return nil, err
					}
				}
				return q.getNowait()
			}), nil
		},
		"put_nowait": func(self py.Object, v py.Object) (py.Object, error) {
			return py.None, self.(*AQueue).putNowait(v)
		},
		"get_nowait": func(self py.Object) (py.Object, error) {
			return self.(*AQueue).getNowait()
		},
		"task_done": func(self py.Object) (py.Object, error) {
			q := self.(*AQueue)
			if q.unfinished <= 0 {
				return nil, newExc(py.ValueError, "task_done() called too many times")
			}
			q.unfinished--
			if q.unfinished == 0 {
				f := q.finished
				f.value = true
				for _, w := range f.waiters {
					if !w.done() {
						_ = w.setResult(py.True)
					}
				}
			}
			return py.None, nil
		},
		"join": func(self py.Object) (py.Object, error) {
			q := self.(*AQueue)
			return newGoCoro(q.l, "Queue.join", func() (py.Object, error) {
				if q.unfinished > 0 && !q.finished.value {
					if _, err := q.l.waitFut(&q.finished.waiters); err != nil {
						return nil, err
					}
				}
				return py.None, nil
			}), nil
		},
		"qsize": func(self py.Object) (py.Object, error) { return py.Int(len(self.(*AQueue).items.data)), nil },
		"empty": func(self py.Object) (py.Object, error) { return py.NewBool(len(self.(*AQueue).items.data) == 0), nil },
		"full":  func(self py.Object) (py.Object, error) { return py.NewBool(self.(*AQueue).full()), nil },
	}
}

func (q *AQueue) M__getattr__(name string) (py.Object, error) {
	if name == "maxsize" {
		return py.Int(q.maxsize), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", q.Type().Name, name))
}

// Thread-blocking primitives.

// waitq is a list of blocked threads.
type waitq []*gthread

func (w *waitq) remove(th *gthread) {
	for i, x := range *w {
		if x == th {
			*w = append((*w)[:i], (*w)[i+1:]...)
			return
		}
	}
}

// blockOn blocks the current thread on w until woken or the timeout (in
// seconds, negative for none) passes; it reports whether it was woken.
func (l *Loop) blockOn(w *waitq, what string, timeout float64) (bool, error) {
	me := l.curThread()
	*w = append(*w, me)
	var dl *key
	if timeout >= 0 {
		k := l.after(timeout)
		dl = &k
	}
	timedOut, err := l.block(what, dl)
	w.remove(me)
	return !timedOut, err
}

func (l *Loop) wakeOne(w *waitq) {
	if len(*w) > 0 {
		th := (*w)[0]
		*w = (*w)[1:]
		l.wakeThread(th)
	}
}

func (l *Loop) wakeAll(w *waitq) {
	for _, th := range *w {
		l.wakeThread(th)
	}
	*w = nil
}

// timeoutArgs reads acquire(blocking=True, timeout=-1) style arguments and
// returns the timeout in seconds (negative: wait forever; 0: do not block).
func timeoutArgs(fn string, args py.Tuple, kwargs py.StringDict) (float64, error) {
	var blocking, timeout py.Object = py.True, py.Int(-1)
	if err := unpack(fn, args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return 0, err
	}
	if timeout == py.None {
		timeout = py.Int(-1)
	}
	t, err := toSeconds(fn, timeout)
	if err != nil {
		return 0, err
	}
	if !pyTruth(blocking) {
		if t != -1 {
			return 0, newExc(py.ValueError, "can't specify a timeout for a non-blocking call")
		}
		return 0, nil
	}
	if t < 0 && t != -1 {
		return 0, newExc(py.ValueError, "timeout value must be a non-negative number")
	}
	return t, nil
}

// TLock is threading.Lock and threading.RLock.
type TLock struct {
	l       *Loop
	rlock   bool
	owner   *gthread
	count   int
	waiters waitq
}

func (k *TLock) Type() *py.Type {
	if k.rlock {
		return k.l.ty.trlock
	}
	return k.l.ty.tlock
}

func (k *TLock) M__repr__() (py.Object, error) {
	if k.rlock {
		st := "unlocked"
		owner := "0"
		if k.count > 0 {
			st = "locked"
			owner = fmt.Sprint(k.owner.ident)
		}
		return py.String(fmt.Sprintf("<%s _thread.RLock object owner=%s count=%d at %s>", st, owner, k.count, addr(k))), nil
	}
	st := "unlocked"
	if k.count > 0 {
		st = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.lock object at %s>", st, addr(k))), nil
}

func (k *TLock) acquire(timeout float64) (bool, error) {
	me := k.l.curThread()
	if k.rlock && k.count > 0 && k.owner == me {
		k.count++
		return true, nil
	}
	for k.count > 0 {
		if timeout == 0 {
			return false, nil
		}
		ok, err := k.l.blockOn(&k.waiters, "a lock", timeout)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, nil
		}
	}
	k.count = 1
	k.owner = me
	return true, nil
}

func (k *TLock) release() error {
	if k.count == 0 {
		if k.rlock {
			return newExc(py.RuntimeError, "cannot release un-acquired lock")
		}
		return newExc(py.RuntimeError, "release unlocked lock")
	}
	if k.rlock && k.owner != k.l.curThread() {
		return newExc(py.RuntimeError, "cannot release un-acquired lock")
	}
	k.count--
	if k.count == 0 {
		k.owner = nil
		k.l.wakeOne(&k.waiters)
	}
	return nil
}

func tlockMethods() map[string]interface{} {
	acquire := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := timeoutArgs("acquire", args, kwargs)
		if err != nil {
			return nil, err
		}
		ok, err := self.(*TLock).acquire(t)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}
	return map[string]interface{}{
		"acquire":   acquire,
		"__enter__": acquire,
		"release":   func(self py.Object) (py.Object, error) { return py.None, self.(*TLock).release() },
		"__exit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.False, self.(*TLock).release()
		},
		"locked": func(self py.Object) (py.Object, error) { return py.NewBool(self.(*TLock).count > 0), nil },
	}
}

func (k *TLock) M__enter__() (py.Object, error) {
	_, err := k.acquire(-1)
	return py.True, err
}
func (k *TLock) M__exit__(t, v, tb py.Object) (py.Object, error) { return py.False, k.release() }

// TEvent is threading.Event.
type TEvent struct {
	l       *Loop
	flag    bool
	waiters waitq
}

func (e *TEvent) Type() *py.Type { return e.l.ty.tevent }
func (e *TEvent) M__repr__() (py.Object, error) {
	s := "unset"
	if e.flag {
		s = "set"
	}
	return py.String(fmt.Sprintf("<threading.Event at %s: %s>", addr(e), s)), nil
}

func teventMethods() map[string]interface{} {
	return map[string]interface{}{
		"set": func(self py.Object) (py.Object, error) {
			e := self.(*TEvent)
			e.flag = true
			e.l.wakeAll(&e.waiters)
			return py.None, nil
		},
		"clear":  func(self py.Object) (py.Object, error) { self.(*TEvent).flag = false; return py.None, nil },
		"is_set": func(self py.Object) (py.Object, error) { return py.NewBool(self.(*TEvent).flag), nil },
		"isSet":  func(self py.Object) (py.Object, error) { return py.NewBool(self.(*TEvent).flag), nil },
		"wait": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			e := self.(*TEvent)
			var timeout py.Object = py.None
			if err := unpack("wait", args, kwargs, "timeout?", &timeout); err != nil {
				return nil, err
			}
			t := -1.0
			if timeout != py.None {
				var err error
				if t, err = toSeconds("wait", timeout); err != nil {
					return nil, err
				}
				if t < 0 {
					t = 0
				}
			}
			if !e.flag {
				if _, err := e.l.blockOn(&e.waiters, "an Event", t); err != nil {
					return nil, err
				}
			}
			return py.NewBool(e.flag), nil
		},
	}
}

// TSemaphore is threading.Semaphore and BoundedSemaphore.
type TSemaphore struct {
	l       *Loop
	value   int
	bound   int // -1 unless bounded
	waiters waitq
}

func (s *TSemaphore) Type() *py.Type {
	if s.bound >= 0 {
		return s.l.ty.tbounded
	}
	return s.l.ty.tsemaphore
}

func (s *TSemaphore) acquire(timeout float64) (bool, error) {
	for s.value == 0 {
		if timeout == 0 {
			return false, nil
		}
		ok, err := s.l.blockOn(&s.waiters, "a Semaphore", timeout)
		if err != nil || !ok {
			return false, err
		}
	}
	s.value--
	return true, nil
}

func (s *TSemaphore) release(n int) error {
	if s.bound >= 0 && s.value+n > s.bound {
		return newExc(py.ValueError, "Semaphore released too many times")
	}
	s.value += n
	for i := 0; i < n; i++ {
		s.l.wakeOne(&s.waiters)
	}
	return nil
}

func (s *TSemaphore) M__enter__() (py.Object, error) {
	_, err := s.acquire(-1)
	return py.True, err
}
func (s *TSemaphore) M__exit__(t, v, tb py.Object) (py.Object, error) { return py.False, s.release(1) }

func tsemMethods() map[string]interface{} {
	return map[string]interface{}{
		"acquire": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, err := timeoutArgs("acquire", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := self.(*TSemaphore).acquire(t)
			if err != nil {
				return nil, err
			}
			return py.NewBool(ok), nil
		},
		"release": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var n py.Object = py.Int(1)
			if err := unpack("release", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			k, err := py.MakeGoInt(n)
			if err != nil {
				return nil, err
			}
			return py.None, self.(*TSemaphore).release(k)
		},
	}
}

// TCondition is threading.Condition.
type TCondition struct {
	l       *Loop
	lock    *TLock
	waiters waitq
}

func (c *TCondition) Type() *py.Type { return c.l.ty.tcondition }

func (c *TCondition) M__enter__() (py.Object, error) {
	_, err := c.lock.acquire(-1)
	return py.True, err
}
func (c *TCondition) M__exit__(t, v, tb py.Object) (py.Object, error) {
	return py.False, c.lock.release()
}

func (c *TCondition) wait(timeout float64) (bool, error) {
	me := c.l.curThread()
	if c.lock.count == 0 || c.lock.owner != me {
		return false, newExc(py.RuntimeError, "cannot wait on un-acquired lock")
	}
	saved := c.lock.count
	c.lock.count = 1
	if err := c.lock.release(); err != nil {
		return false, err
	}
	ok, err := c.l.blockOn(&c.waiters, "a Condition", timeout)
	if _, err2 := c.lock.acquire(-1); err2 != nil && err == nil {
		err = err2
	}
	c.lock.count = saved
	return ok, err
}

func tconditionMethods() map[string]interface{} {
	return map[string]interface{}{
		"acquire": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, err := timeoutArgs("acquire", args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := self.(*TCondition).lock.acquire(t)
			return py.NewBool(ok), err
		},
		"release": func(self py.Object) (py.Object, error) { return py.None, self.(*TCondition).lock.release() },
		"wait": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var timeout py.Object = py.None
			if err := unpack("wait", args, kwargs, "timeout?", &timeout); err != nil {
				return nil, err
			}
			t := -1.0
			if timeout != py.None {
				var err error
				if t, err = toSeconds("wait", timeout); err != nil {
					return nil, err
				}
			}
			ok, err := self.(*TCondition).wait(t)
			return py.NewBool(ok), err
		},
		"wait_for": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var pred, timeout py.Object = nil, py.None
			if err := unpack("wait_for", args, kwargs, "predicate", &pred, "timeout?", &timeout); err != nil {
				return nil, err
			}
			c := self.(*TCondition)
			for {
				r, err := py.Call(pred, nil, nil)
				if err != nil || pyTruth(r) {
					return r, err
				}
				t := -1.0
				if timeout != py.None {
					if t, err = toSeconds("wait_for", timeout); err != nil {
						return nil, err
					}
				}
				ok, err := c.wait(t)
				if err != nil {
					return nil, err
				}
				if !ok {
					return py.Call(pred, nil, nil)
				}
			}
		},
		"notify": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var n py.Object = py.Int(1)
			if err := unpack("notify", args, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			k, err := py.MakeGoInt(n)
			if err != nil {
				return nil, err
			}
			c := self.(*TCondition)
			if c.lock.count == 0 {
				return nil, newExc(py.RuntimeError, "cannot notify on un-acquired lock")
			}
			for i := 0; i < k; i++ {
				c.l.wakeOne(&c.waiters)
			}
			return py.None, nil
		},
		"notify_all": func(self py.Object) (py.Object, error) {
			c := self.(*TCondition)
			if c.lock.count == 0 {
				return nil, newExc(py.RuntimeError, "cannot notify on un-acquired lock")
			}
			c.l.wakeAll(&c.waiters)
			return py.None, nil
		},
	}
}

// TQueue is queue.Queue, LifoQueue, PriorityQueue and SimpleQueue.
type TQueue struct {
	l          *Loop
	maxsize    int
	items      items
	getters    waitq
	putters    waitq
	joiners    waitq
	unfinished int
}

func (q *TQueue) Type() *py.Type {
	switch q.items.kind {
	case lifo:
		return q.l.ty.tlifo
	case priority:
		return q.l.ty.tpriority
	}
	return q.l.ty.tqueue
}

func (q *TQueue) full() bool { return q.maxsize > 0 && len(q.items.data) >= q.maxsize }

// M__getattr__ gives q.queue (a snapshot of the items: a collections.deque
// for Queue, a list for LifoQueue and PriorityQueue, as CPython prints
// them) and q.maxsize.
func (q *TQueue) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "maxsize":
		return py.Int(q.maxsize), nil
	case "queue":
		lst := py.NewListFromItems(append([]py.Object(nil), q.items.data...))
		if q.items.kind != fifo || q.l.ctx == nil {
			return lst, nil
		}
		imp, ok := q.l.ctx.Store().Builtins.Globals["__import__"]
		if !ok {
			return lst, nil
		}
		m, err := py.Call(imp, py.Tuple{py.String("collections")}, nil)
		if err != nil {
			return lst, nil
		}
		deque, err := py.GetAttrString(m, "deque")
		if err != nil {
			return lst, nil
		}
		return py.Call(deque, py.Tuple{lst}, nil)
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", q.Type().Name, name))
}

// blockArgs reads (block=True, timeout=None) and returns the timeout in
// seconds: negative waits forever, 0 does not block.
func blockArgs(fn string, block, timeout py.Object) (float64, error) {
	if !pyTruth(block) {
		return 0, nil
	}
	if timeout == py.None {
		return -1, nil
	}
	t, err := toSeconds(fn, timeout)
	if err != nil {
		return 0, err
	}
	if t < 0 {
		return 0, newExc(py.ValueError, "'timeout' must be a non-negative number")
	}
	return t, nil
}

func (q *TQueue) put(v py.Object, timeout float64) error {
	deadline := q.l.after(timeout)
	for q.full() {
		if timeout == 0 {
			return newExcObj(FullType)
		}
		left := -1.0
		if timeout > 0 {
			left = float64(deadline.t-q.l.nowKey().t) / 1e9
			if left <= 0 {
				return newExcObj(FullType)
			}
		}
		if _, err := q.l.blockOn(&q.putters, "queue.put", left); err != nil {
			return err
		}
	}
	if err := q.items.put(v); err != nil {
		return err
	}
	q.unfinished++
	q.l.wakeOne(&q.getters)
	return nil
}

func (q *TQueue) get(timeout float64) (py.Object, error) {
	deadline := q.l.after(timeout)
	for len(q.items.data) == 0 {
		if timeout == 0 {
			return nil, newExcObj(EmptyType)
		}
		left := -1.0
		if timeout > 0 {
			left = float64(deadline.t-q.l.nowKey().t) / 1e9
			if left <= 0 {
				return nil, newExcObj(EmptyType)
			}
		}
		if _, err := q.l.blockOn(&q.getters, "queue.get", left); err != nil {
			return nil, err
		}
	}
	v, err := q.items.get()
	if err != nil {
		return nil, err
	}
	q.l.wakeOne(&q.putters)
	return v, nil
}

func tqueueMethods() map[string]interface{} {
	return map[string]interface{}{
		"put": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var v, block, timeout py.Object = nil, py.True, py.None
			if err := unpack("put", args, kwargs, "item", &v, "block?", &block, "timeout?", &timeout); err != nil {
				return nil, err
			}
			t, err := blockArgs("put", block, timeout)
			if err != nil {
				return nil, err
			}
			return py.None, self.(*TQueue).put(v, t)
		},
		"put_nowait": func(self py.Object, v py.Object) (py.Object, error) {
			return py.None, self.(*TQueue).put(v, 0)
		},
		"get": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var block, timeout py.Object = py.True, py.None
			if err := unpack("get", args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
				return nil, err
			}
			t, err := blockArgs("get", block, timeout)
			if err != nil {
				return nil, err
			}
			return self.(*TQueue).get(t)
		},
		"get_nowait": func(self py.Object) (py.Object, error) { return self.(*TQueue).get(0) },
		"task_done": func(self py.Object) (py.Object, error) {
			q := self.(*TQueue)
			if q.unfinished <= 0 {
				return nil, newExc(py.ValueError, "task_done() called too many times")
			}
			q.unfinished--
			if q.unfinished == 0 {
				q.l.wakeAll(&q.joiners)
			}
			return py.None, nil
		},
		"join": func(self py.Object) (py.Object, error) {
			q := self.(*TQueue)
			for q.unfinished > 0 {
				if _, err := q.l.blockOn(&q.joiners, "queue.join", -1); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		},
		"qsize": func(self py.Object) (py.Object, error) { return py.Int(len(self.(*TQueue).items.data)), nil },
		"empty": func(self py.Object) (py.Object, error) { return py.NewBool(len(self.(*TQueue).items.data) == 0), nil },
		"full":  func(self py.Object) (py.Object, error) { return py.NewBool(self.(*TQueue).full()), nil },
	}
}

// ABarrier is asyncio.Barrier.
type ABarrier struct {
	l       *Loop
	parties int
	count   int
	state   string // "filling", "draining", "resetting", "broken"
	cond    *ACondition
}

func (b *ABarrier) Type() *py.Type { return b.l.ty.abarrier }

func (b *ABarrier) M__repr__() (py.Object, error) {
	s := b.state
	if s != "broken" {
		s += fmt.Sprintf(", waiters:%d/%d", b.count, b.parties)
	}
	return py.String(fmt.Sprintf("<asyncio.locks.Barrier object at %s [%s]>", addr(b), s)), nil
}

// wait is Barrier.wait, following asyncio/locks.py.
func (b *ABarrier) wait() (py.Object, error) {
	lock := b.cond.lock
	if _, err := lock.acquire(); err != nil {
		return nil, err
	}
	defer func() { _ = lock.release() }()
	waitWhile := func(pred func() bool) error {
		for pred() {
			if _, err := b.cond.wait(); err != nil {
				return err
			}
		}
		return nil
	}
	if err := waitWhile(func() bool { return b.state == "draining" || b.state == "resetting" }); err != nil {
		return nil, err
	}
	if b.state == "broken" {
		return nil, newExc(BrokenBarrierType, "")
	}
	index := b.count
	b.count++
	var werr error
	if index+1 == b.parties {
		b.state = "draining"
		_ = b.cond.notify(len(b.cond.waiters))
	} else {
		werr = waitWhile(func() bool { return b.state == "filling" })
		if werr == nil && b.state == "broken" {
			werr = newExc(BrokenBarrierType, "")
		}
	}
	b.count--
	if b.count == 0 && (b.state == "draining" || b.state == "resetting") {
		b.state = "filling"
		_ = b.cond.notify(len(b.cond.waiters))
	}
	if werr != nil {
		if isCancelled(werr) {
			b.state = "broken"
			_ = b.cond.notify(len(b.cond.waiters))
		}
		return nil, werr
	}
	return py.Int(index), nil
}

func abarrierMethods() map[string]interface{} {
	return map[string]interface{}{
		"wait": func(self py.Object) (py.Object, error) {
			b := self.(*ABarrier)
			return newGoCoro(b.l, "Barrier.wait", b.wait), nil
		},
		// async with barrier as index: waits at the barrier on entry.
		"__aenter__": func(self py.Object) (py.Object, error) {
			b := self.(*ABarrier)
			return newGoCoro(b.l, "Barrier.__aenter__", b.wait), nil
		},
		"__aexit__": func(self py.Object, args py.Tuple) (py.Object, error) {
			b := self.(*ABarrier)
			return newGoCoro(b.l, "Barrier.__aexit__", func() (py.Object, error) { return py.None, nil }), nil
		},
		"abort": func(self py.Object) (py.Object, error) {
			b := self.(*ABarrier)
			return newGoCoro(b.l, "Barrier.abort", func() (py.Object, error) {
				b.state = "broken"
				for _, f := range b.cond.waiters {
					if !f.done() {
						_ = f.setResult(py.False)
					}
				}
				return py.None, nil
			}), nil
		},
	}
}

func (b *ABarrier) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "parties":
		return py.Int(b.parties), nil
	case "n_waiting":
		if b.state == "filling" {
			return py.Int(b.count), nil
		}
		return py.Int(0), nil
	case "broken":
		return py.NewBool(b.state == "broken"), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'Barrier' object has no attribute '%s'", name))
}
