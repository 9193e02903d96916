package main

// This file runs notebooks in worker processes (this file is the
// worker's side; workerpool.go the parent's). Go's runtime aborts the
// whole process on a fatal error (out of memory, a stack overflow deep in
// gpython's VM, a concurrent map write), which recover() cannot catch. So
// `check` and `run` run notebooks in worker processes: this same binary,
// with the hidden subcommand __worker. A worker runs a notebook's cells
// and streams one JSON line per event on stdout: "start" before a cell
// runs, "done" with the cell's produced outputs after. The parent
// compares and reports. When a worker dies, the parent keeps every
// finished cell, marks the cell that was running as the one that killed
// it, and marks the rest not run; the other notebooks are checked
// normally, in other workers. Workers also let -j check notebooks in
// parallel, since each has its own interpreter.
//
// Starting a worker costs more than most small notebooks take to run:
// exec, Go's runtime and package initialisation, and the first kernel of
// a process filling its caches (about 15 ms of CPU in all, 20 ms with
// the process's exit). So a worker runs up to --notebooks-per-worker
// notebooks (16) one after another, each on a fresh kernel: a new
// interpreter with its own modules, builtins and globals (builtin types
// are immutable, as in CPython, so nothing a notebook can reach is shared
// with the next). A worker is retired instead of being given another
// notebook when its notebook reached a limit (time, memory, recursion),
// raised an internal error, left a goroutine running after its kernel
// closed (a thread stuck in a Go call), a file open or a large live heap
// behind (see reusable); and the run's workers are started ahead of the
// notebooks that need them (see workerPool), so that their start-up
// overlaps the notebooks before them. --notebooks-per-worker=1 gives
// every notebook a fresh process that ran no other notebook's code.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
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
	// End is a document's last event. Again says that the worker can run
	// another document: the parent sends it one or closes its stdin.
	// Without Again the worker exits, and the parent does not wait.
	End   bool `json:"end,omitempty"`
	Again bool `json:"again,omitempty"`
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

// cmdWorker runs documents and streams events on stdout. The document's
// path is the one PATH argument or, without one, comes in a message on
// stdin: a worker started ahead of its notebook first fills the caches
// every kernel needs (runner.Warm), then waits for the path. After a
// document it says in its last event whether it can run another (see
// reusable); the parent then sends the next path or closes stdin, and
// end of input means the parent needs no more of it.
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
	enc := json.NewEncoder(env.stdout)
	var in *bufio.Reader
	if len(paths) == 0 {
		in = bufio.NewReader(env.stdin)
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
	}
	// Process-wide limits, the same for every document.
	wd := startWatchdog(s.memLimit, env.stderr)
	limitFileSize(s.run.DiskQuota)
	limitAddressSpace(s.memLimit)
	// The goroutines that outlive a document: this one and the
	// watchdog's. (Counting them now would count the warm-up kernel's
	// closing too, which may still be under way.)
	base := 1
	if wd != nil {
		base++
	}
	baseFiles := openFiles()
	for n := 0; ; n++ {
		var path string
		if in == nil {
			if n > 0 {
				return exitOK
			}
			path = paths[0]
		} else {
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
		if n == 0 {
			restoreProcs(procsDelay)
		}
		again := runDocument(s, path, enc, wd)
		again = again && reusable(base, baseFiles)
		enc.Encode(workerEvent{End: true, Again: again})
		if !again {
			return exitOK
		}
	}
}

// runDocument runs one document and streams its events but the last. It
// reports whether the run ended normally: no limit was reached and no
// error stopped it.
func runDocument(s *settings, path string, enc *json.Encoder, wd *watchdog) bool {
	doc, err := source.Load(path)
	if err != nil {
		enc.Encode(workerEvent{Error: err.Error()})
		return true // no code ran
	}
	opts := runOptions(s, doc)
	if wd != nil {
		wd.reset()
		opts.OnKernel = wd.onKernel
	}
	crashAt := -1 // for tests of crash handling: NBCHECK_DEBUG_CRASH_CELL=i
	if v := os.Getenv("NBCHECK_DEBUG_CRASH_CELL"); v != "" {
		fmt.Sscan(v, &crashAt)
	}
	clean := true
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
		if hitLimit(done) {
			clean = false
		}
		enc.Encode(workerEvent{Done: done})
	}
	if _, err := runner.Run(path, doc.Notebook, opts); err != nil {
		enc.Encode(workerEvent{Error: err.Error()})
		clean = false
	}
	if wd != nil && wd.tripped() {
		clean = false
	}
	if names := pystd.Imported(); len(names) > 0 {
		enc.Encode(workerEvent{Imported: names})
	}
	return clean
}

// hitLimit reports whether a cell's run ended at one of nbcheck's limits
// (or at an error nbcheck raised for its own trouble): the worker that
// ran it is not given another document. (A notebook that runs out of
// time has its running cell raise CellTimeoutError.)
func hitLimit(c *runner.Cell) bool {
	for _, o := range c.Produced {
		if o.Type != ipynb.Error {
			continue
		}
		switch o.Ename {
		case pyrun.CellTimeoutError.Name, py.MemoryError.Name, "RecursionError": // (gpython has no RecursionError type)
			return true
		}
		if strings.HasPrefix(o.Evalue, pyrun.InternalError) {
			return true
		}
	}
	return strings.HasPrefix(c.Reason, pyrun.InternalError)
}

// maxReusedHeap is the live heap above which a worker is not given
// another document: something the last one made outlived its kernel.
const maxReusedHeap = 64 << 20

// reusable reports whether this worker process is as good as a fresh one
// for another document, now that a document's kernel is closed: no
// goroutine of it is left running (a Python thread stuck in a Go call, a
// timer), it left no file descriptor open (the sandbox closes the files
// a notebook left open; anything else that held one would take it from
// the next notebooks, whose opens fail once the process has none left),
// and it left no large live heap behind. base and baseFiles are the
// numbers of goroutines and open file descriptors that outlive a
// document (baseFiles is -1 where they cannot be counted).
func reusable(base, baseFiles int) bool {
	for try := 0; runtime.NumGoroutine() > base; try++ {
		if try == 3 {
			return false
		}
		// A closing kernel's goroutines may still be on their way out.
		time.Sleep(time.Duration(try+1) * time.Millisecond)
	}
	if baseFiles >= 0 && openFiles() > baseFiles {
		return false
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > maxReusedHeap {
		runtime.GC()
		runtime.ReadMemStats(&m)
	}
	return m.HeapAlloc <= maxReusedHeap
}

// openFiles is the number of file descriptors the process has open, or
// -1 where it cannot tell (no /proc).
func openFiles() int {
	// The first open of the process starts Go's network poller, whose
	// descriptors stay: start it before counting.
	if f, err := os.Open(os.DevNull); err == nil {
		f.Close()
	}
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(fds)
}

// runOptions are the runner options for one document.
func runOptions(s *settings, doc *source.Doc) runner.Options {
	opts := s.run
	opts.Script = s.mode == "script" || (s.mode == "" && doc.Kind == source.Markdown)
	opts.MergeStreams = doc.Kind == source.Markdown
	return opts
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
