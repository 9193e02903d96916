package pyrun

// This file defines Kernel: one gpython context running the cells of one
// notebook with ipykernel's semantics.

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers py.NewContext and the stdlib modules

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrt"
	_ "github.com/nbcheck/nbcheck/pystd" // the standard modules
	"github.com/nbcheck/nbcheck/pyvm"
	"github.com/nbcheck/nbcheck/transpile"
)

// Runner runs a cell's code; asyncshim provides one that runs it as a
// task on its event loop, so that top-level await works. RunCell must call
// fn exactly once and return its error (or an error of its own).
type Runner interface {
	RunCell(ctx py.Context, fn func() error) error
}

// Preempter is a [Runner] that switches threads: the kernel calls Preempt
// every few hundred interruption checks (loop back-edges, calls), so that
// code running without blocking gives way to other threads, as CPython's
// GIL does. A non-nil error stops the running code.
type Preempter interface {
	Preempt() error
}

// Gap is a [Runner] that runs code between two cells: what the event loop
// and threads do after one cell is over and before the next one's code
// starts. BetweenCells reports whether the code running now runs there.
//
// ipykernel 6 (the kernel nbclient drove for the recorded outputs) buffers
// stream text and sends it with the parent header current when the buffer
// is flushed: text written between two cells goes out with the next cell
// once that cell has started (at its first periodic flush, 0.2 s after the
// write, or at its end), but an explicit flush (sys.stdout.flush(),
// print(flush=True), a logging handler, display()) sends it with the
// finished cell's header, and nbclient, which records a cell's output only
// while the cell runs, drops it. The kernel models that: text written
// between cells is pending until the next cell's code starts, and a flush
// of its stream before then drops it into [Result.Dropped].
type Gap interface {
	BetweenCells() bool
}

// Options configures a [Kernel]. The zero value is the default.
type Options struct {
	// Runner runs each cell; nil runs it on the calling goroutine.
	Runner Runner
	// RecursionLimit is the maximum Python call depth; 0 means
	// [DefaultRecursionLimit].
	RecursionLimit int
	// Install is called, in order, after pyrt is installed and before any
	// cell runs: the place for other packages (classes, asyncio, match
	// helpers) to install their builtins and modules.
	Install []func(ctx py.Context) error
	// Input answers input(prompt); nil makes input() raise EOFError.
	Input func(prompt string) (string, error)
	// Argv is sys.argv; nil means [""] as in a notebook... (ipykernel's
	// argv is its own command line; scripts get their path).
	Argv []string
	// OnClose is called, in order, when the kernel closes and before its
	// gpython context does: the place to unwind what still runs (the event
	// loop's parked tasks and threads).
	OnClose []func()
	// CellTimeout bounds the wall time of each cell: past it, the running
	// code raises CellTimeoutError at its next loop iteration or call
	// (interrupt.go). 0 means no limit.
	CellTimeout time.Duration
	// Deadline, if not zero, is when the notebook's wall-time budget runs
	// out: the running cell raises CellTimeoutError then.
	Deadline time.Time
	// MaxOutput bounds the bytes of stream output kept per cell; the rest
	// is dropped and a note says so, as Jupyter's output limit does. 0
	// means no limit.
	MaxOutput int
}

// Cell is one cell to run.
type Cell struct {
	// Code is the cell's code in gpython's dialect (after transpiling).
	Code string
	// Source is the cell's original source, stored in In[n]; "" means
	// Code.
	Source string
	// Filename names the code in tracebacks; "" means "Cell In[n]".
	Filename string
	// Map maps lines of Code to lines of Source (the transpiler's
	// Result.Map), so that tracebacks name and show the source's lines;
	// nil when they are the same.
	Map *transpile.LineMap
}

// Status is how a cell ended.
type Status int

// The statuses of a cell run.
const (
	OK    Status = iota // ran to the end
	Error               // raised an exception (an error output was recorded)
	Empty               // was empty: not executed, no execution count
)

// Result is what running one cell produced.
type Result struct {
	Outputs        []*ipynb.Output
	Status         Status
	ExecutionCount int // 0 for an empty cell
	// Err is the exception that ended the cell, as a *PyError, or nil.
	Err error
	// Dropped is output written between the previous cell and this one
	// that nbclient would not record (see [Gap]), in write order.
	Dropped []Dropped
}

// Dropped is output that nbclient would not record.
type Dropped struct {
	// Name is "stdout", "stderr" or "display".
	Name string
	// Text is the text written (a display's text/plain).
	Text string
}

// PyError is an uncaught Python exception.
type PyError struct {
	Ename     string   // the exception class name, e.g. "ZeroDivisionError"
	Evalue    string   // str(exception)
	Traceback []string // ipykernel-style traceback lines
	// Value is the exception object.
	Value py.Object
}

func (e *PyError) Error() string {
	if e.Evalue == "" {
		return e.Ename
	}
	return e.Ename + ": " + e.Evalue
}

