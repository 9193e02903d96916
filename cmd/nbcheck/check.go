package main

// This file implements `nbcheck check` and `nbcheck run`: find the
// documents, run each one, judge every code cell, report, and write
// regenerated outputs back when asked.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/runner"
)

// settings are the flags merged over the configuration file.
type settings struct {
	cfg     check.Config
	compare check.Options
	run     runner.Options
	mode    string // "", "jupyter" or "script"
	// inProcess runs notebooks in this process rather than in workers.
	inProcess bool
	// memLimit is --memory-limit in bytes (0: none); a worker enforces it.
	memLimit int64
	// inPlace: documents are rewritten where they are (run --inplace,
	// check --update), so each is locked from its reading to its writing.
	inPlace bool
}

func loadSettings(env *environ, paths []string) (*settings, error) {
	o := env.opts
	var cfg check.Config
	var err error
	if o.config != "" {
		data, rerr := os.ReadFile(o.config)
		if rerr != nil {
			return nil, rerr
		}
		cfg, _, err = check.ParseConfig(o.config, data)
	} else {
		dir := "."
		if len(paths) > 0 {
			if info, serr := os.Stat(paths[0]); serr == nil && !info.IsDir() {
				dir = filepath.Dir(paths[0])
			} else if serr == nil {
				dir = paths[0]
			}
		}
		cfg, _, err = check.LoadConfig(dir)
	}
	if err != nil {
		return nil, err
	}
	s := &settings{cfg: cfg, compare: cfg.Options(), inProcess: o.inProcess || inWorkerProcess()}
	if o.lax {
		s.compare.Lax = true
	}
	if o.noStderr {
		s.compare.IgnoreStderr = true
	}
	if o.sanitize != "" {
		sans, err := check.LoadSanitizers(o.sanitize)
		if err != nil {
			return nil, err
		}
		s.compare.Sanitizers = append(s.compare.Sanitizers, sans...)
	}
	if o.floatRel >= 0 || o.floatAbs >= 0 {
		tol := check.DefaultTolerance
		if s.compare.Tolerance != nil {
			tol = *s.compare.Tolerance
		}
		if o.floatRel >= 0 {
			tol.Rel = o.floatRel
		}
		if o.floatAbs >= 0 {
			tol.Abs = o.floatAbs
		}
		s.compare.Tolerance = &tol
	}
	if err := setRunSettings(s, o, cfg.Clock); err != nil {
		return nil, err
	}
	if o.perWorker < 1 {
		return nil, fmt.Errorf("--notebooks-per-worker: got %d, want 1 or more", o.perWorker)
	}
	return s, nil
}

// loadRunSettings reads the flags that say how cells run, for a worker.
func loadRunSettings(env *environ) (*settings, error) {
	s := &settings{}
	return s, setRunSettings(s, env.opts, "")
}

// setRunSettings fills s.run and s.mode from the flags; cfgClock is the
// configuration file's clock, used when the flag is not given.
func setRunSettings(s *settings, o *options, cfgClock string) error {
	clock := o.clock
	if clock == "" {
		clock = cfgClock
	}
	switch clock {
	case "", "virtual":
	case "real":
		s.run.RealClock = true
	default:
		return fmt.Errorf("--clock: got %q, want virtual or real", clock)
	}
	switch o.mode {
	case "", "jupyter", "script":
		s.mode = o.mode
	default:
		return fmt.Errorf("--mode: got %q, want jupyter or script", o.mode)
	}
	s.run.Horizon = o.horizon
	s.run.VirtualTimeout = o.virtTime
	s.run.CellTimeout = o.cellTime
	s.run.NotebookTimeout = o.nbTime
	if o.maxOutput < 0 {
		return fmt.Errorf("--max-output: got %d, want 0 (no limit) or more", o.maxOutput)
	}
	s.run.MaxOutput = o.maxOutput
	s.run.AllowWrites = o.allowWrite
	mem, err := parseSize(o.memory)
	if err != nil {
		return fmt.Errorf("--memory-limit: %v", err)
	}
	s.memLimit = mem
	disk, err := parseSize(o.disk)
	if err != nil {
		return fmt.Errorf("--disk-limit: %v", err)
	}
	s.run.DiskQuota = disk
	return nil
}

