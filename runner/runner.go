// Package runner runs the code cells of one notebook on a fresh kernel and
// pairs each cell with what it produced and how its run went.
//
// It is the glue of the pipeline: for each code cell it reads the cell's
// markers (package check), transpiles the source (package transpile), runs
// the result on a pyrun.Kernel that has the object model (pyobj) and the
// event loop (asyncshim) installed, and reports produced outputs with a
// check.Status that package check turns into a verdict.
package runner

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/sandbox"
	"github.com/nbcheck/nbcheck/transpile"
)

// Options configures a notebook run. The zero value runs with Jupyter
// semantics on the virtual clock with the default limits.
type Options struct {
	// Script selects script semantics (python file.py) for asyncio instead
	// of Jupyter's: no event loop runs between cells and asyncio.run works.
	// A cell's last expression is displayed either way, as a tutorial
	// records it.
	Script bool
	// RealClock makes sleeps really wait (--clock=real).
	RealClock bool
	// Horizon is how much virtual time passes between cells, letting
	// background tasks and threads run on after a cell's code returns.
	// 0 chooses from the notebook (see [BetweenCells]); a negative value
	// lets no time pass.
	Horizon time.Duration
	// VirtualTimeout bounds the virtual time of one cell; 0 means
	// asyncshim's default.
	VirtualTimeout time.Duration
	// CellTimeout bounds the wall time of one cell: the running code
	// raises CellTimeoutError at its next loop iteration or call
	// (pyrun/interrupt.go), and the event loop checks it whenever tasks
	// or threads switch; 0 means asyncshim's default for the loop and no
	// limit for the code.
	CellTimeout time.Duration
	// NotebookTimeout bounds the wall time of the whole notebook: the
	// running cell raises CellTimeoutError, and the cells after it are
	// not run. 0 means no limit.
	NotebookTimeout time.Duration
	// MaxOutput bounds the stream output kept per cell, in bytes; the
	// rest is cut with a note. 0 means no limit.
	MaxOutput int
	// OnCell, if set, is called with each code cell's index before the
	// cell runs and with each finished Cell after; a worker process uses
	// it to stream results, so a crash loses nothing already done.
	OnCell func(index int, done *Cell)
	// MergeStreams puts stderr text into the stdout stream, in write
	// order, as a console shows it; Markdown documents record one block.
	MergeStreams bool
	// OnKernel, if set, is called with the kernel once it is started: a
	// worker's memory watchdog interrupts it from another goroutine.
	OnKernel func(*pyrun.Kernel)
	// AllowWrites lets cells write files inside the notebook's folder
	// (--allow-writes); otherwise their writes go to a scratch folder.
	AllowWrites bool
	// DiskQuota bounds the bytes a notebook may write to its scratch
	// folder (--disk-limit); 0 means no limit.
	DiskQuota int64
	// Sandbox confines the kernel (package sandbox). Run makes one for the
	// notebook's folder when it is nil; NewKernel installs none when it is
	// nil (nbcheck exec runs the user's own script).
	Sandbox *sandbox.Sandbox

	deadline time.Time // when NotebookTimeout runs out
}

// Cell is the run of one code cell.
type Cell struct {
	Index    int // 0-based index in the notebook's cells
	Status   check.Status
	Reason   string
	Produced []*ipynb.Output
	// Code is the gpython-dialect code that ran; "" when the cell did not
	// get that far.
	Code string
	// Notes say what the transpiler skipped or emulated.
	Notes []string
	// Skipped are the lines the cell could not run (shell commands,
	// %pip), whose output cannot be reproduced.
	Skipped []string `json:",omitempty"`
}

