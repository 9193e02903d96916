package pyrun

// This file defines cooperative interruption. gpython's VM has no hook
// between instructions, so a pure CPU loop (`while True: pass`) would
// never give control back. The transpiler therefore puts a check on every
// loop back-edge (docs/lowering.md: `__nbc_on and` in each while test,
// `__nbc_loop(x)` around each for loop's iterable, and an `if __nbc_on`
// clause after each comprehension `for`), and the VM
// wrappers of recursion.go check at every Python call and generator
// resumption. A check is a decrement of a counter; every tickPeriod
// checks the clock is read and the stop flag looked at. Once a limit has
// passed, every check raises (the interruption is sticky), so code that
// catches the exception and loops on is stopped at its next back-edge or
// call, and a cell that swallowed it still ends as an error.
//
// Cost, measured as the best user CPU time of 7 runs of `nbcheck exec`
// with and without the transpiler's checks (--debug.no-checks; the call
// checks are in both) on bench/cpu, December 2026, 2 shared cores: arith
// +10.7%, containers -7% (noise), loops +8.8%, methods +2.7%, strings
// +3.3%. The worst case is a while loop with a two-statement body: +7% at
// module level and +14% in a function, where loading the flag with
// LOAD_GLOBAL instead of LOAD_CONST (rewriteChecks) cost +37%.

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyrt"
)

// tickPeriod is how many checks pass between two readings of the clock.
// A check costs a few nanoseconds; the clock about 20 ns, so it is read
// about every 5 µs of the fastest loops.
const tickPeriod = 256

// CellTimeoutError is the class of the exception that stops a cell at
// its wall-time limit (the name nbclient gives the same failure). It is a
// BaseException, as KeyboardInterrupt is, so that `except Exception`
// does not swallow it.
// Its metatype is type, as a builtin class's (gpython's NewType makes it
// BaseException, which let delattr change the class every kernel of the
// process shares).
var CellTimeoutError = func() *py.Type {
	t := py.BaseException.NewType("CellTimeoutError",
		"Raised where nbcheck stops a cell that ran past its wall-time limit.", nil, nil)
	t.ObjectType = py.TypeType
	return t
}()

// interrupter decides when running Python must stop. tick is called only
// by the goroutine that runs Python (exactly one at a time), so its
// fields need no lock; stop is set from any goroutine.
type interrupter struct {
	n        int       // checks left before the next clock reading
	deadline time.Time // zero: no wall-time limit
	why      string    // the limit the deadline stands for, for the message
	tripped  error     // sticky: the error every check raises now
	stop     atomic.Pointer[stopReason]
	preempt  func() error // the Runner's Preempt, if it has one
	stopped  atomic.Bool  // stop is set: checked at every check (a plain load)
}

// stopReason is an interruption asked from outside (the memory watchdog,
// Close).
type stopReason struct {
	class *py.Type
	msg   string
}

// tick is the check. It returns nil almost always.
func (in *interrupter) tick() error {
	if in.tripped != nil {
		return in.tripped
	}
	in.n--
	if in.n > 0 && !in.stopped.Load() {
		return nil
	}
	return in.slow()
}

func (in *interrupter) slow() error {
	in.n = tickPeriod
	if r := in.stop.Load(); r != nil {
		in.tripped = py.ExceptionNewf(r.class, "%s", r.msg)
		return in.tripped
	}
	if !in.deadline.IsZero() && time.Now().After(in.deadline) {
		in.tripped = py.ExceptionNewf(CellTimeoutError, "%s", in.why)
		return in.tripped
	}
	if in.preempt != nil {
		return in.preempt()
	}
	return nil
}

// startCell arms the interrupter for one cell.
func (in *interrupter) startCell(cellLimit time.Duration, nbDeadline time.Time) {
	in.n = 1 // read the clock at the first check
	in.tripped = nil
	in.deadline = time.Time{}
	if cellLimit > 0 {
		in.deadline = time.Now().Add(cellLimit)
		in.why = fmt.Sprintf("the cell ran more than %v of wall time (nbcheck --timeout)", cellLimit)
	}
	if !nbDeadline.IsZero() && (in.deadline.IsZero() || nbDeadline.Before(in.deadline)) {
		in.deadline = nbDeadline
		in.why = "the notebook ran past its wall-time limit (nbcheck --notebook-timeout)"
	}
}

// Interrupt makes the running cell stop at its next check with an
// exception of class (MemoryError, say) and message msg; every later
// check raises it too until ClearInterrupt. It is safe to call from any
// goroutine.
func (k *Kernel) Interrupt(class *py.Type, msg string) {
	k.intr.stop.Store(&stopReason{class: class, msg: msg})
	k.intr.stopped.Store(true)
}

// ClearInterrupt withdraws an [Kernel.Interrupt] that the next cell should
// not see.
func (k *Kernel) ClearInterrupt() {
	k.intr.stopped.Store(false)
	k.intr.stop.Store(nil)
}

