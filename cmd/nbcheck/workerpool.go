package main

// This file is the parent's side of worker processes (see worker.go for
// the worker's): starting workers, the pool that hands them documents
// and reuses them, and reading a document's events back, with what the
// parent reports when a worker dies.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/runner"
)

// worker is a started worker process.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	events *bufio.Scanner // its stdout, one event a line
	stderr lockedBuffer
	next   chan []byte // messages with a document's path; closed: none will come
	sent   int         // shared code keys sent so far
	runs   int         // documents given
}

// lockedBuffer is a worker's stderr, written by os/exec's copying
// goroutine while the parent reads what a document's run added.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// size is how many bytes were written.
func (l *lockedBuffer) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

// from returns what was written from offset on.
func (l *lockedBuffer) from(offset int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.b.Bytes()[min(offset, l.b.Len()):])
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
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	w.events = bufio.NewScanner(stdout)
	w.events.Buffer(make([]byte, 64<<10), 1<<30)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting a worker: %w", err)
	}
	w.cmd = cmd
	var first []byte
	first, w.sent = code.message("", 0)
	go w.feed(first)
	return w, nil
}

// feed writes the worker's stdin: the first message at once, then each
// one with a path as it comes, and closes it when no more will come. A
// failed write means the worker died, which its parent learns from Wait.
func (w *worker) feed(first []byte) {
	defer w.stdin.Close()
	if _, err := w.stdin.Write(first); err != nil {
		for range w.next { // drop the rest
		}
		return
	}
	for msg := range w.next {
		if _, err := w.stdin.Write(msg); err != nil {
			for range w.next {
			}
			return
		}
	}
}

// stop ends a worker that is not running a document.
func (w *worker) stop() {
	close(w.next)
	w.cmd.Process.Kill()
	w.cmd.Wait()
}

// workerPool hands out worker processes. A worker runs up to perWorker
// documents one after another, each on a fresh kernel (see reusable),
// and new workers are started ahead of the documents that will need
// them, so that a worker's start-up (exec, Go's runtime and package
// initialisation, runner.Warm: about 15 ms of CPU) overlaps the
// documents before it instead of adding to each document's time. It
// keeps at most `spares` workers started or idle beyond the ones that
// are running a document and will come back, and never more than there
// are documents left to start, so no process is started that cannot be
// used (except for a document that turns out not to need one: skipped,
// or unreadable).
type workerPool struct {
	s         *settings
	code      *sharedCode
	perWorker int // documents a worker runs before it is retired
	mu        sync.Mutex
	left      int       // documents not yet begun
	spares    int       // how many workers to keep ready
	pending   int       // spares started or starting that no document took yet
	idle      []*worker // workers that ran a document and wait for another
	returning int       // running workers that will be idle after their document
	ready     chan startedWorker
	exiting   sync.WaitGroup // retired workers, not yet reaped
	lastPid   int            // the process that got the last document (for tests)
}

// startedWorker is the outcome of starting a spare.
type startedWorker struct {
	w   *worker
	err error
}

// newWorkerPool makes a pool for docs documents that keeps up to spares
// workers ready, each running up to perWorker documents, and starts
// them.
func newWorkerPool(s *settings, docs, spares, perWorker int) *workerPool {
	p := &workerPool{s: s, left: docs, spares: spares, perWorker: max(perWorker, 1), code: newSharedCode(), ready: make(chan startedWorker, spares)}
	if docs > spares {
		// The first workers compile them themselves; the next ones need not.
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

// get returns a worker for a document that has begun: an idle one if
// there is one, else a spare if one was started, else a new one. Then it
// starts spares, in the background, for the documents still to come.
func (p *workerPool) get() (*worker, error) {
	defer p.refill()
	w, err := p.take()
	if err != nil {
		return nil, err
	}
	w.runs++
	p.mu.Lock()
	if w.runs < p.perWorker {
		p.returning++
	}
	p.lastPid = w.cmd.Process.Pid
	p.mu.Unlock()
	return w, nil
}

func (p *workerPool) take() (*worker, error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return w, nil
	}
	if p.pending > 0 {
		p.pending--
		p.mu.Unlock()
		r := <-p.ready
		return r.w, r.err
	}
	p.mu.Unlock()
	return startWorker(p.s, p.code)
}

// done takes back a worker whose document is over, and reports whether
// it is idle again: it said it can run another (again), has runs left,
// and documents are left to begin. Otherwise its input is closed, so it
// exits (a worker that ended its document on its own is reaped with
// reap; one that died, by its caller), and a spare is started for it if
// need be.
func (p *workerPool) done(w *worker, again bool) (kept bool) {
	p.mu.Lock()
	if w.runs < p.perWorker {
		p.returning--
	}
	kept = again && w.runs < p.perWorker && p.left > 0
	if kept {
		p.idle = append(p.idle, w)
	}
	p.mu.Unlock()
	if !kept {
		close(w.next)
		p.refill()
	}
	return kept
}

// reap waits in the background for a retired worker to exit: the
// document does not wait for it (a few milliseconds of unmapping); the
// pool's close does, so that no worker outlives the run and its CPU time
// is counted in nbcheck's.
func (p *workerPool) reap(w *worker) {
	p.exiting.Add(1)
	go func() {
		defer p.exiting.Done()
		w.cmd.Wait()
	}()
}

// refill starts spares in the background so that, with the idle workers
// and the running ones that will come back, up to p.spares workers (and
// no more than the documents not yet begun) are ready. Starting a
// process blocks its starter for a few milliseconds (until the exec is
// done), which the document that needs a worker now does not wait for.
func (p *workerPool) refill() {
	p.mu.Lock()
	n := min(p.left, p.spares) - p.pending - len(p.idle) - p.returning
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

// close stops the spares and idle workers no document took and waits
// for every worker to exit.
func (p *workerPool) close() {
	p.mu.Lock()
	n, idle := p.pending, p.idle
	p.pending, p.left, p.idle = 0, 0, nil
	p.mu.Unlock()
	for range n {
		if r := <-p.ready; r.w != nil {
			r.w.stop()
		}
	}
	for _, w := range idle {
		w.stop()
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
	cmd := w.cmd
	errFrom := w.stderr.size()
	var msg []byte
	msg, w.sent = pool.code.message(doc.Path, w.sent)
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
	ended, again := false, false
	sc := w.events
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
	for !ended && sc.Scan() {
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
			ended, again = true, ev.Again
		}
	}
	if ended {
		// Every cell is reported: how the worker goes on or exits changes
		// nothing for this document.
		if !pool.done(w, again && killedFor.Load() == nil) {
			pool.reap(w)
		}
		if runErr != "" {
			return nil, "", errors.New(runErr)
		}
		return runs, "", nil
	}
	pool.done(w, false)
	waitErr := cmd.Wait()
	if runErr != "" {
		return nil, "", errors.New(runErr)
	}
	if waitErr == nil {
		return runs, "", nil
	}
	if w.runs > 1 && running < 0 && len(runs) == 0 && killedFor.Load() == nil {
		// A reused worker that died while it waited for this document
		// (killed from outside): no cell ran, so a fresh one runs it.
		return runInWorker(s, pool, doc)
	}
	stderr := w.stderr.from(errFrom)
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
		produced = []*ipynb.Output{{Type: ipynb.Error, Ename: pyrun.CellTimeoutError.Name, Evalue: *killedFor.Load()}}
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