// Run runs every code cell of nb in order on one kernel. path names the
// notebook in tracebacks. A cell marked to be skipped is not run; a cell
// that raised does not stop the run (as `jupyter nbconvert --execute
// --allow-errors`), since later cells are still worth checking.
func Run(path string, nb *ipynb.Notebook, opts Options) ([]Cell, error) {
	if opts.NotebookTimeout > 0 && opts.deadline.IsZero() {
		opts.deadline = time.Now().Add(opts.NotebookTimeout)
	}
	if opts.Sandbox == nil {
		sb, err := sandbox.New(sandbox.Config{Dir: filepath.Dir(path), AllowWrites: opts.AllowWrites, DiskQuota: opts.DiskQuota})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer sb.Close()
		opts.Sandbox = sb
	}
	if opts.Horizon == 0 {
		opts.Horizon = BetweenCells(nb)
	}
	k, err := NewKernel(opts, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: starting the kernel: %w", path, err)
	}
	defer k.Close()
	if opts.OnKernel != nil {
		opts.OnKernel(k)
	}

	var cells []Cell
	add := func(c Cell) {
		cells = append(cells, c)
		if opts.OnCell != nil {
			opts.OnCell(c.Index, &cells[len(cells)-1])
		}
	}
	var blocked string // why later failures may not be the notebook's fault
	prev := -1         // the last code cell that ran
	for i, c := range nb.Cells {
		if c.Type != ipynb.Code {
			continue
		}
		run := Cell{Index: i}
		if opts.OnCell != nil {
			opts.OnCell(i, nil)
		}
		if !opts.deadline.IsZero() && time.Now().After(opts.deadline) {
			run.Status = check.StatusNotRun
			run.Reason = fmt.Sprintf("the notebook ran past its wall-time limit of %v (--notebook-timeout)", opts.NotebookTimeout)
			add(run)
			continue
		}
		markers, _ := check.Markers(c)
		if markers.Skip {
			run.Status, run.Reason = check.StatusSkipped, strings.Join(markers.From, ", ")
			add(run)
			continue
		}
		res, err := transpile.Cell(c.Source, transpile.Options{Filename: cellName(path, i)})
		if err != nil {
			var syn *pysyntax.SyntaxError
			switch {
			case errors.As(err, &syn):
				// CPython reports a syntax error as the cell's exception.
				run.Status = check.StatusRaised
				run.Produced = []*ipynb.Output{syntaxErrorOutput(syn)}
			case transpile.IsUnsupported(err):
				run.Status, run.Reason = check.StatusUnsupported, err.Error()
				if blocked == "" {
					blocked = fmt.Sprintf("cells[%d] could not be run (%s)", i, err)
				}
			default:
				run.Status, run.Reason = check.StatusUnsupported, "transpiling: "+err.Error()
			}
			add(run)
			continue
		}
		run.Code, run.Notes, run.Skipped = res.Code, res.Notes, res.Skipped
		out := k.Run(pyrun.Cell{Code: res.Code, Source: c.Source, Filename: cellName(path, i), Map: res.Map})
		run.Produced = out.Outputs
		run.Notes = append(run.Notes, droppedNotes(out.Dropped, prev)...)
		if out.ExecutionCount > 0 {
			prev = i
		}
		if opts.MergeStreams {
			run.Produced = mergeStreams(run.Produced)
		}
		run.Status = check.StatusRan
		if out.Err != nil {
			run.Status = check.StatusRaised
			var pe *pyrun.PyError
			if errors.As(out.Err, &pe) {
				interruptedHang(pe, run.Produced, c)
				if reason := unsupportedReason(pe, c); reason != "" {
					run.Status, run.Reason = check.StatusUnsupported, reason
					if blocked == "" {
						blocked = fmt.Sprintf("cells[%d] could not be run (%s)", i, reason)
					}
				} else if blocked != "" && !recordedError(c, pe.Ename) {
					run.Status, run.Reason = check.StatusNotRun, "it raised "+pe.Ename+" after "+blocked
				}
			}
		}
		add(run)
	}
	return cells, nil
}

// droppedNotes describes the output that background tasks and threads
// wrote and flushed after cells[prev] was over and before the cell's code
// started: ipykernel 6 sent it as cells[prev]'s output, which nbclient no
// longer recorded (pyrun.Gap).
func droppedNotes(ds []pyrun.Dropped, prev int) []string {
	var notes []string
	for _, d := range ds {
		from := "the kernel started"
		if prev >= 0 {
			from = fmt.Sprintf("cells[%d] was over", prev)
		}
		lines := strings.Count(strings.TrimSuffix(d.Text, "\n"), "\n") + 1
		first, _, _ := strings.Cut(d.Text, "\n")
		if r := []rune(first); len(r) > 60 {
			first = string(r[:57]) + "..."
		}
		what := fmt.Sprintf("%d line(s) of %s", lines, d.Name)
		if d.Name == "display" {
			what = "a display"
		}
		notes = append(notes, fmt.Sprintf("dropped %s that background code wrote and flushed after %s, before this cell started (the kernel sent it as the earlier cell's output, which nbclient no longer records): %q", what, from, first))
	}
	return notes
}