// installInterrupt installs __nbc_on, __nbc_tick and __nbc_loop.
func (k *Kernel) installInterrupt() {
	in := k.intr
	b := k.ctx.Store().Builtins.Globals
	k.on = &onFlag{in}
	b["__nbc_on"] = k.on
	b["__nbc_tick"] = py.MustNewMethod("__nbc_tick", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := in.tick(); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, "__nbc_tick() raises if the cell must stop")
	b["__nbc_loop"] = py.MustNewMethod("__nbc_loop", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_loop expected 1 argument, got %d", len(args))
		}
		it, err := pyrt.Iter(args[0])
		if err != nil {
			return nil, err
		}
		return &loopIter{it: it, in: in}, nil
	}, 0, "__nbc_loop(x) iterates x, checking at each step whether the cell must stop")
}

// loopIter is the iterator of a for loop: iter(x) with a check at each
// step.
type loopIter struct {
	it py.Object
	in *interrupter
}

var loopIterType = py.NewType("iterator", "a loop's iterator")

func (l *loopIter) Type() *py.Type                { return loopIterType }
func (l *loopIter) M__iter__() (py.Object, error) { return l, nil }
func (l *loopIter) M__next__() (py.Object, error) {
	if err := l.in.tick(); err != nil {
		return nil, err
	}
	return py.Next(l.it)
}

// onFlag is __nbc_on: an object whose truth value is the check. A truth
// test is the cheapest way into Go from a loop's test (no call, no
// argument tuple), and rewriteChecks makes loading it a LOAD_CONST.
type onFlag struct{ in *interrupter }

var onFlagType = py.NewType("nbcheck_check", "True, or raises if the cell must stop")

func (l *onFlag) Type() *py.Type { return onFlagType }

func (l *onFlag) M__repr__() (py.Object, error) { return py.String("True"), nil }

// M__bool__ is the check.
func (l *onFlag) M__bool__() (py.Object, error) {
	if err := l.in.tick(); err != nil {
		return nil, err
	}
	return py.True, nil
}

// constNames are the reserved names whose loads rewriteChecks turns into
// constants: the check, and the helpers the transpiler emits for
// arithmetic operators, + and orderings that may meet tuples
// (docs/lowering.md), which a loop may call at every step. User code
// cannot bind __nbc_ names, so a name's value is the builtin's for the
// kernel's life.
var constNames = []string{"__nbc_on", "__nbc_truediv", "__nbc_pow", "__nbc_floordiv", "__nbc_mod",
	"__nbc_add", "__nbc_lt", "__nbc_le", "__nbc_gt", "__nbc_ge"}

// rewriteChecks replaces each load of a name of consts (the flag
// __nbc_on, the arithmetic helpers) in code and the code objects nested
// in it by a load of a constant holding its value: LOAD_NAME looks in
// three dicts and LOAD_GLOBAL in two, and a while loop's test would
// otherwise spend more on finding the flag than on the check. Both
// instructions are 3 bytes long, as is LOAD_CONST, so the rewrite is in
// place. Code compiled elsewhere (exec, eval, compile, modules) still
// finds the names among the builtins.
func rewriteChecks(code *py.Code, consts map[string]py.Object) {
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			rewriteChecks(sub, consts)
		}
	}
	var names map[int]int // index in Names -> index in the new Consts
	var added py.Tuple
	for i, n := range code.Names {
		if v, ok := consts[n]; ok {
			if names == nil {
				names = map[int]int{}
			}
			names[i] = len(code.Consts) + len(added)
			added = append(added, v)
		}
	}
	if names == nil || len(code.Consts)+len(added) > 0xffff {
		return
	}
	ops := []byte(code.Code)
	changed := false
	for i := 0; i < len(ops); {
		op := vm.OpCode(ops[i])
		if !op.HAS_ARG() {
			i++
			continue
		}
		if i+2 >= len(ops) {
			break
		}
		arg := int(ops[i+1]) | int(ops[i+2])<<8
		extended := i >= 3 && vm.OpCode(ops[i-3]) == vm.EXTENDED_ARG
		if konst, ok := names[arg]; ok && (op == vm.LOAD_GLOBAL || op == vm.LOAD_NAME) && !extended {
			ops[i] = byte(vm.LOAD_CONST)
			ops[i+1], ops[i+2] = byte(konst), byte(konst>>8)
			changed = true
		}
		i += 3
	}
	if changed {
		code.Consts = append(append(py.Tuple(nil), code.Consts...), added...)
		code.Code = string(ops)
	}
}

// constValues returns the values of constNames in the kernel's builtins.
func (k *Kernel) constValues() map[string]py.Object {
	if k.consts == nil {
		b := k.ctx.Store().Builtins.Globals
		k.consts = map[string]py.Object{}
		for _, n := range constNames {
			if v, ok := b[n]; ok {
				k.consts[n] = v
			}
		}
		k.consts["__nbc_on"] = k.on
	}
	return k.consts
}
