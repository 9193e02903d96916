package runner_test

// The pipeline fuzz targets: notebook JSON, Markdown documents and cell
// source, each through the whole pipeline (read, transpile, run, compare)
// to a verdict per cell. What must hold for any input: no panic escapes,
// every code cell gets exactly one run and one verdict, and the run ends
// within its limits. Interesting inputs the fuzzer found are kept in
// testdata/fuzz/<target>/ and run as ordinary tests.
//
//	go test ./runner -run '^$' -fuzz FuzzPipelineNotebook -fuzztime 10m
//	go test ./runner -run '^$' -fuzz FuzzPipelineMarkdown -fuzztime 10m
//	go test ./runner -run '^$' -fuzz FuzzPipelineCell -fuzztime 10m

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
	"github.com/nbcheck/nbcheck/runner"
)

// fuzzOptions keep one input's run short: a runaway cell ends as its
// error within a second of wall time.
var fuzzOptions = runner.Options{
	CellTimeout:     time.Second,
	NotebookTimeout: 5 * time.Second,
	VirtualTimeout:  time.Hour,
	MaxOutput:       1 << 16,
}

// pipeline runs nb and judges every code cell, checking the invariants.
func pipeline(t *testing.T, nb *ipynb.Notebook, script bool) {
	t.Helper()
	dir := t.TempDir()
	opts := fuzzOptions
	opts.Script = script
	start := time.Now()
	runs, err := runner.Run(filepath.Join(dir, "fuzz.ipynb"), nb, opts)
	if err != nil {
		return // the kernel could not start for this notebook: an error, not a panic
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the run took %v, past its limits", d)
	}
	var code []int
	for i, c := range nb.Cells {
		if c.Type == ipynb.Code {
			code = append(code, i)
		}
	}
	if len(runs) != len(code) {
		t.Fatalf("%d code cells, %d runs", len(code), len(runs))
	}
	for j, r := range runs {
		if r.Index != code[j] {
			t.Fatalf("run %d is of cells[%d], want cells[%d]", j, r.Index, code[j])
		}
		c := nb.Cells[r.Index]
		res := check.CheckCell(check.CellInput{Cell: c, Index: r.Index, Produced: r.Produced, Status: r.Status, Reason: r.Reason}, check.Options{})
		if res.Verdict == "" {
			t.Fatalf("cells[%d]: no verdict", r.Index)
		}
	}
}

// seedFiles adds the bundled fixtures with the given extension.
func seedFiles(f *testing.F, ext string) {
	paths, _ := filepath.Glob(filepath.Join("..", "fixtures", "*"+ext))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err == nil {
			f.Add(data)
		}
	}
}

// seedCells are cell sources that reach the runtime's corners.
var seedCells = []string{
	"print('hello')",
	"import asyncio\nasync def f():\n    await asyncio.sleep(1)\n    return 2\nawait f()",
	"x = {1: 'a', (2, 3): [4]}\nx",
	"while True:\n    pass",
	"def r(n):\n    return r(n + 1)\nr(0)",
	"import threading, time\nt = threading.Thread(target=time.sleep, args=(1,))\nt.start(); t.join()",
	"match [1, 2]:\n    case [a, *b]:\n        print(a, b)",
	"try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* ValueError as e:\n    print(repr(e))",
	"import random, collections\nrandom.seed(1)\ncollections.Counter(random.choice('abc') for _ in range(20))",
	"f'{1+1=} {\"x\"!r:>5}'",
	"%time sum(range(10))",
	"open('/etc/passwd').read()",
	"import os\nos.system('true')",
	"class A:\n    def __eq__(self, o): return True\n    __hash__ = None\n{A(): 1}",
}

func oneCell(src string) *ipynb.Notebook {
	return &ipynb.Notebook{
		Nbformat: 4, NbformatMinor: 5,
		Cells: []*ipynb.Cell{{Type: ipynb.Code, Source: src}},
	}
}

func FuzzPipelineNotebook(f *testing.F) {
	seedFiles(f, ".ipynb")
	for _, s := range seedCells {
		if data, err := json.Marshal(map[string]any{
			"nbformat": 4, "nbformat_minor": 5, "metadata": map[string]any{},
			"cells": []any{map[string]any{"cell_type": "code", "execution_count": 1, "metadata": map[string]any{}, "outputs": []any{}, "source": s}},
		}); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := ipynb.Read("fuzz.ipynb", data)
		if err != nil {
			return
		}
		pipeline(t, nb, false)
	})
}

func FuzzPipelineMarkdown(f *testing.F) {
	seedFiles(f, ".md")
	for _, s := range seedCells {
		f.Add([]byte("# T\n\n```python\n" + s + "\n```\n\n```\nhello\n```\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := mddoc.Parse("fuzz.md", data, mddoc.Options{})
		if err != nil {
			return
		}
		pipeline(t, doc.Notebook(), true)
	})
}

func FuzzPipelineCell(f *testing.F) {
	for _, s := range seedCells {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		pipeline(t, oneCell(src), false)
	})
}