// checked is one document after its run: the report and what --update
// and `run` need to write it back.
type checked struct {
	report notebookReport
	doc    *source.Doc
	runs   []runner.Cell
	unlock func() // releases the document's lock (inPlace), or nil
}

// release releases the document's lock, if any.
func (c *checked) release() {
	if c.unlock != nil {
		c.unlock()
		c.unlock = nil
	}
}

func cmdCheck(env *environ, paths []string) int {
	defer handleSignals(env.stderr)()
	if len(paths) == 0 {
		env.errorf("check: no PATH given")
		return exitTrouble
	}
	s, err := loadSettings(env, paths)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	s.inPlace = env.opts.update
	files, err := source.Find(paths)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	if files, err = shard(files, env.opts.shard); err != nil {
		env.errorf("--shard: %v", err)
		return exitTrouble
	}
	results := checkAll(env, s, files)
	reports := make([]notebookReport, len(results))
	for i, r := range results {
		reports[i] = r.report
	}
	var t tally
	switch env.opts.format {
	case "json":
		t = writeJSON(env.stdout, reports)
	case "text", "":
		t = writeText(env.stdout, reports, env.color, env.opts.verbose)
	default:
		env.errorf("-f: got %q, want text or json", env.opts.format)
		return exitTrouble
	}
	if env.opts.junit != "" {
		if err := writeJUnit(env.opts.junit, reports); err != nil {
			env.errorf("--junit: %v", err)
			return exitTrouble
		}
	}
	if os.Getenv("GITHUB_ACTIONS") == "true" {
		writeGitHub(env.stdout, reports)
	}
	status := exitOK
	if t.failed > 0 {
		status = exitFailed
	}
	if env.opts.update {
		for _, r := range results {
			if r.doc == nil {
				continue
			}
			nb := updatedNotebook(r, onlyFailing)
			wrote, err := save(&r, r.doc.Path, nb)
			if err != nil {
				env.errorf("%v", err)
				status = exitTrouble
			} else if wrote {
				fmt.Fprintf(env.stderr, "nbcheck: updated %s\n", slashPath(r.doc.Path))
			}
		}
	}
	if t.errors > 0 {
		status = exitTrouble
	}
	return status
}

func cmdRun(env *environ, paths []string) int {
	defer handleSignals(env.stderr)()
	o := env.opts
	switch {
	case len(paths) == 0:
		env.errorf("run: no PATH given")
		return exitTrouble
	case o.inplace && o.out != "":
		env.errorf("run: -o and --inplace cannot be used together")
		return exitTrouble
	case !o.inplace && o.out == "":
		env.errorf("run: give -o OUT (one notebook) or --inplace")
		return exitTrouble
	case o.out != "" && len(paths) != 1:
		env.errorf("run: -o takes exactly one notebook, got %d paths", len(paths))
		return exitTrouble
	}
	s, err := loadSettings(env, paths)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	files, err := source.Find(paths)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	s.inPlace = o.inplace
	if o.out != "" && (len(files) != 1 || files[0] != paths[0]) {
		env.errorf("run: -o takes one notebook file, not a folder")
		return exitTrouble
	}
	status := exitOK
	for _, r := range checkAll(env, s, files) {
		if r.report.Err != nil {
			env.errorf("%v", r.report.Err)
			status = exitTrouble
			continue
		}
		if r.doc == nil { // skipped notebook
			continue
		}
		target := r.doc.Path
		if o.out != "" {
			target = o.out
		}
		wrote, err := save(&r, target, updatedNotebook(r, allCells))
		if err != nil {
			env.errorf("%v", err)
			status = exitTrouble
			continue
		}
		verb := "unchanged"
		if wrote {
			verb = "wrote"
		}
		fmt.Fprintf(env.stdout, "%s: %s\n", slashPath(target), verb)
		for _, c := range r.report.Cells {
			if c.Result.Verdict == check.Error || c.Result.Verdict == check.Unsupported {
				fmt.Fprintf(env.stdout, "\t%s: %s: %s\n", c.position(r.report.Path), c.Result.Verdict, c.Result.Reason)
			}
		}
	}
	return status
}

