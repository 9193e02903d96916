package main

// This file implements `nbcheck cells`: it shows how each document was
// read, cell by cell, with every recorded output and its type, so a user
// can see what nbcheck will compare.

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
)

func cmdCells(env *environ, paths []string) int {
	if len(paths) == 0 {
		env.errorf("cells: no PATH given")
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
		printCells(env.stdout, doc)
	}
	return status
}

func printCells(w io.Writer, doc *source.Doc) {
	nb := doc.Notebook
	fmt.Fprintf(w, "%s: %s, nbformat %d.%d, %d cells\n", slashPath(doc.Path), doc.Kind, nb.Nbformat, nb.NbformatMinor, len(nb.Cells))
	for i, c := range nb.Cells {
		head := fmt.Sprintf("cells[%d] %s", i, c.Type)
		if c.Type == ipynb.Code {
			if c.ExecutionCount != nil {
				head += fmt.Sprintf(" In [%d]", *c.ExecutionCount)
			} else {
				head += " In [ ]"
			}
		}
		if c.Line > 0 {
			head += fmt.Sprintf(" (line %d)", c.Line)
		}
		if tags := cellTags(c); len(tags) > 0 {
			head += " tags=" + strings.Join(tags, ",")
		}
		fmt.Fprintln(w, head)
		if c.Type != ipynb.Code {
			n := strings.Count(strings.TrimRight(c.Source, "\n"), "\n") + 1
			if c.Source == "" {
				n = 0
			}
			fmt.Fprintf(w, "  (%d lines of %s)\n", n, c.Type)
			continue
		}
		for _, line := range splitLines(c.Source) {
			fmt.Fprintf(w, "  | %s\n", line)
		}
		if len(c.Outputs) == 0 {
			fmt.Fprintln(w, "  (no recorded output)")
		}
		for j, o := range c.Outputs {
			printOutput(w, j, o)
		}
	}
}

func printOutput(w io.Writer, j int, o *ipynb.Output) {
	switch o.Type {
	case ipynb.Stream:
		fmt.Fprintf(w, "  outputs[%d] stream %s:\n", j, o.Name)
		for _, line := range splitLines(o.Text) {
			fmt.Fprintf(w, "    > %s\n", line)
		}
	case ipynb.ExecuteResult, ipynb.DisplayData:
		head := fmt.Sprintf("  outputs[%d] %s", j, o.Type)
		if o.ExecutionCount != nil {
			head += fmt.Sprintf(" Out[%d]", *o.ExecutionCount)
		}
		var mimes []string
		for m := range o.Data {
			mimes = append(mimes, m)
		}
		sort.Strings(mimes)
		fmt.Fprintf(w, "%s [%s]:\n", head, strings.Join(mimes, ", "))
		if text, ok := o.Data.Text("text/plain"); ok {
			for _, line := range splitLines(text) {
				fmt.Fprintf(w, "    > %s\n", line)
			}
		}
	case ipynb.Error:
		fmt.Fprintf(w, "  outputs[%d] error: %s: %s (%d traceback lines)\n", j, o.Ename, o.Evalue, len(o.Traceback))
	default:
		fmt.Fprintf(w, "  outputs[%d] %s\n", j, o.Type)
	}
}

// cellTags returns the cell's metadata tags, if any.
func cellTags(c *ipynb.Cell) []string {
	var tags []string
	if raw, ok := c.Metadata["tags"]; ok {
		_ = json.Unmarshal(raw, &tags)
	}
	return tags
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// slashPath prints paths with forward slashes, as reports do everywhere.
func slashPath(p string) string {
	return strings.ReplaceAll(p, "\\", "/")
}