// InteractiveHorizon is the virtual time that passes between two cells of
// a notebook a person ran by hand: background tasks and threads run on
// that long after a cell's code returns, and print into that cell, as
// they do while the kernel idles before the next cell is run.
const InteractiveHorizon = 60 * time.Second

// BetweenCells returns the horizon that fits how nb's outputs were
// recorded. nbclient (jupyter nbconvert --execute, papermill, CI) records
// each code cell's execution timings in its metadata ("execution":
// {"iopub.execute_input": ...}) and starts the next cell at once: no time
// passes between cells (-1). Otherwise the outputs were recorded by hand:
// [InteractiveHorizon].
func BetweenCells(nb *ipynb.Notebook) time.Duration {
	for _, c := range nb.Cells {
		if c.Type != ipynb.Code {
			continue
		}
		if raw, ok := c.Metadata["execution"]; ok && strings.Contains(string(raw), "iopub.execute_input") {
			return -1
		}
	}
	return InteractiveHorizon
}

// NewKernel starts a kernel with everything nbcheck installs: the runtime
// (pyrt, by pyrun), the object model (pyobj), the event loop, threads and
// time (asyncshim, configured from opts), and the transpiler's helpers.
// argv is sys.argv; nil gives a notebook's.
func NewKernel(opts Options, argv []string) (*pyrun.Kernel, error) {
	loopOpts := asyncshim.Options{
		Script:     opts.Script,
		Horizon:    max(opts.Horizon, 0),
		Budget:     opts.VirtualTimeout,
		WallBudget: opts.CellTimeout,
	}
	if opts.RealClock {
		loopOpts.Clock = asyncshim.RealClock()
	}
	loop := asyncshim.New(loopOpts)
	install := []func(py.Context) error{pyobj.Install, loop.Install, transpile.InstallHelpers}
	if opts.Sandbox != nil {
		install = append(install, opts.Sandbox.Install)
	}
	return pyrun.New(pyrun.Options{
		Runner:      loopRunner{loop},
		Install:     install,
		Argv:        argv,
		OnClose:     []func(){loop.Close},
		CellTimeout: opts.CellTimeout,
		Deadline:    opts.deadline,
		MaxOutput:   opts.MaxOutput,
	})
}

// loopRunner adapts an asyncshim.Loop to pyrun.Runner, so that each cell
// runs as a task on the loop.
type loopRunner struct{ loop *asyncshim.Loop }

func (r loopRunner) RunCell(_ py.Context, fn func() error) error {
	err := r.loop.RunCell(fn)
	if be, ok := err.(*asyncshim.BudgetError); ok && !be.Virtual {
		// The loop saw the wall-time limit first (at a task switch): the
		// same error as the code's own checks raise. (Not when it is
		// wrapped: "kernel stopped: an earlier cell could not be
		// unwound" says more.)
		return py.ExceptionNewf(pyrun.CellTimeoutError, "the cell ran more than %v of wall time (nbcheck --timeout)", be.Limit)
	}
	return err
}

// BetweenCells reports whether the running code runs before the cell's
// code starts (pyrun.Gap).
func (r loopRunner) BetweenCells() bool { return r.loop.BetweenCells() }

// Preempt lets other threads run while Python code runs without blocking
// (pyrun calls it from its loop checks).
func (r loopRunner) Preempt() error { return r.loop.Preempt() }

// cellName is the name a cell's code carries in tracebacks.
func cellName(path string, i int) string {
	return fmt.Sprintf("%s:cells[%d]", path, i)
}

