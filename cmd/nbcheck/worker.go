package main

// This file runs notebooks in worker processes. Go's runtime aborts the
// whole process on a fatal error (out of memory, a stack overflow deep in
// gpython's VM, a concurrent map write), which recover() cannot catch. So
// `check` and `run` run each notebook in its own worker process: this
// same binary, with the hidden subcommand __worker. The worker runs the
// notebook's cells and streams one JSON line per event on stdout: "start"
// before a cell runs, "done" with the cell's produced outputs after. The
// parent compares and reports. When a worker dies, the parent keeps every
// finished cell, marks the cell that was running as the one that killed
// it, and marks the rest not run; the other notebooks are checked
// normally. Workers also let -j check notebooks in parallel, since each
// has its own interpreter.
//
// Starting a worker costs more than most small notebooks take to run:
// exec, Go's runtime and package initialisation, and the first kernel of
// a process compiling the Python of the runtime's helpers (about 15 ms
// of CPU in all). So workers are started ahead of their notebooks (see
// workerPool): a spare worker does all of that while the notebooks before
// it run, then waits on stdin for the path of the one notebook it runs,
// and exits after it. Every notebook still gets a fresh process that ran
// no other notebook's code.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pystd"
	"github.com/nbcheck/nbcheck/runner"
)

// workerCommand is the hidden subcommand a worker runs.
const workerCommand = "__worker"

// workerEvent is one line a worker writes.
type workerEvent struct {
	Start *int         `json:"start,omitempty"` // a cell is about to run
	Done  *runner.Cell `json:"done,omitempty"`  // a cell finished
	Error string       `json:"error,omitempty"` // the notebook could not be run
	// Imported names the standard modules the notebook imported, after
	// its last cell: the parent compiles them for the workers it starts
	// next (see sharedCode).
	Imported []string `json:"imported,omitempty"`
	// End is the last event: the worker has nothing more to say, and
	// the parent does not wait for it to exit.
	End bool `json:"end,omitempty"`
}

// workerArgs are the flags a worker needs to run like the parent would.
// The notebook's path is not among them: the worker reads it on stdin.
func workerArgs(s *settings) []string {
	args := []string{workerCommand,
		"--clock=" + map[bool]string{true: "real", false: "virtual"}[s.run.RealClock],
		"--timeout=" + s.run.CellTimeout.String(),
		"--virtual-timeout=" + s.run.VirtualTimeout.String(),
		"--horizon=" + s.run.Horizon.String(),
		"--notebook-timeout=" + s.run.NotebookTimeout.String(),
		"--max-output=" + strconv.Itoa(s.run.MaxOutput),
		"--memory-limit=" + strconv.FormatInt(s.memLimit, 10),
		"--allow-writes=" + strconv.FormatBool(s.run.AllowWrites),
		"--disk-limit=" + strconv.FormatInt(s.run.DiskQuota, 10),
	}
	if s.mode != "" {
		args = append(args, "--mode="+s.mode)
	}
	return args
}

// cmdWorker runs one document and streams events on stdout. The
// document's path is the one PATH argument or, without one, a JSON string
// on the first line of stdin: a worker started ahead of its notebook
// first fills the caches every kernel needs (runner.Warm), then waits for
// the path. It exits after that one document; end of input before a path
// means the parent needs no more workers.
func cmdWorker(env *environ, paths []string) int {
	if len(paths) > 1 {
		env.errorf("%s: want at most one PATH", workerCommand)
		return exitTrouble
	}
	tuneGC()
	s, err := loadRunSettings(env)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	var path string
	if len(paths) == 1 {
		path = paths[0]
	} else {
		in := bufio.NewReader(env.stdin)
		if _, err := readMessage(in); err != nil {
			if err == io.EOF {
				return exitOK // the parent needs no more workers
			}
			env.errorf("%s: %v", workerCommand, err)
			return exitTrouble
		}
		if err := runner.Warm(); err != nil {
			env.errorf("%v", err)
			return exitTrouble
		}
		p, err := readMessage(in)
		if err == io.EOF {
			return exitOK
		}
		if err == nil && p == nil {
			err = errors.New("reading from the parent: no path")
		}
		if err != nil {
			env.errorf("%s: %v", workerCommand, err)
			return exitTrouble
		}
		path = *p
	}
	restoreProcs(procsDelay)
	enc := json.NewEncoder(env.stdout)
	doc, err := source.Load(path)
	if err != nil {
		enc.Encode(workerEvent{Error: err.Error()})
		return exitOK
	}
	opts := runOptions(s, doc)
	wd := startWatchdog(s.memLimit, env.stderr)
	if wd != nil {
		opts.OnKernel = wd.onKernel
	}
	limitFileSize(s.run.DiskQuota)
	limitAddressSpace(s.memLimit)
	crashAt := -1 // for tests of crash handling: NBCHECK_DEBUG_CRASH_CELL=i
	if v := os.Getenv("NBCHECK_DEBUG_CRASH_CELL"); v != "" {
		fmt.Sscan(v, &crashAt)
	}
	opts.OnCell = func(i int, done *runner.Cell) {
		if wd != nil {
			wd.onCell()
		}
		if done == nil {
			enc.Encode(workerEvent{Start: &i})
			if i == crashAt {
				// A panic on another goroutine is fatal, as a Go runtime
				// abort in gpython would be.
				go panic("debug crash requested by NBCHECK_DEBUG_CRASH_CELL")
				select {}
			}
			return
		}
		enc.Encode(workerEvent{Done: done})
	}
	if _, err := runner.Run(path, doc.Notebook, opts); err != nil {
		enc.Encode(workerEvent{Error: err.Error()})
	}
	if names := pystd.Imported(); len(names) > 0 {
		enc.Encode(workerEvent{Imported: names})
	}
	enc.Encode(workerEvent{End: true})
	return exitOK
}

