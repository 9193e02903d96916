package main

// This file implements the commands that look inside nbcheck rather than
// check notebooks: transpile, exec and explain.

import (
	"errors"
	"fmt"
	"os"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrun"
	"github.com/nbcheck/nbcheck/runner"
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
	res, err := transpile.Script(string(src), transpile.Options{Filename: path, NoChecks: env.opts.noChecks})
	if err != nil {
		var syn interface{ Error() string }
		if errors.As(err, &syn) {
			fmt.Fprintf(env.stderr, "%v\n", err)
		}
		return exitFailed
	}
	k, err := runner.NewKernel(runner.Options{Script: true}, []string{path})
	if err != nil {
		env.errorf("exec: starting the kernel: %v", err)
		return exitTrouble
	}
	defer k.Close()
	return k.RunScriptSource(pyrun.Cell{Code: res.Code, Source: string(src), Filename: path, Map: res.Map}, env.stdout, env.stderr)
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