// unsupportedReason returns why an exception means nbcheck could not run
// the cell rather than that the cell is wrong: a module nbcheck does not
// have, or a feature the runtime refuses (networking, subprocesses). It
// returns "" for an ordinary exception, and for one the notebook itself
// recorded.
func unsupportedReason(pe *pyrun.PyError, c *ipynb.Cell) string {
	if recordedError(c, pe.Ename) {
		return ""
	}
	switch {
	case pe.Ename == "ModuleNotFoundError":
		name := strings.TrimPrefix(pe.Evalue, "No module named ")
		return "needs module " + name
	case pe.Ename == "ImportError" && strings.HasPrefix(pe.Evalue, "cannot import name "):
		// A module nbcheck emulates only in part (IPython.display, say).
		// CPython's message ends with the module's file: "(path)".
		// "'Image' from 'IPython.display'" reads as IPython.display.Image.
		what := strings.TrimPrefix(pe.Evalue, "cannot import name ")
		if i := strings.Index(what, " ("); i > 0 {
			what = what[:i]
		}
		if name, mod, ok := strings.Cut(what, " from "); ok {
			what = strings.Trim(mod, "'") + "." + strings.Trim(name, "'")
		}
		return "needs " + what
	case strings.HasPrefix(pe.Evalue, "unsupported:"):
		return strings.TrimSpace(strings.TrimPrefix(pe.Evalue, "unsupported:"))
	case strings.HasPrefix(pe.Evalue, "nbcheck does not support"):
		return pe.Evalue
	case strings.HasPrefix(pe.Evalue, pyrun.InternalError):
		return pe.Evalue
	}
	return ""
}

// recordedError reports whether the notebook recorded an error named
// ename for cell c.
func recordedError(c *ipynb.Cell, ename string) bool {
	for _, o := range c.Outputs {
		if o.Type == ipynb.Error && o.Ename == ename {
			return true
		}
	}
	return false
}

// interruptedHang turns a deadlock nbcheck found into the
// KeyboardInterrupt the notebook recorded for the cell: in CPython such a
// cell hangs until someone, or nbclient's timeout, interrupts the kernel
// (shlok_threading cell 10 acquires a Lock twice). Any other deadlock
// stays nbcheck's own error.
func interruptedHang(pe *pyrun.PyError, produced []*ipynb.Output, c *ipynb.Cell) {
	if pe.Ename != "SystemError" || !strings.Contains(pe.Evalue, "deadlock: no task or thread can run") || !recordedError(c, "KeyboardInterrupt") {
		return
	}
	pe.Ename, pe.Evalue = "KeyboardInterrupt", ""
	for _, o := range produced {
		if o.Type == ipynb.Error {
			o.Ename, o.Evalue = pe.Ename, pe.Evalue
			o.Traceback = []string{"---------------------------------------------------------------------------", "KeyboardInterrupt                         Traceback (most recent call last)", "", "KeyboardInterrupt: "}
		}
	}
}

// syntaxErrorOutput is the error output CPython's kernel shows for a cell
// that does not parse.
func syntaxErrorOutput(e *pysyntax.SyntaxError) *ipynb.Output {
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	return &ipynb.Output{
		Type:      ipynb.Error,
		Ename:     kind,
		Evalue:    fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Line),
		Traceback: []string{e.Error()},
	}
}

// mergeStreams joins all stream outputs into stdout, in write order, as
// a Markdown document records a block's output: one text, in which the
// text/plain of a displayed value (the cell's last expression, display())
// is a line of its own, as mddoc writes it. Errors and outputs without
// text stay where they were.
func mergeStreams(outs []*ipynb.Output) []*ipynb.Output {
	var merged []*ipynb.Output
	add := func(text string) {
		if n := len(merged); n > 0 && merged[n-1].Type == ipynb.Stream {
			merged[n-1].Text += text
			return
		}
		merged = append(merged, &ipynb.Output{Type: ipynb.Stream, Name: "stdout", Text: text})
	}
	for _, o := range outs {
		switch o.Type {
		case ipynb.Stream:
			add(o.Text)
			continue
		case ipynb.ExecuteResult, ipynb.DisplayData:
			if s, ok := o.Data.Text("text/plain"); ok {
				if n := len(merged); n > 0 && merged[n-1].Type == ipynb.Stream && merged[n-1].Text != "" && !strings.HasSuffix(merged[n-1].Text, "\n") {
					add("\n")
				}
				add(s + "\n")
				continue
			}
		}
		merged = append(merged, o)
	}
	return merged
}