// runOptions are the runner options for one document.
func runOptions(s *settings, doc *source.Doc) runner.Options {
	opts := s.run
	opts.Script = s.mode == "script" || (s.mode == "" && doc.Kind == source.Markdown)
	opts.MergeStreams = doc.Kind == source.Markdown
	return opts
}

// worker is a started worker process that has not been given its
// notebook yet.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout io.ReadCloser
	stderr bytes.Buffer
	next   chan []byte // the message with the document's path; closed: none will come
	sent   int         // shared code keys sent in the first message
}

// startWorker starts a worker process for the settings s and sends it
// the code compiled so far. It returns as soon as the process exists;
// the worker initialises on its own.
func startWorker(s *settings, code *sharedCode) (*worker, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("starting a worker: %w", err)
	}
	w := &worker{next: make(chan []byte, 1)}
	cmd := &exec.Cmd{Path: exe, Args: append([]string{"nbcheck"}, workerArgs(s)...)}
	cmd.Env = append(workerEnv(), "NBCHECK_WORKER=1")
	cmd.Env = append(cmd.Env, startupProcs()...)
	cmd.SysProcAttr = workerSysProcAttr()
	cmd.Stderr = &w.stderr
	if w.stdin, err = cmd.StdinPipe(); err != nil {
		return nil, err
	}
	if w.stdout, err = cmd.StdoutPipe(); err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting a worker: %w", err)
	}
	w.cmd = cmd
	var first []byte
	first, w.sent = code.message("", 0)
	go w.feed(first)
	return w, nil
}

// feed writes the worker's stdin: the first message at once, then the
// one with the path when there is one. A failed write means the worker
// died, which its parent learns from Wait.
func (w *worker) feed(first []byte) {
	defer w.stdin.Close()
	if _, err := w.stdin.Write(first); err != nil {
		return
	}
	if msg, ok := <-w.next; ok {
		w.stdin.Write(msg)
	}
}

// stop ends a worker that was never given a notebook.
func (w *worker) stop() {
	close(w.next)
	w.cmd.Process.Kill()
	w.cmd.Wait()
}

// workerPool hands out worker processes, starting each one ahead of the
// notebook it will run, so that a worker's start-up (exec, Go's runtime
// and package initialisation, runner.Warm) overlaps the notebooks before
// it instead of adding to each notebook's time. It keeps at most `spares`
// workers waiting, and never more than there are documents left to
// start, so no process is started that cannot be used (except for a
// document that turns out not to need one: skipped, or unreadable).
type workerPool struct {
	s       *settings
	code    *sharedCode
	mu      sync.Mutex
	left    int // documents not yet begun
	spares  int // how many workers to keep started ahead
	pending int // spares started or starting that no document took yet
	ready   chan startedWorker
	exiting sync.WaitGroup // workers done with their document, not yet reaped
}

// startedWorker is the outcome of starting a spare.
type startedWorker struct {
	w   *worker
	err error
}

// newWorkerPool makes a pool for docs documents that keeps up to spares
// workers started ahead, and starts them.
func newWorkerPool(s *settings, docs, spares int) *workerPool {
	p := &workerPool{s: s, left: docs, spares: spares, code: newSharedCode(), ready: make(chan startedWorker, spares)}
	if docs > 1 {
		// The first worker compiles them itself; the next ones need not.
		p.code.learn(runtimeKeys())
	}
	p.refill()
	return p
}