// checkAll runs and judges every file, -j at a time; the result is in the
// order of files, whatever the schedule.
func checkAll(env *environ, s *settings, files []string) []checked {
	if s.inPlace {
		// Each document is locked until it is written: the same file
		// twice would wait for itself.
		files = distinctFiles(files)
	}
	out := make([]checked, len(files))
	jobs := env.opts.jobs
	if jobs < 1 {
		jobs = 1
	}
	if s.inProcess {
		// The interpreter keeps some process-wide state: notebooks that
		// share a process run one at a time.
		jobs = 1
	}
	var pool *workerPool
	if !s.inProcess {
		// One worker per job, started ahead of its notebook.
		pool = newWorkerPool(s, len(files), jobs, env.opts.perWorker)
		defer pool.close()
	}
	progress := newProgress(env, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, jobs)
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = checkOne(s, pool, f)
			progress.done(f)
		}()
	}
	wg.Wait()
	progress.finish()
	return out
}

// progress shows on stderr how many notebooks are done, when stderr is a
// terminal and there is more than one notebook; otherwise it is silent.
type progress struct {
	mu     sync.Mutex
	w      io.Writer // nil: silent
	n, all int
}

func newProgress(env *environ, all int) *progress {
	p := &progress{all: all}
	if all > 1 && isTerminal(env.stderr) {
		p.w = env.stderr
	}
	return p
}

func (p *progress) done(path string) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	line := fmt.Sprintf("[%d/%d] %s", p.n, p.all, slashPath(path))
	if len(line) > 79 {
		line = line[:76] + "..."
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
}

func (p *progress) finish() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// checkOne runs one document, in a worker from pool unless s.inProcess,
// and judges its code cells.
func checkOne(s *settings, pool *workerPool, path string) (c checked) {
	c.report.Path = slashPath(path)
	if pool != nil {
		pool.begin()
	}
	defer func() {
		if p := recover(); p != nil {
			c.report.Err = fmt.Errorf("%s: internal nbcheck error: %v", path, p)
		}
	}()
	if s.inPlace {
		unlock, err := lockFile(path)
		if err != nil {
			c.report.Err = err
			return c
		}
		c.unlock = unlock
		defer func() {
			if c.doc == nil { // nothing will be written
				c.release()
			}
		}()
	}
	doc, err := source.Load(path)
	if err != nil {
		c.report.Err = err
		return c
	}
	marks, err := check.ReadNotebookMarkers(doc.Notebook)
	if err != nil {
		c.report.Err = fmt.Errorf("%s: %w", path, err)
		return c
	}
	if marks.Skip {
		c.report.Skipped = "the notebook asks to be skipped"
		if marks.Reason != "" {
			c.report.Skipped += ": " + marks.Reason
		}
		return c
	}
	var runs []runner.Cell
	if s.inProcess {
		runs, err = runner.Run(path, doc.Notebook, runOptions(s, doc))
	} else {
		runs, c.report.Crash, err = runInWorker(s, pool, doc)
	}
	if err != nil {
		c.report.Err = err
		return c
	}
	copts := s.compare
	if marks.Lax != nil {
		copts.Lax = *marks.Lax
	}
	for _, run := range runs {
		cell := doc.Notebook.Cells[run.Index]
		res := check.CheckCell(check.CellInput{Cell: cell, Index: run.Index, Produced: run.Produced,
			Status: run.Status, Reason: run.Reason, Skipped: run.Skipped}, copts)
		c.report.Cells = append(c.report.Cells, cellReport{Index: run.Index, Line: cell.Line, Result: res})
		for _, n := range run.Notes {
			c.report.Notes = append(c.report.Notes, fmt.Sprintf("cells[%d]: %s", run.Index, n))
		}
	}
	c.doc, c.runs = doc, runs
	return c
}