// Kernel runs the cells of one notebook in one namespace.
type Kernel struct {
	opts     Options
	released func() // counts the kernel closed (pyrt.KernelStarted)
	ctx      py.Context
	main     *py.Module
	state    *frameState
	count    int
	outputs  []*ipynb.Output
	sink     func(name, text string)  // where stream text goes
	out      *pyrt.Dict               // Out
	in       *py.List                 // In
	source   string                   // the running cell's source
	intr     *interrupter             // cooperative interruption (interrupt.go)
	on       *onFlag                  // __nbc_on, the check loops test
	consts   map[string]py.Object     // rewriteChecks's constants (constValues)
	nbStart  time.Time                // when the first cell ran (for Options.NotebookTimeout)
	outSize  int                      // bytes of output the running cell produced (Options.MaxOutput)
	nss      namespaces               // exec's mirrors of pyrt dicts (exec.go)
	sources  map[*py.Code]*sourceInfo // the source of each compiled code (sourcemap.go)
	gap      Gap                      // the Runner, if it runs code between cells
	inScript bool                     // RunScript is running: sys.displayhook prints as CPython's
	pending  []Dropped                // stream text written between cells, not yet flushed
	dropped  []Dropped                // output nbclient would drop, during the running cell
}

// New starts a kernel: a fresh gpython context with pyrt installed, an
// empty __main__, and captured sys.stdout/sys.stderr.
func New(opts Options) (*Kernel, error) {
	wrapVM()
	k := &Kernel{opts: opts, released: pyrt.KernelStarted()}
	k.sink = k.capture
	ctx := py.NewContext(py.DefaultContextOpts())
	k.ctx = ctx
	limit := opts.RecursionLimit
	if limit <= 0 {
		limit = DefaultRecursionLimit
	}
	k.intr = &interrupter{n: tickPeriod}
	if p, ok := opts.Runner.(Preempter); ok {
		k.intr.preempt = p.Preempt
	}
	if g, ok := opts.Runner.(Gap); ok {
		k.gap = g
	}
	k.state = &frameState{Limit: limit, Tick: k.intr.tick}
	states.Store(ctx, k.state)
	kernels.Store(ctx, k)
	if err := pyrt.Install(ctx, pyrt.Options{Input: opts.Input}); err != nil {
		k.Close()
		return nil, fmt.Errorf("pyrun: install pyrt: %w", err)
	}
	if err := transpile.InstallHelpers(ctx); err != nil {
		k.Close()
		return nil, fmt.Errorf("pyrun: install transpile helpers: %w", err)
	}
	k.installMagics()
	k.installInterrupt()
	if err := k.installBuiltins(); err != nil {
		k.Close()
		return nil, err
	}
	k.installExec()
	for _, f := range opts.Install {
		if err := f(ctx); err != nil {
			k.Close()
			return nil, fmt.Errorf("pyrun: install: %w", err)
		}
	}
	main, err := ctx.ModuleInit(&py.ModuleImpl{Info: py.ModuleInfo{Name: py.MainModuleName}})
	if err != nil {
		k.Close()
		return nil, fmt.Errorf("pyrun: make __main__: %w", err)
	}
	k.main = main
	// CPython's __main__ (and IPython's user namespace) holds the
	// builtins module as __builtins__.
	main.Globals["__builtins__"] = ctx.Store().Builtins
	if err := k.recordStartModules(); err != nil {
		k.Close()
		return nil, fmt.Errorf("pyrun: sys.modules: %w", err)
	}
	k.out = pyrt.NewDict()
	k.in = py.NewListFromItems([]py.Object{py.String("")})
	main.Globals["Out"] = k.out
	main.Globals["In"] = k.in
	main.Globals["_"] = py.String("")
	main.Globals["__"] = py.String("")
	main.Globals["___"] = py.String("")
	return k, nil
}

// Context returns the kernel's gpython context.
func (k *Kernel) Context() py.Context { return k.ctx }

// Globals returns the notebook namespace (__main__'s globals).
func (k *Kernel) Globals() py.StringDict { return k.main.Globals }

// ExecutionCount returns the execution count of the last non-empty cell.
func (k *Kernel) ExecutionCount() int { return k.count }

// Close releases the kernel's context. It does not wait: gpython's
// Context.Close blocks until every running frame returns, and tasks or
// threads parked forever by the event loop never do, so the context is
// closed in the background once they have.
func (k *Kernel) Close() error {
	k.Interrupt(CellTimeoutError, "nbcheck is closing the kernel")
	for _, f := range k.opts.OnClose {
		f()
	}
	states.Delete(k.ctx)
	kernels.Delete(k.ctx)
	go k.ctx.Close()
	k.released()
	return nil
}

// capture records stream text as notebook outputs, coalescing
// consecutive writes to the same stream.
func (k *Kernel) capture(name, text string) {
	if k.gap != nil && k.gap.BetweenCells() {
		k.pending = append(k.pending, Dropped{Name: name, Text: text})
		return
	}
	k.record(name, text)
}