// begin says that one more document has begun, needing a worker or not.
func (p *workerPool) begin() {
	p.mu.Lock()
	p.left--
	p.mu.Unlock()
}

// get returns a worker for a document that has begun: a spare if one was
// started, otherwise a new one. Then it starts spares, in the background,
// for the documents still to come.
func (p *workerPool) get() (*worker, error) {
	defer p.refill()
	p.mu.Lock()
	if p.pending > 0 {
		p.pending--
		p.mu.Unlock()
		r := <-p.ready
		return r.w, r.err
	}
	p.mu.Unlock()
	return startWorker(p.s, p.code)
}

// refill starts spares in the background, up to p.spares and to the
// number of documents not yet begun. Starting a process blocks its
// starter for a few milliseconds (until the exec is done), which the
// document that needs a worker now does not wait for.
func (p *workerPool) refill() {
	p.mu.Lock()
	n := min(p.left, p.spares) - p.pending
	if n > 0 {
		p.pending += n
	}
	p.mu.Unlock()
	for range n {
		go func() {
			w, err := startWorker(p.s, p.code)
			p.ready <- startedWorker{w, err}
		}()
	}
}

// close stops the spares no document took and waits for every worker
// to exit.
func (p *workerPool) close() {
	p.mu.Lock()
	n := p.pending
	p.pending, p.left = 0, 0
	p.mu.Unlock()
	for range n {
		if r := <-p.ready; r.w != nil {
			r.w.stop()
		}
	}
	p.exiting.Wait()
}

// runInWorker runs the document in a worker process from the pool and
// returns the cells' runs. A worker that dies yields the cells it
// finished, the cell it was running (marked with how it died) and crash
// set.
func runInWorker(s *settings, pool *workerPool, doc *source.Doc) (runs []runner.Cell, crash string, err error) {
	w, err := pool.get()
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", doc.Path, err)
	}
	cmd, out := w.cmd, w.stdout
	msg, _ := pool.code.message(doc.Path, w.sent)
	w.next <- msg
	var cellTimer *time.Timer
	// The backstop for what cooperative interruption cannot stop (a loop
	// inside one Go builtin, code compiled by exec): a cell that runs
	// killGrace past its limit, or a notebook past its own, is killed.
	var killedFor atomic.Pointer[string]
	kill := func(why string) func() {
		return func() {
			killedFor.CompareAndSwap(nil, &why)
			cmd.Process.Kill()
		}
	}
	if d := s.run.CellTimeout; d > 0 {
		t := time.AfterFunc(d+killGrace, kill(fmt.Sprintf("the cell ran more than %v of wall time (nbcheck --timeout) and did not stop: nbcheck killed its worker process", d)))
		defer t.Stop()
		cellTimer = t
	}
	if d := s.run.NotebookTimeout; d > 0 {
		t := time.AfterFunc(d+killGrace, kill(fmt.Sprintf("the notebook ran more than %v of wall time (nbcheck --notebook-timeout) and did not stop: nbcheck killed its worker process", d)))
		defer t.Stop()
	}
	running := -1
	ended := false
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 1<<30)
	var runErr string
	// A worker's events are checked before they are used: a line that is
	// not an event, or a cell index that is not one of the document's
	// code cells, ends the worker and the document with an error.
	bad := func(why string) {
		runErr = fmt.Sprintf("%s: nbcheck's worker process %s", doc.Path, why)
		cmd.Process.Kill() // it could block on a full pipe otherwise
	}
	notCode := func(i int) bool {
		return i < 0 || i >= len(doc.Notebook.Cells) || doc.Notebook.Cells[i].Type != ipynb.Code
	}
	for sc.Scan() {
		var ev workerEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			bad("wrote an unreadable line: " + err.Error())
			break
		}
		if ev.Start != nil && notCode(*ev.Start) {
			bad(fmt.Sprintf("reported starting cells[%d], which is not a code cell of the document", *ev.Start))
			break
		}
		if ev.Done != nil && notCode(ev.Done.Index) {
			bad(fmt.Sprintf("reported the run of cells[%d], which is not a code cell of the document", ev.Done.Index))
			break
		}
		switch {
		case ev.Start != nil:
			running = *ev.Start
			if cellTimer != nil {
				cellTimer.Reset(s.run.CellTimeout + killGrace)
			}
		case ev.Done != nil:
			runs = append(runs, *ev.Done)
			running = -1
		case ev.Error != "":
			runErr = ev.Error
		case ev.Imported != nil:
			pool.code.learn(moduleKeys(ev.Imported))
		case ev.End:
			ended = true
		}
		if ended {
			break
		}
	}
	if ended {
		// Every cell is reported: how the worker exits changes nothing,
		// so the document does not wait for its exit (a few milliseconds
		// of unmapping); the pool's close does, so that no worker outlives
		// the run and its CPU time is counted in nbcheck's.
		pool.exiting.Add(1)
		go func() {
			defer pool.exiting.Done()
			cmd.Wait()
		}()
		if runErr != "" {
			return nil, "", errors.New(runErr)
		}
		return runs, "", nil
	}
	waitErr := cmd.Wait()
	if runErr != "" {
		return nil, "", errors.New(runErr)
	}
	if waitErr == nil {
		return runs, "", nil
	}
	stderr := w.stderr.String()
	why := lastLines(stderr, 1)
	if why == "" {
		why = waitErr.Error()
	}
	status, reason := check.StatusUnsupported, "nbcheck's worker process died: "+why
	var produced []*ipynb.Output
	var ee *exec.ExitError
	switch {
	case killedFor.Load() != nil:
		// The cell's own fault: its error, as if it had raised.
		status, reason = check.StatusRaised, ""
		produced = []*ipynb.Output{{Type: ipynb.Error, Ename: "CellTimeoutError", Evalue: *killedFor.Load()}}
		why = "CellTimeoutError: " + *killedFor.Load()
	case strings.Contains(stderr, "out of memory") && s.memLimit > 0:
		// The address-space cap made an allocation fail.
		status, reason = check.StatusRaised, ""
		evalue := fmt.Sprintf("the notebook used more than %s of memory (nbcheck --memory-limit)", formatSize(s.memLimit))
		produced = []*ipynb.Output{{Type: ipynb.Error, Ename: "MemoryError", Evalue: evalue}}
		why = "MemoryError: " + evalue
	case errors.As(waitErr, &ee) && ee.ExitCode() == exitLimit:
		ename, evalue, _ := strings.Cut(why, ": ")
		status, reason = check.StatusRaised, ""
		produced = []*ipynb.Output{{Type: ipynb.Error, Ename: ename, Evalue: evalue}}
	}
	crash = "nbcheck's worker process died: " + why
	if running >= 0 {
		runs = append(runs, runner.Cell{Index: running, Status: status, Reason: reason, Produced: produced})
		crash = fmt.Sprintf("cells[%d]: %s", running, crash)
	}
	return runs, crash, nil
}

