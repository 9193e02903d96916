package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/runner"
)

// workerSettings are the run settings of `nbcheck check` with no flags.
func workerSettings(t *testing.T) *settings {
	t.Helper()
	var o options
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	initFlags(workerCommand, fs, &o)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	s, err := loadRunSettings(&environ{opts: &o})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// writeDocs writes Markdown documents, one python fence each, and loads
// them.
func writeDocs(t *testing.T, srcs ...string) []*source.Doc {
	t.Helper()
	dir := t.TempDir()
	var docs []*source.Doc
	for i, src := range srcs {
		path := filepath.Join(dir, fmt.Sprintf("d%d.md", i))
		if err := os.WriteFile(path, []byte("```python\n"+src+"\n```\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := source.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestWorkerPool checks that the pool starts a worker ahead of its first
// document, gives a worker up to perWorker documents one after another,
// starts the next worker while the last document of the one before runs,
// never starts more workers than documents left, and that close stops
// the spares and idle workers left over.
func TestWorkerPool(t *testing.T) {
	docs := writeDocs(t, "print(0)", "print(0)", "print(0)")
	s := workerSettings(t)
	pool := newWorkerPool(s, len(docs), 1, 2)
	defer pool.close()
	counts := func() (pending, idle int) {
		pool.mu.Lock()
		defer pool.mu.Unlock()
		return pool.pending, len(pool.idle)
	}
	if p, _ := counts(); p != 1 {
		t.Fatalf("a new pool has %d spares, want 1", p)
	}
	// After each document: spares started, workers idle, documents run
	// by the last worker.
	want := []struct{ pending, idle, runs int }{{0, 1, 1}, {1, 0, 2}, {0, 0, 1}}
	var pids []int
	for i, doc := range docs {
		pool.begin()
		runs, crash, err := runInWorker(s, pool, doc)
		if err != nil || crash != "" {
			t.Fatalf("%s: err %v, crash %q", doc.Path, err, crash)
		}
		if len(runs) != 1 || runs[0].Status != check.StatusRan || len(runs[0].Produced) != 1 || runs[0].Produced[0].Text != "0\n" {
			t.Fatalf("%s: runs %+v, want one cell printing 0", doc.Path, runs)
		}
		p, idle := counts()
		if p != want[i].pending || idle != want[i].idle {
			t.Errorf("after document %d: %d spares and %d idle workers, want %d and %d", i, p, idle, want[i].pending, want[i].idle)
		}
		pids = append(pids, lastPid(t, pool))
	}
	if pids[0] != pids[1] || pids[1] == pids[2] {
		t.Errorf("documents ran in worker processes %v, want the first two in one and the third in another", pids)
	}
	// A spare no document takes: close must stop it.
	pool.mu.Lock()
	pool.left = 1
	pool.mu.Unlock()
	pool.refill()
	if p, _ := counts(); p != 1 {
		t.Fatalf("refill with one document left started %d spares, want 1", p)
	}
	r := <-pool.ready
	pool.ready <- r
	pool.close()
	if r.w.cmd.ProcessState == nil {
		t.Errorf("close left a spare worker running")
	}
}

// lastPid is the process of the worker that ran the pool's last
// document: recorded by runInWorker for tests.
func lastPid(t *testing.T, pool *workerPool) int {
	t.Helper()
	pool.mu.Lock()
	defer pool.mu.Unlock()
	if pool.lastPid == 0 {
		t.Fatal("no document ran")
	}
	return pool.lastPid
}

// TestWorkerReuse checks that a worker process that runs several
// documents gives each a fresh interpreter: what one document changes in
// the modules, builtins, globals and builtin classes it can reach is not
// seen by the next, which gets the same fake addresses and gc state as
// the first; and that a document that reached a limit retires its
// worker, so the next document gets a fresh process.
func TestWorkerReuse(t *testing.T) {
	const fresh = "import gc, io\nprint(hex(id(object())), repr(object()), gc.isenabled(), gc.garbage, hasattr(io.UnsupportedOperation, 'zz'), 'zz' in dir(BaseException))\n"
	docs := writeDocs(t,
		fresh+"import math, builtins, sys, json\nmath.pi = 3\nbuiltins.len = None\nbuiltins.zz = 1\njson.dumps = None\nsys.setrecursionlimit(60)\nsys.path.append('/x')\nx = 5\n"+
			"gc.disable()\ngc.garbage.append(1)\nio.UnsupportedOperation.zz = 1\ne = ValueError()\ne.zz = 1\nobjs = [object() for _ in range(10)]\nprint('changed')",
		fresh+"import math, builtins, sys, json\nprint(math.pi, len([1]), hasattr(builtins, 'zz'), json.dumps(1), sys.getrecursionlimit(), '/x' in sys.path, 'x' in globals())",
		"while True:\n    pass",
		"print('after')",
	)
	s := workerSettings(t)
	s.run.CellTimeout = time.Second
	pool := newWorkerPool(s, len(docs), 1, 16)
	defer pool.close()
	var pids []int
	var outs []string
	for _, doc := range docs {
		pool.begin()
		runs, crash, err := runInWorker(s, pool, doc)
		if err != nil || crash != "" || len(runs) != 1 {
			t.Fatalf("%s: runs %+v, err %v, crash %q", doc.Path, runs, err, crash)
		}
		var out string
		for _, o := range runs[0].Produced {
			out += o.Text + o.Ename
		}
		outs = append(outs, out)
		pids = append(pids, lastPid(t, pool))
	}
	first, _, _ := strings.Cut(outs[0], "\n")
	want := []string{first + "\nchanged\n", first + "\n3.141592653589793 1 False 1 1000 False False\n", "CellTimeoutError", "after\n"}
	if !slices.Equal(outs, want) {
		t.Errorf("outputs %q, want %q", outs, want)
	}
	if !strings.HasSuffix(first, " True [] False False") {
		t.Errorf("first line %q, want gc enabled, gc.garbage empty, no attribute zz", first)
	}
	if pids[0] != pids[1] || pids[1] != pids[2] || pids[2] == pids[3] {
		t.Errorf("documents ran in worker processes %v, want the first three in one and the fourth, after the timeout, in another", pids)
	}
}

// TestSharedCode checks that the parent compiles what workers report,
// drops names that are not standard modules, and writes messages the
// worker reads back whole, sending each code once.
func TestSharedCode(t *testing.T) {
	c := newSharedCode()
	c.learn(append(runtimeKeys(), moduleKeys([]string{"heapq", "../../etc/passwd", "no_such_module"})...))
	want := append(runtimeKeys(), "mod:heapq")
	deadline := time.Now().Add(time.Minute)
	for {
		c.mu.Lock()
		n := len(c.keys)
		c.mu.Unlock()
		if n == len(want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("compiled %d of %v in a minute", n, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !slices.Equal(c.keys, want) {
		t.Errorf("compiled %v, want %v", c.keys, want)
	}
	first, sent := c.message("", 0)
	if sent != len(want) {
		t.Errorf("the first message sends %d keys, want %d", sent, len(want))
	}
	second, _ := c.message("a.md", sent)
	in := bufio.NewReader(bytes.NewReader(append(first, second...)))
	if p, err := readMessage(in); err != nil || p != nil {
		t.Fatalf("first message: path %v, %v; want no path", p, err)
	}
	if p, err := readMessage(in); err != nil || p == nil || *p != "a.md" {
		t.Fatalf("second message: path %v, %v; want a.md", p, err)
	}
	if _, err := readMessage(in); err != io.EOF {
		t.Errorf("after the messages: %v, want EOF", err)
	}
	if len(second) > 30 {
		t.Errorf("the second message resends code: %q...", second[:30])
	}
	for _, n := range []int{len(first) / 2, len(first) - 1} {
		if _, err := readMessage(bufio.NewReader(bytes.NewReader(first[:n]))); err == nil || err == io.EOF {
			t.Errorf("a message cut to %d of %d bytes was read as %v", n, len(first), err)
		}
	}
}

// TestWorkerBadEvents checks that the parent does not trust what a
// worker writes: a line that is not an event, or an event naming a cell
// that is not one of the document's code cells, is an error that names
// the document (the parent indexed the notebook's cells with it before).
func TestWorkerBadEvents(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.ipynb")
	nb := `{"cells": [{"cell_type": "markdown", "metadata": {}, "source": "x"},
{"cell_type": "code", "metadata": {}, "source": "print(0)", "outputs": [], "execution_count": null}],
"metadata": {}, "nbformat": 4, "nbformat_minor": 5}`
	if err := os.WriteFile(path, []byte(nb), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := source.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	s := workerSettings(t)
	for _, c := range []struct{ out, want string }{
		{`not json`, "nbcheck's worker process wrote an unreadable line"},
		{`{"start": 0}`, "reported starting cells[0], which is not a code cell"},
		{`{"start": 7}`, "reported starting cells[7], which is not a code cell"},
		{`{"start": -1}`, "reported starting cells[-1], which is not a code cell"},
		{`{"start": 1}\n{"done": {"index": 9}}`, "reported the run of cells[9], which is not a code cell"},
	} {
		// A fake worker: a shell that prints the events and reads its input.
		cmd := exec.Command("/bin/sh", "-c", `printf '`+c.out+`\n'; cat >/dev/null`)
		w := &worker{cmd: cmd, next: make(chan []byte, 1)}
		if w.stdin, err = cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		w.events = bufio.NewScanner(stdout)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pool := &workerPool{s: s, code: newSharedCode(), perWorker: 1, pending: 1, ready: make(chan startedWorker, 1)}
		pool.ready <- startedWorker{w: w}
		runs, crash, err := runInWorker(s, pool, doc)
		if err == nil || !strings.HasPrefix(err.Error(), doc.Path+": ") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("worker writing %q: runs %v, crash %q, err %v; want an error on %s: ...%s", c.out, runs, crash, err, doc.Path, c.want)
		}
		w.stdin.Close()
		pool.close()
	}
}

// TestStartupProcs checks that workers start on one processor and get
// the parent's GOMAXPROCS back later, unless the user chose GOMAXPROCS.
func TestStartupProcs(t *testing.T) {
	t.Setenv("GOMAXPROCS", "3")
	if env := startupProcs(); env != nil {
		t.Errorf("with GOMAXPROCS set: %v, want nothing added", env)
	}
	os.Unsetenv("GOMAXPROCS")
	env := startupProcs()
	want := []string{"GOMAXPROCS=1", startupProcsVar + "=" + strconv.Itoa(runtime.GOMAXPROCS(0))}
	if !slices.Equal(env, want) {
		t.Errorf("startupProcs() = %v, want %v", env, want)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	t.Setenv(startupProcsVar, "2")
	restoreProcs(0)
	deadline := time.Now().Add(10 * time.Second)
	for runtime.GOMAXPROCS(0) != 2 {
		if time.Now().After(deadline) {
			t.Fatalf("GOMAXPROCS still %d after restoreProcs, want 2", runtime.GOMAXPROCS(0))
		}
		time.Sleep(time.Millisecond)
	}
}

// TestWorkerIdleDeath checks that a document given to a reused worker
// that died while it waited (killed from outside) runs in a fresh one.
func TestWorkerIdleDeath(t *testing.T) {
	docs := writeDocs(t, "print(0)", "print(1)")
	s := workerSettings(t)
	pool := newWorkerPool(s, len(docs), 1, 16)
	defer pool.close()
	pool.begin()
	if _, crash, err := runInWorker(s, pool, docs[0]); err != nil || crash != "" {
		t.Fatalf("%s: err %v, crash %q", docs[0].Path, err, crash)
	}
	pool.mu.Lock()
	if len(pool.idle) != 1 {
		pool.mu.Unlock()
		t.Fatalf("%d idle workers after the first document, want 1", len(pool.idle))
	}
	idle := pool.idle[0]
	pool.mu.Unlock()
	idle.cmd.Process.Kill()
	// Wait until it is dead (a zombie: the pool has not reaped it).
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", idle.cmd.Process.Pid))
		if err != nil || strings.Contains(string(b), ") Z ") {
			break
		}
	}
	pool.begin()
	runs, crash, err := runInWorker(s, pool, docs[1])
	if err != nil || crash != "" || len(runs) != 1 || runs[0].Produced[0].Text != "1\n" {
		t.Fatalf("%s after its worker died: runs %+v, err %v, crash %q; want it run by a fresh worker", docs[1].Path, runs, err, crash)
	}
	if lastPid(t, pool) == idle.cmd.Process.Pid {
		t.Errorf("the document ran in the dead worker's process")
	}
}

// TestReusableFiles: a worker with more file descriptors open than
// before its first document is not reused (the sandbox closes the files
// a notebook left open; a descriptor anything else kept would be taken
// from the next notebooks).
func TestReusableFiles(t *testing.T) {
	base := openFiles()
	if base < 0 {
		t.Skip("no /proc/self/fd")
	}
	goroutines := runtime.NumGoroutine()
	if !reusable(goroutines, base) {
		t.Fatal("a worker with no file left open is not reusable")
	}
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if reusable(goroutines, base) {
		t.Error("a worker with one more file open is reusable")
	}
	f.Close()
	if !reusable(goroutines, base) {
		t.Error("a worker whose extra file was closed is not reusable")
	}
}

// reuseCases are notebooks that change process-wide state, each with a
// notebook that would see the change: run after it in the same worker,
// the second must print what it prints in a fresh worker.
var reuseCases = []struct{ name, change, look string }{
	{
		// An exception attribute name the first declares (by storing
		// it): gpython's exceptions answer any undeclared name with
		// their args, so hasattr differed.
		"exception slots",
		"e = ValueError()\ne.zz_slot = 1\nsetattr(KeyError(), 'zz_setattr', 1)\nclass E(Exception):\n    def f(self):\n        return self.zz_method\nprint('changed')",
		"for n in ['zz_slot', 'zz_setattr', 'zz_method']:\n    print(n, hasattr(ValueError(), n), n in dir(ValueError()))",
	},
	{
		// Classes Go makes once per process, whose metatype gpython made
		// their base class, so that setattr and delattr reached them.
		"process-wide classes",
		"import asyncio, queue\nasyncio.TimerHandle.cancel = lambda self: print('leaked')\nfor c in (asyncio.CancelledError, StopAsyncIteration, queue.Empty):\n    try:\n        del c.__name__\n    except TypeError:\n        pass\nprint('changed')",
		"import asyncio, queue\nprint(type(asyncio.CancelledError), asyncio.CancelledError.__name__, StopAsyncIteration.__name__, queue.Empty.__name__)\nloop = asyncio.new_event_loop()\nloop.call_later(1, print).cancel()\nprint('cancelled')",
	},
	{
		// Counters and generators a notebook advances: object
		// addresses, unseeded random numbers, uuid4, thread and task
		// names, the clock.
		"counters",
		"import random, uuid, threading, asyncio, time\nobjs = [object() for _ in range(100)]\n[random.Random().random() for _ in range(10)]\n[uuid.uuid4() for _ in range(10)]\nfor _ in range(5):\n    t = threading.Thread(target=time.sleep, args=(1,)); t.start(); t.join()\nasync def main():\n    await asyncio.gather(*[asyncio.sleep(1) for _ in range(5)])\nasyncio.run(main())\nprint('changed')",
		"import random, uuid, threading, asyncio, time\nprint(hex(id(object())), random.random(), random.Random().random(), uuid.uuid4(), time.time(), time.monotonic())\nt = threading.Thread(target=print); t.start(); t.join(); print(t.name, t.ident)\nasync def main():\n    print(asyncio.current_task().get_name(), asyncio.create_task(asyncio.sleep(0)).get_name())\nasyncio.run(main())",
	},
	{
		// The worker's standard input, the pipe its parent sends paths on.
		"stdin",
		"import sys\nsys.stdin.read()\nsys.stdin.close()\nprint('changed')",
		"import sys\nprint(repr(sys.stdin.read()), sys.stdin.closed)",
	},
}

// TestWorkerReuseSameAsFresh runs each reuseCases pair in one worker
// and the second notebook alone in a fresh one, and compares what the
// second printed.
func TestWorkerReuseSameAsFresh(t *testing.T) {
	s := workerSettings(t)
	out := func(runs []runner.Cell) string {
		var b strings.Builder
		for _, c := range runs {
			for _, o := range c.Produced {
				b.WriteString(o.Text + o.Ename + o.Evalue)
			}
		}
		return b.String()
	}
	for _, c := range reuseCases {
		docs := writeDocs(t, c.change, c.look)
		pool := newWorkerPool(s, 2, 1, 16)
		var pids []int
		var outs []string
		for _, doc := range docs {
			pool.begin()
			runs, crash, err := runInWorker(s, pool, doc)
			if err != nil || crash != "" {
				t.Fatalf("%s: %s: err %v, crash %q", c.name, doc.Path, err, crash)
			}
			pids = append(pids, lastPid(t, pool))
			outs = append(outs, out(runs))
		}
		pool.close()
		if pids[0] != pids[1] {
			t.Fatalf("%s: the notebooks ran in processes %v, want one", c.name, pids)
		}
		fresh := newWorkerPool(s, 1, 1, 1)
		fresh.begin()
		runs, crash, err := runInWorker(s, fresh, docs[1])
		fresh.close()
		if err != nil || crash != "" {
			t.Fatalf("%s: fresh: err %v, crash %q", c.name, err, crash)
		}
		if want := out(runs); outs[1] != want {
			t.Errorf("%s: after the change the notebook printed\n%s\nin a fresh worker\n%s", c.name, outs[1], want)
		}
	}
}

// TestHitLimit: the cells that retire their worker are those that ended
// at one of nbcheck's limits or at an internal error, not at the
// notebook's own exceptions.
func TestHitLimit(t *testing.T) {
	errCell := func(ename, evalue string) *runner.Cell {
		return &runner.Cell{Produced: []*ipynb.Output{{Type: ipynb.Error, Ename: ename, Evalue: evalue}}}
	}
	for _, c := range []struct {
		cell *runner.Cell
		want bool
	}{
		{errCell("CellTimeoutError", "the cell ran more than 1s"), true},
		{errCell("MemoryError", "the notebook used more than 64MiB"), true},
		{errCell("RecursionError", "maximum recursion depth exceeded"), true},
		{errCell("SystemError", pyrun.InternalError+": Go panic: x"), true},
		{&runner.Cell{Reason: pyrun.InternalError + ": Go panic: x"}, true},
		{errCell("ValueError", "bad"), false},
		{&runner.Cell{Produced: []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: "MemoryError\n"}}}, false},
	} {
		if got := hitLimit(c.cell); got != c.want {
			t.Errorf("hitLimit(%+v) = %v, want %v", c.cell.Produced, got, c.want)
		}
	}
}
