package main

// This file holds the command-line surface: subcommands, flags, exit codes.
// Everything worth testing sits behind run, which the txtar script tests
// call in-process.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Exit codes, documented in the usage text.
const (
	exitOK      = 0 // every notebook passes
	exitFailed  = 1 // at least one cell failed
	exitTrouble = 2 // bad usage, unreadable input, or nbcheck could not do its job
)

// version is the nbcheck version; release builds set it with -ldflags.
var version = "0.1.0-dev"

const usageText = `nbcheck checks Python notebooks without Python.

Usage:
  nbcheck check [flags] PATH...      run each notebook and compare its recorded outputs
  nbcheck run [flags] PATH -o OUT    run a notebook and write it with regenerated outputs to OUT
  nbcheck run --inplace [flags] PATH...
                                     regenerate outputs in place (atomic write)
  nbcheck transpile PATH...          print the gpython-dialect code of each code cell
  nbcheck cells PATH...              print the cells and recorded outputs as nbcheck read them
  nbcheck exec FILE.py               run a Python script on nbcheck's runtime
  nbcheck explain CODE               print the documentation of a finding code (NB101, ...)
  nbcheck version                    print the version
  nbcheck help [COMMAND]             print this help, or a command's flags

PATH is a .ipynb notebook, a Markdown (.md) document with python fences, or a
folder, searched recursively (.ipynb_checkpoints and hidden folders skipped).

Exit status: 0 when every notebook passes, 1 when at least one cell failed,
2 on bad usage, unreadable input, or when nbcheck could not do its job.
`

// options holds every flag of every subcommand; each subcommand registers
// the ones it takes in initFlags.
type options struct {
	format     string // -f: text or json
	verbose    bool   // -v: list every cell, not only failing ones
	junit      string
	jobs       int
	shard      string
	update     bool
	lax        bool
	sanitize   string
	config     string
	noStderr   bool
	clock      string
	mode       string
	cellTime   time.Duration
	nbTime     time.Duration
	virtTime   time.Duration
	horizon    time.Duration
	memory     string
	disk       string
	maxOutput  int
	floatRel   float64
	floatAbs   float64
	out        string
	inplace    bool
	allowWrite bool
	inProcess  bool
	perWorker  int
	noChecks   bool
	bare       bool
	cpuProfile string
	memProfile string
}

// initFlags registers the flags of subcommand cmd on fs. Keep it the only
// place flags are defined, so help and parsing cannot disagree.
func initFlags(cmd string, fs *flag.FlagSet, o *options) {
	runFlags := func() {
		fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "check `n` notebooks in parallel")
		fs.StringVar(&o.clock, "clock", "virtual", "`clock` for sleeps and time: virtual (deterministic, instant) or real (really waits)")
		fs.StringVar(&o.mode, "mode", "", "`semantics`: jupyter (a loop always runs; default for .ipynb) or script (default for .md)")
		fs.DurationVar(&o.cellTime, "timeout", 30*time.Second, "wall-time `limit` per cell")
		fs.DurationVar(&o.nbTime, "notebook-timeout", 5*time.Minute, "wall-time `limit` per notebook")
		fs.DurationVar(&o.virtTime, "virtual-timeout", time.Hour, "virtual-time `limit` per cell")
		fs.DurationVar(&o.horizon, "horizon", 0, "virtual `time` that passes between cells, letting background tasks and threads run on (default: none for a notebook nbconvert/nbclient executed, whose cells record their timings, else 1m; negative: none)")
		fs.StringVar(&o.memory, "memory-limit", "2GiB", "memory `limit` per notebook (0: none)")
		fs.StringVar(&o.disk, "disk-limit", "1GiB", "`bytes` a notebook may write: its scratch folder in total, and each file (0: none)")
		fs.IntVar(&o.maxOutput, "max-output", 1<<20, "output `bytes` kept per cell; the rest is cut with a note")
		fs.BoolVar(&o.allowWrite, "allow-writes", false, "let notebooks write files next to themselves (default: a scratch folder)")
		fs.StringVar(&o.config, "config", "", "config `file` (default: nbcheck.toml or [tool.nbcheck] in pyproject.toml, searched upwards)")
		fs.IntVar(&o.perWorker, "notebooks-per-worker", 16, "`n` notebooks one worker process runs one after another, each on a fresh interpreter (1: a fresh process for every notebook)")
		fs.BoolVar(&o.inProcess, "debug.in-process", false, "run notebooks in this process instead of worker processes")
	}
	switch cmd {
	case "check":
		runFlags()
		fs.StringVar(&o.format, "f", "text", "report `format`: text or json")
		fs.BoolVar(&o.verbose, "v", false, "list the verdict of every cell, not only of failing ones")
		fs.StringVar(&o.junit, "junit", "", "also write a JUnit XML report to `file`")
		fs.StringVar(&o.shard, "shard", "", "check only shard `i/n` of the notebooks (1-based), split stably")
		fs.BoolVar(&o.update, "update", false, "rewrite the outputs of the cells that failed")
		fs.BoolVar(&o.lax, "lax", false, "compare only cells marked # NBVAL_CHECK_OUTPUT (nbval's --nbval-lax)")
		fs.StringVar(&o.sanitize, "sanitize-with", "", "nbval-style sanitizer `file` of regex/replace sections")
		fs.BoolVar(&o.noStderr, "ignore-stderr", false, "do not compare stderr streams")
		fs.Float64Var(&o.floatRel, "float-rel", -1, "relative float `tolerance` (default from config, else 0.05)")
		fs.Float64Var(&o.floatAbs, "float-abs", -1, "absolute float `tolerance` (default from config, else 0.05)")
	case "run":
		runFlags()
		fs.StringVar(&o.out, "o", "", "write the notebook with regenerated outputs to `file`")
		fs.BoolVar(&o.inplace, "inplace", false, "rewrite each notebook in place")
	case workerCommand:
		runFlags()
	case "exec":
		fs.BoolVar(&o.noChecks, "debug.no-checks", false, "leave out the interruption checks on loop back-edges (to measure their cost)")
		fs.BoolVar(&o.bare, "debug.bare", false, "run the file on bare gpython: its own compiler and context, without the transpiler, object layer, builtins or finders (to measure their cost)")
		fs.StringVar(&o.cpuProfile, "debug.cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof)")
		fs.StringVar(&o.memProfile, "debug.memprofile", "", "write a profile of every allocation of the run to `file` (go tool pprof -sample_index=alloc_space)")
	case "transpile", "cells", "version", "explain", "help":
	default:
		panic("initFlags: unknown command " + cmd)
	}
}