// save writes a document's regenerated notebook to path and releases the
// document's lock. It holds saving, so that SIGINT or SIGTERM waits for
// the write to end (see handleSignals): an interrupted run leaves the old
// file or the new one, and no temporary file.
func save(r *checked, path string, nb *ipynb.Notebook) (bool, error) {
	saving.Lock()
	defer saving.Unlock()
	defer r.release()
	return r.doc.Save(path, nb)
}

// Which cells a write-back replaces.
const (
	onlyFailing = iota // check --update: the cells that failed
	allCells           // run: every cell that ran, keeping matched ones' bytes
)

// updatedNotebook returns a copy of the document's notebook with produced
// outputs written into the cells that which selects. A cell whose
// outputs matched keeps its recorded outputs byte for byte. `run` also
// renumbers execution counts 1..n over the cells that ran.
func updatedNotebook(c checked, which int) *ipynb.Notebook {
	nb := c.doc.Notebook.Clone()
	byIndex := map[int]cellReport{}
	for _, r := range c.report.Cells {
		byIndex[r.Index] = r
	}
	count := 0
	for _, run := range c.runs {
		cell := nb.Cells[run.Index]
		res := byIndex[run.Index].Result
		ran := run.Status == check.StatusRan || run.Status == check.StatusRaised
		if !ran {
			continue
		}
		count++
		switch which {
		case onlyFailing:
			if res.Failed() {
				cell.Outputs = cloneOutputs(run.Produced, cell.ExecutionCount)
			}
		case allCells:
			n := count
			cell.ExecutionCount = &n
			if res.Verdict == check.Match {
				for _, o := range cell.Outputs {
					if o.Type == ipynb.ExecuteResult {
						o.ExecutionCount = &n
					}
				}
				continue
			}
			cell.Outputs = cloneOutputs(run.Produced, &n)
		}
	}
	return nb
}

// cloneOutputs returns produced outputs with execute_result counts set to
// count.
func cloneOutputs(outs []*ipynb.Output, count *int) []*ipynb.Output {
	res := make([]*ipynb.Output, len(outs))
	for i, o := range outs {
		cp := *o
		if cp.Type == ipynb.ExecuteResult && count != nil {
			n := *count
			cp.ExecutionCount = &n
		}
		res[i] = &cp
	}
	return res
}

// shard keeps shard i of n (1-based) of files: the files are sorted and
// dealt round-robin, so shards differ in size by at most one and the same
// set of files always splits the same way.
func shard(files []string, spec string) ([]string, error) {
	if spec == "" {
		return files, nil
	}
	is, ns, ok := strings.Cut(spec, "/")
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return nil, errors.New("got " + strconv.Quote(spec) + ", want i/n with 1 <= i <= n")
	}
	sorted := append([]string(nil), files...)
	sort.Strings(sorted)
	var out []string
	for k, f := range sorted {
		if k%n == i-1 {
			out = append(out, f)
		}
	}
	return out, nil
}

// distinctFiles drops the paths that name a file already in files.
func distinctFiles(files []string) []string {
	var out []string
	var infos []os.FileInfo
next:
	for _, f := range files {
		info, err := os.Stat(f)
		if err == nil {
			for _, seen := range infos {
				if os.SameFile(info, seen) {
					continue next
				}
			}
			infos = append(infos, info)
		}
		out = append(out, f)
	}
	return out
}

// saving is held while a document is written.
var saving sync.Mutex

// handleSignals makes SIGINT and SIGTERM end nbcheck only between writes
// (workers die with it: see workerSysProcAttr), and returns the function
// that stops handling them.
func handleSignals(stderr io.Writer) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			saving.Lock() // a write in progress ends first; none starts after
			fmt.Fprintf(stderr, "nbcheck: stopped by %v\n", sig)
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
