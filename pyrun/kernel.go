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
	opts    Options
	ctx     py.Context
	main    *py.Module
	state   *frameState
	count   int
	outputs []*ipynb.Output
	sink    func(name, text string)  // where stream text goes
	out     *pyrt.Dict               // Out
	in      *py.List                 // In
	source  string                   // the running cell's source
	intr    *interrupter             // cooperative interruption (interrupt.go)
	on      *onFlag                  // __nbc_on, the check loops test
	consts  map[string]py.Object     // rewriteChecks's constants (constValues)
	nbStart time.Time                // when the first cell ran (for Options.NotebookTimeout)
	outSize int                      // bytes of output the running cell produced (Options.MaxOutput)
	nss     namespaces               // exec's mirrors of pyrt dicts (exec.go)
	sources map[*py.Code]*sourceInfo // the source of each compiled code (sourcemap.go)
}

// New starts a kernel: a fresh gpython context with pyrt installed, an
// empty __main__, and captured sys.stdout/sys.stderr.
func New(opts Options) (*Kernel, error) {
	wrapVM()
	k := &Kernel{opts: opts}
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
	k.state = &frameState{limit: limit, intr: k.intr}
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
	return nil
}

// capture records stream text as notebook outputs, coalescing
// consecutive writes to the same stream.
func (k *Kernel) capture(name, text string) {
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
	res.Outputs = k.outputs
	k.outputs = nil
	return res
}

// exec compiles and runs code in __main__, through the Runner if any,
// recovering any Go panic.
// si is the code's original source, registered for tracebacks.
func (k *Kernel) exec(code, filename string, si *sourceInfo) (err error) {
	defer func() {
		if r := recover(); r != nil {
			k.state.depth = 0
			err = internalError(r)
		}
	}()
	compiled, err := py.Compile(code+"\n", filename, py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	rewriteChecks(compiled, k.constValues())
	transpile.FixQualnames(compiled)
	k.register(compiled, si)
	run := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = internalError(r)
			}
		}()
		// The cell's own frame counts, as a script's module frame does.
		k.state.depth++
		defer func() { k.state.depth-- }()
		_, err = k.ctx.RunCode(compiled, k.main.Globals, k.main.Globals, nil)
		return err
	}
	if k.opts.Runner != nil {
		return k.opts.Runner.RunCell(k.ctx, run)
	}
	return run()
}

func strOf(o py.Object) (string, error) { return pyrt.Str(o) }