var commands = []string{"check", "run", "transpile", "cells", "exec", "explain", "version", "help"}

// run is nbcheck's main: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitTrouble
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usageText)
		return exitOK
	case "-version", "--version":
		cmd = "version"
	}
	if !contains(commands, cmd) && cmd != workerCommand {
		msg := fmt.Sprintf("unknown command %q", cmd)
		if s := suggest(cmd, commands); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		fmt.Fprintf(stderr, "nbcheck: %s\nRun 'nbcheck help' for usage.\n", msg)
		return exitTrouble
	}
	var o options
	fs := flag.NewFlagSet("nbcheck "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	initFlags(cmd, fs, &o)
	paths, err := parseInterspersed(fs, rest)
	if errors.Is(err, flag.ErrHelp) {
		printCommandHelp(stdout, cmd, fs)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "nbcheck %s: %v\nRun 'nbcheck help %s' for usage.\n", cmd, err, cmd)
		return exitTrouble
	}
	env := &environ{stdin: stdin, stdout: stdout, stderr: stderr, opts: &o, color: useColor(stdout)}
	switch cmd {
	case "help":
		if len(paths) == 1 && contains(commands, paths[0]) && paths[0] != "help" {
			hfs := flag.NewFlagSet("nbcheck "+paths[0], flag.ContinueOnError)
			initFlags(paths[0], hfs, &options{})
			printCommandHelp(stdout, paths[0], hfs)
			return exitOK
		}
		fmt.Fprint(stdout, usageText)
		return exitOK
	case "version":
		fmt.Fprintf(stdout, "nbcheck %s (%s, gpython v0.2.0)\n", version, runtime.Version())
		return exitOK
	case "cells":
		return cmdCells(env, paths)
	case "check":
		return cmdCheck(env, paths)
	case "run":
		return cmdRun(env, paths)
	case "transpile":
		return cmdTranspile(env, paths)
	case "exec":
		return cmdExec(env, paths)
	case "explain":
		return cmdExplain(env, paths)
	case workerCommand:
		return cmdWorker(env, paths)
	}
	panic("unreachable")
}

// environ is what a subcommand needs from the outside world.
type environ struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	opts           *options
	color          bool
}

// errorf prints an nbcheck error on stderr.
func (e *environ) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "nbcheck: "+format+"\n", args...)
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments, as users type them (`check fixtures/ -f json`).
// "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		// A "--" consumed by fs.Parse right before a positional leaves
		// nothing to tell; flag stops at the first non-flag, so loop.
	}
}

func printCommandHelp(w io.Writer, cmd string, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage of nbcheck %s:\n", cmd)
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if !strings.HasPrefix(f.Name, "debug.") {
			names = append(names, f.Name)
		}
	})
	sort.Strings(names)
	for _, n := range names {
		f := fs.Lookup(n)
		placeholder, usage := flag.UnquoteUsage(f)
		dash := "--"
		if len(n) == 1 {
			dash = "-"
		}
		line := "  " + dash + n
		if placeholder != "" {
			line += " " + placeholder
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "-1" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n    \t%s\n", line, usage)
	}
}

// useColor reports whether w is a terminal and NO_COLOR is unset.
func useColor(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a plausible typo.
func suggest(s string, candidates []string) string {
	best, bestD := "", len(s)/2+2
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