// record adds stream text to the running cell's outputs.
func (k *Kernel) record(name, text string) {
	if max := k.opts.MaxOutput; max > 0 {
		if k.outSize > max {
			return // already cut
		}
		k.outSize += len(text)
		if k.outSize > max {
			keep := len(text) - (k.outSize - max)
			for keep > 0 && !utf8.RuneStart(text[keep]) {
				keep--
			}
			text = text[:keep] + fmt.Sprintf("\n[nbcheck: output cut: the cell wrote more than %d bytes (--max-output)]\n", max)
		}
	}
	if n := len(k.outputs); n > 0 {
		last := k.outputs[n-1]
		if last.Type == ipynb.Stream && last.Name == name {
			last.Text += text
			return
		}
	}
	k.outputs = append(k.outputs, &ipynb.Output{Type: ipynb.Stream, Name: name, Text: text})
}

// flush is the flush method of sys.stdout and sys.stderr: between cells
// it drops the stream's pending text (see [Gap]).
func (k *Kernel) flush(name string) {
	if len(k.pending) == 0 || k.gap == nil || !k.gap.BetweenCells() {
		return
	}
	kept := k.pending[:0]
	for _, p := range k.pending {
		if p.Name != name {
			kept = append(kept, p)
			continue
		}
		if n := len(k.dropped); n > 0 && k.dropped[n-1].Name == name {
			k.dropped[n-1].Text += p.Text
		} else {
			k.dropped = append(k.dropped, p)
		}
	}
	k.pending = kept
}

// dropDisplay reports whether a display made now is dropped: between
// cells ipykernel flushes both streams and sends the display with the
// finished cell's parent header (see [Gap]).
func (k *Kernel) dropDisplay(text string) bool {
	if k.gap == nil || !k.gap.BetweenCells() {
		return false
	}
	k.flush("stdout")
	k.flush("stderr")
	k.dropped = append(k.dropped, Dropped{Name: "display", Text: text})
	return true
}

// commitPending records the text written between cells in the running
// cell, which has started.
func (k *Kernel) commitPending() {
	p := k.pending
	k.pending = nil
	for _, d := range p {
		k.record(d.Name, d.Text)
	}
}

// Run runs one cell and returns its outputs.
func (k *Kernel) Run(cell Cell) Result {
	src := cell.Source
	if src == "" {
		src = cell.Code
	}
	if strings.TrimSpace(cell.Code) == "" && strings.TrimSpace(src) == "" {
		return Result{Status: Empty}
	}
	k.count++
	k.outputs = nil
	k.dropped = nil
	k.outSize = 0
	k.source = src
	k.in.Items = append(k.in.Items, py.String(src))
	k.main.Globals[fmt.Sprintf("_i%d", k.count)] = py.String(src)
	filename := cell.Filename
	if filename == "" {
		filename = fmt.Sprintf("Cell In[%d]", k.count)
	}
	k.intr.startCell(k.opts.CellTimeout, k.opts.Deadline)
	err := k.exec(cell.Code, filename, newSource(src, cell.Map, true))
	if err == nil && k.intr.tripped != nil {
		// The code caught the interruption and ended: the cell still
		// failed.
		err = k.intr.tripped
	}
	k.intr.deadline = time.Time{} // background work between cells is not this cell's
	res := Result{ExecutionCount: k.count, Status: OK}
	if err != nil {
		pe := k.pyError(err)
		res.Status = Error
		res.Err = pe
		k.outputs = append(k.outputs, &ipynb.Output{
			Type:      ipynb.Error,
			Ename:     pe.Ename,
			Evalue:    pe.Evalue,
			Traceback: pe.Traceback,
		})
	}
	k.commitPending() // the cell never started (it failed before)
	res.Outputs = k.outputs
	res.Dropped = k.dropped
	k.outputs = nil
	k.dropped = nil
	return res
}

// exec compiles and runs code in __main__, through the Runner if any,
// recovering any Go panic.
// si is the code's original source, registered for tracebacks.
func (k *Kernel) exec(code, filename string, si *sourceInfo) (err error) {
	defer func() {
		if r := recover(); r != nil {
			k.state.Depth = 0
			err = internalError(r)
		}
	}()
	compiled, err := py.Compile(code+"\n", filename, py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	rewriteChecks(compiled, k.constValues())
	transpile.FixQualnames(compiled)
	pyrt.Compiled(compiled)
	k.register(compiled, si)
	run := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = internalError(r)
			}
		}()
		// The cell's code starts: text written since the previous cell
		// goes out with this cell.
		k.commitPending()
		// The cell's own frame counts, as a script's module frame does
		// (pyvm counts the frames it runs itself).
		if !pyvm.Installed() {
			k.state.Depth++
			defer func() { k.state.Depth-- }()
		}
		_, err = pyvm.RunCode(k.ctx, compiled, k.main.Globals, k.main.Globals, nil)
		return err
	}
	if k.opts.Runner != nil {
		return k.opts.Runner.RunCell(k.ctx, run)
	}
	return run()
}

func strOf(o py.Object) (string, error) { return pyrt.Str(o) }
