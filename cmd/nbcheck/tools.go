package main

// This file implements the commands that look inside nbcheck rather than
// check notebooks: transpile, exec and explain.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/runner"
	"github.com/nbcheck/nbcheck/sandbox"
	"github.com/nbcheck/nbcheck/transpile"
)

// cmdTranspile prints, per code cell, the gpython-dialect code that would
// run, or why the cell cannot be transpiled.
func cmdTranspile(env *environ, paths []string) int {
	if len(paths) == 0 {
		env.errorf("transpile: no PATH given")
		return exitTrouble
	}
	files, err := source.Find(paths)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	status := exitOK
	for _, f := range files {
		doc, err := source.Load(f)
		if err != nil {
			env.errorf("%v", err)
			status = exitTrouble
			continue
		}
		for i, c := range doc.Notebook.Cells {
			if c.Type != ipynb.Code {
				continue
			}
			fmt.Fprintf(env.stdout, "# %s:cells[%d]\n", slashPath(f), i)
			res, err := transpile.Cell(c.Source, transpile.Options{Filename: fmt.Sprintf("%s:cells[%d]", slashPath(f), i)})
			if err != nil {
				fmt.Fprintf(env.stdout, "# cannot transpile: %v\n\n", err)
				status = exitFailed
				continue
			}
			for _, n := range res.Notes {
				fmt.Fprintf(env.stdout, "# note: %s\n", n)
			}
			fmt.Fprintf(env.stdout, "%s\n", res.Code)
		}
	}
	return status
}

// cmdExec runs a Python script on nbcheck's runtime with script
// semantics, as `python3 FILE.py` would.
func cmdExec(env *environ, paths []string) int {
	if len(paths) != 1 {
		env.errorf("exec: want one FILE.py, got %d arguments", len(paths))
		return exitTrouble
	}
	path := paths[0]
	src, err := os.ReadFile(path)
	if err != nil {
		env.errorf("%v", err)
		return exitTrouble
	}
	tuneGC()
	if f := env.opts.cpuProfile; f != "" {
		out, err := os.Create(f)
		if err != nil {
			env.errorf("%v", err)
			return exitTrouble
		}
		defer out.Close()
		if err := pprof.StartCPUProfile(out); err != nil {
			env.errorf("%v", err)
			return exitTrouble
		}
		defer pprof.StopCPUProfile()
	}
	if f := env.opts.memProfile; f != "" {
		// Create the file now, so that a bad path is reported before the
		// run rather than after it.
		out, err := os.Create(f)
		if err != nil {
			env.errorf("%v", err)
			return exitTrouble
		}
		out.Close()
		runtime.MemProfileRate = 1
		defer func() {
			if err := writeHeapProfile(f); err != nil {
				env.errorf("%v", err)
			}
		}()
	}
	if env.opts.bare {
		return execBare(env, path, string(src))
	}
	res, err := transpile.Script(string(src), transpile.Options{Filename: path, NoChecks: env.opts.noChecks})
	if err != nil {
		var unsup transpile.ErrorList
		if errors.As(err, &unsup) {
			// Unsupported constructs carry a line and column, no file.
			fmt.Fprintf(env.stderr, "%s:%v\n", path, err)
		} else {
			fmt.Fprintf(env.stderr, "%v\n", err)
		}
		return exitFailed
	}
	sb, err := execSandbox(path)
	if err != nil {
		env.errorf("exec: %v", err)
		return exitTrouble
	}
	defer sb.Close()
	k, err := runner.NewKernel(runner.Options{Script: true, Sandbox: sb}, []string{path})
	if err != nil {
		env.errorf("exec: starting the kernel: %v", err)
		return exitTrouble
	}
	defer k.Close()
	return k.RunScriptSource(pyrun.Cell{Code: res.Code, Source: string(src), Filename: path, Map: res.Map}, env.stdout, env.stderr)
}

// execBare runs a script on bare gpython v0.2.0, as gpython's own command
// would: py.Compile and a plain context, none of nbcheck's transpiler,
// object model, builtins or import finders (nothing is installed, so the
// global hooks they set stay unset in this process). It is the baseline
// against which bench/run.sh measures what nbcheck's layers cost; its
// output is gpython's, right or wrong.
func execBare(env *environ, path, src string) int {
	code, err := py.Compile(src, path, py.ExecMode, 0, true)
	if err != nil {
		fmt.Fprintf(env.stderr, "%v\n", err)
		return exitFailed
	}
	opts := py.DefaultContextOpts()
	opts.SysArgs = []string{path}
	ctx := py.NewContext(opts)
	defer ctx.Close()
	if _, err := py.RunCode(ctx, code, path, "__main__"); err != nil {
		fmt.Fprintf(env.stderr, "%v\n", err)
		return exitFailed
	}
	return exitOK
}

// cmdExplain prints the documentation of finding codes.
func cmdExplain(env *environ, codes []string) int {
	if len(codes) == 0 {
		for _, d := range check.Codes {
			fmt.Fprintf(env.stdout, "%s  %-8s %s\n", d.Code, d.Severity, d.Title)
		}
		return exitOK
	}
	status := exitOK
	for _, code := range codes {
		d, err := check.Explain(code)
		if err != nil {
			env.errorf("explain: %v", err)
			status = exitTrouble
			continue
		}
		fmt.Fprintf(env.stdout, "%s: %s (%s)\n\n%s\n", d.Code, d.Title, d.Severity, d.Doc)
	}
	return status
}

// writeHeapProfile writes the allocation profile gathered so far to path.
func writeHeapProfile(path string) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(out, 0); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// execSandbox is the sandbox of `nbcheck exec`: unconfined, since the
// script is the user's own, run as `python3 FILE.py` would run it
// (relative paths start in the working folder, imports in the script's
// folder, the real environment), but with nbcheck's open and os, which
// behave as CPython's where gpython's do not.
func execSandbox(script string) (*sandbox.Sandbox, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(filepath.Dir(script))
	if err != nil {
		return nil, err
	}
	env := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	return sandbox.New(sandbox.Config{Dir: cwd, ImportDir: dir, Unconfined: true, Env: env})
}