// lastLines returns the first line of the fatal message in a crashed
// worker's stderr: Go prints "fatal error: ..." or "panic: ..." first and
// goroutine dumps after.
func lastLines(s string, _ int) string {
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "fatal error:") || strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "runtime:") {
			return strings.TrimSpace(line)
		}
	}
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// workerEnv is the environment of a worker: only what Go's runtime and
// nbcheck's own debugging read, never the user's secrets (the notebook
// sees a fake environment anyway; this is a second wall).
func workerEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "GO") || strings.HasPrefix(name, "NBCHECK_") || name == "TMPDIR" || name == "TZ" {
			env = append(env, kv)
		}
	}
	return env
}

// inWorkerProcess reports whether this process is itself a worker, so
// that it runs notebooks in-process rather than starting workers again.
func inWorkerProcess() bool { return os.Getenv("NBCHECK_WORKER") == "1" }

// startupProcsVar holds the GOMAXPROCS a worker that starts on one
// processor takes back when its notebook arrives.
const startupProcsVar = "NBCHECK_WORKER_PROCS"

// startupProcs is the environment that makes a worker start on one
// processor (GOMAXPROCS=1), unless the user set GOMAXPROCS. A Go process
// starting on more processors runs more threads for its runtime while it
// initialises, and on a virtual machine their wakeups and page faults
// cost: one processor cut the CPU time of checking twenty one-cell
// notebooks by 9% (December 2026, 2 cores). Running notebooks get the
// parent's GOMAXPROCS back once they have run for procsDelay
// (restoreProcs), since the collector working on another core beside the
// interpreter makes CPU-bound code about 10% faster; giving it back at
// once, before the notebook's first cell, lost the whole gain.
func startupProcs() []string {
	if _, ok := os.LookupEnv("GOMAXPROCS"); ok {
		return nil
	}
	return []string{"GOMAXPROCS=1", startupProcsVar + "=" + strconv.Itoa(runtime.GOMAXPROCS(0))}
}

// procsDelay is how long a notebook runs on one processor.
const procsDelay = 50 * time.Millisecond

// restoreProcs gives a worker started by startupProcs its parent's
// GOMAXPROCS after delay.
func restoreProcs(delay time.Duration) {
	if n, err := strconv.Atoi(os.Getenv(startupProcsVar)); err == nil && n > 1 {
		time.AfterFunc(delay, func() { runtime.GOMAXPROCS(n) })
	}
}
