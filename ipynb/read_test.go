package ipynb_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/ipynb"
)

// nbWith returns a notebook whose cells array is cells.
func nbWith(cells string) string {
	return `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [` + cells + `]}`
}

// codeWith returns a notebook with one code cell whose outputs array is
// outputs.
func codeWith(outputs string) string {
	return nbWith(`{"cell_type": "code", "source": "", "outputs": [` + outputs + `]}`)
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string
		reason string
	}{
		{"empty", ``, `nb.ipynb:1:1: invalid JSON: empty file`, "an empty file is not a notebook"},
		{"blank", "\n  ", `nb.ipynb:2:3: invalid JSON: empty file`, "white space only"},
		{"truncated-object", `{`, `nb.ipynb:1:2: invalid JSON: unexpected end of input, want string (an object key)`, "a truncated file"},
		{"truncated-array", `{"cells": [`, `nb.ipynb:1:12: invalid JSON: unexpected end of input, want a value`, "a truncated file"},
		{"trailing-comma", "{\n \"cells\": [\n  {\"cell_type\": \"code\", }\n ]\n}", `nb.ipynb:3:25: invalid JSON: unexpected character '}', want string (an object key)`, "line and column are 1-based"},
		{"array-comma", nbWith(`1,]`), `nb.ipynb:1:66: invalid JSON: unexpected character ']', want a value`, "trailing comma in an array"},
		{"single-quotes", `{'cells': []}`, `nb.ipynb:1:2: invalid JSON: unexpected character '\'', want string (an object key)`, "Python dict syntax is not JSON"},
		{"bad-literal", `{"a": tru}`, `nb.ipynb:1:7: invalid JSON: unexpected character 't', want a value`, "misspelt true"},
		{"leading-zero", `{"a": 01}`, `nb.ipynb:1:8: invalid JSON: unexpected character '1', want ',' or '}' in object`, "JSON numbers have no leading zeros"},
		{"trailing-data", `{"nbformat": 4, "nbformat_minor": 5, "cells": []} x`, `nb.ipynb:1:51: invalid JSON: unexpected data after the notebook's closing '}'`, "one value per file"},
		{"two-objects", "{}\n{}", `nb.ipynb:2:1: invalid JSON: unexpected data after the notebook's closing '}'`, "concatenated files"},
		{"unterminated-string", `{"a": "abc}`, `nb.ipynb:1:7: invalid JSON: unterminated string`, "points at the opening quote"},
		{"invalid-utf8", "{\"a\": \"x\xffy\"}", `nb.ipynb:1:9: invalid JSON: invalid UTF-8 byte 0xff in string`, "points at the bad byte"},
		{"invalid-utf8-outside", "{\xff}", `nb.ipynb:1:2: invalid JSON: invalid UTF-8 byte 0xff, want string (an object key)`, "a bad byte outside strings"},
		{"utf16", "\xff\xfe{\x00}\x00", `nb.ipynb:1:1: invalid JSON: the file is UTF-16 (it starts with a UTF-16 byte order mark); notebooks are UTF-8`, "UTF-16 files are named as such"},
		{"control-char", "{\"a\": \"x\ty\"}", `nb.ipynb:1:9: invalid JSON: control character 0x09 in string (write it as \u0009)`, "JSON strings cannot hold raw control characters"},
		{"bad-escape", `{"a": "\x"}`, `nb.ipynb:1:8: invalid JSON: invalid escape \x in string`, "only JSON escapes"},
		{"bad-unicode-escape", `{"a": "\u12g4"}`, `nb.ipynb:1:8: invalid JSON: invalid \u escape in string`, "four hex digits"},
		{"lone-surrogate", `{"a": "\ud800"}`, `nb.ipynb:1:8: invalid JSON: lone surrogate \ud800 in string`, "Python reads it but cannot write it as UTF-8"},
		{"low-surrogate", `{"a": "\udc00x"}`, `nb.ipynb:1:8: invalid JSON: lone surrogate \udc00 in string`, "a low surrogate alone"},
		{"too-deep", `{"a": ` + strings.Repeat("[", 2000) + strings.Repeat("]", 2000) + `}`, `nb.ipynb:1:1007: invalid JSON: nested deeper than 1000 levels`, "hostile nesting does not exhaust the stack"},
		{"not-object", `[]`, `nb.ipynb:1:1: a notebook must be an object, got array`, "the top is an object"},
		{"nbformat3", `{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}`, "nb.ipynb:1:14: nbformat 3 is not supported, only nbformat 4 (convert the file with `jupyter nbconvert --to notebook --inplace`)", "nbformat 3 is refused by name"},
		{"nbformat2", `{"nbformat": 2}`, "nb.ipynb:1:14: nbformat 2 is not supported, only nbformat 4 (convert the file with `jupyter nbconvert --to notebook --inplace`)", "older ones too"},
		{"nbformat5", `{"nbformat": 5, "nbformat_minor": 0, "cells": []}`, "nb.ipynb:1:14: nbformat 5 is not supported, only nbformat 4 (convert the file with `jupyter nbconvert --to notebook --inplace`)", "and newer majors"},
		{"no-nbformat", `{"cells": []}`, `nb.ipynb:1:1: not a notebook: no "nbformat" key`, "some other JSON file"},
		{"nbformat-string", `{"nbformat": "4", "nbformat_minor": 0, "cells": []}`, `nb.ipynb:1:14: "nbformat" must be an integer, got string`, "wrong type"},
		{"nbformat-float", `{"nbformat": 4.0, "nbformat_minor": 0, "cells": []}`, `nb.ipynb:1:14: "nbformat" must be an integer, got 4.0`, "a float is not an integer"},
		{"no-minor", `{"nbformat": 4, "cells": []}`, `nb.ipynb:1:1: missing "nbformat_minor"`, "required"},
		{"negative-minor", `{"nbformat": 4, "nbformat_minor": -1, "cells": []}`, `nb.ipynb:1:35: "nbformat_minor" must not be negative, got -1`, "minor versions count up from 0"},
		{"no-cells", `{"nbformat": 4, "nbformat_minor": 5}`, `nb.ipynb:1:1: missing "cells"`, "required"},
		{"cells-object", `{"nbformat": 4, "nbformat_minor": 5, "cells": {}}`, `nb.ipynb:1:47: "cells" must be an array, got object`, "wrong type"},
		{"metadata-array", `{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": []}`, `nb.ipynb:1:63: "metadata" must be an object, got array`, "wrong type"},
		{"cell-number", nbWith(`1`), `nb.ipynb:1:64: cells[0]: a cell must be an object, got number`, "cells are objects"},
		{"no-cell-type", nbWith(`{"cell_type": "raw", "source": ""}, {"source": ""}`), `nb.ipynb:1:100: cells[1]: missing "cell_type"`, "names the cell by index"},
		{"heading-cell", nbWith(`{"cell_type": "heading", "source": ""}`), `nb.ipynb:1:78: cells[0]: unknown cell_type "heading", want code, markdown or raw`, "heading cells are nbformat 3"},
		{"no-source", nbWith(`{"cell_type": "code"}`), `nb.ipynb:1:64: cells[0]: missing "source"`, "required"},
		{"source-number", nbWith(`{"cell_type": "code", "source": 1}`), `nb.ipynb:1:96: cells[0]: "source" must be a string or a list of strings, got number`, "the brief's example"},
		{"source-list-number", nbWith(`{"cell_type": "code", "source": ["a", 2]}`), `nb.ipynb:1:102: cells[0]: "source" must be a string or a list of strings, got number in source[1]`, "names the element"},
		{"id-number", nbWith(`{"cell_type": "markdown", "source": "", "id": 3}`), `nb.ipynb:1:110: cells[0]: "id" must be a string, got number`, "wrong type"},
		{"outputs-object", nbWith(`{"cell_type": "code", "source": "", "outputs": {}}`), `nb.ipynb:1:111: cells[0]: "outputs" must be an array, got object`, "wrong type"},
		{"count-string", nbWith(`{"cell_type": "code", "source": "", "execution_count": "1"}`), `nb.ipynb:1:119: cells[0]: "execution_count" must be an integer or null, got string`, "wrong type"},
		{"count-float", nbWith(`{"cell_type": "code", "source": "", "execution_count": 1.5}`), `nb.ipynb:1:119: cells[0]: "execution_count" must be an integer or null, got 1.5`, "not an integer"},
		{"count-huge", nbWith(`{"cell_type": "code", "source": "", "execution_count": 99999999999999999999}`), `nb.ipynb:1:119: cells[0]: "execution_count" must be an integer or null, got 99999999999999999999`, "does not fit"},
		{"attachment-string", nbWith(`{"cell_type": "markdown", "source": "", "attachments": {"a.png": "x"}}`), `nb.ipynb:1:129: cells[0].attachments: "a.png" must be an object, got string`, "attachments are MIME bundles"},
		{"attachment-value", nbWith(`{"cell_type": "markdown", "source": "", "attachments": {"a.png": {"image/png": 1}}}`), `nb.ipynb:1:143: cells[0].attachments["a.png"]: "image/png" must be a string or a list of strings, got number`, "a bad value in an attachment"},
		{"output-string", codeWith(`"x"`), `nb.ipynb:1:112: cells[0].outputs[0]: an output must be an object, got string`, "outputs are objects"},
		{"no-output-type", codeWith(`{"name": "x"}`), `nb.ipynb:1:112: cells[0].outputs[0]: missing "output_type"`, "required"},
		{"unknown-output", codeWith(`{"output_type": "pyout"}`), `nb.ipynb:1:128: cells[0].outputs[0]: unknown output_type "pyout", want stream, display_data, execute_result or error`, "pyout is nbformat 3"},
		{"stream-no-name", codeWith(`{"output_type": "stream", "text": ""}`), `nb.ipynb:1:112: cells[0].outputs[0]: missing "name" in stream output`, "required"},
		{"stream-text-number", codeWith("\n" + `{"output_type": "stream", "name": "stdout", "text": 5}`), `nb.ipynb:2:53: cells[0].outputs[0]: "text" must be a string or a list of strings, got number`, "the brief's example, on its line"},
		{"stream-text-object", codeWith(`{"output_type": "stream", "name": "stdout", "text": ["a", {}]}`), `nb.ipynb:1:170: cells[0].outputs[0]: "text" must be a string or a list of strings, got object in text[1]`, "names the element"},
		{"display-no-data", codeWith(`{"output_type": "display_data", "metadata": {}}`), `nb.ipynb:1:112: cells[0].outputs[0]: missing "data" in display_data output`, "required"},
		{"data-array", codeWith(`{"output_type": "display_data", "data": []}`), `nb.ipynb:1:152: cells[0].outputs[0]: "data" must be an object, got array`, "wrong type"},
		{"data-number", codeWith(`{"output_type": "execute_result", "data": {"text/plain": 1}}`), `nb.ipynb:1:169: cells[0].outputs[0].data: "text/plain" must be a string or a list of strings, got number`, "text values are strings"},
		{"data-mixed-list", codeWith(`{"output_type": "execute_result", "data": {"text/plain": ["a", null]}}`), `nb.ipynb:1:169: cells[0].outputs[0].data: "text/plain" must be a string or a list of strings, got array`, "a list with a non-string"},
		{"error-no-ename", codeWith(`{"output_type": "error", "evalue": "", "traceback": []}`), `nb.ipynb:1:112: cells[0].outputs[0]: missing "ename" in error output`, "required"},
		{"traceback-string", codeWith(`{"output_type": "error", "ename": "E", "evalue": "v", "traceback": "x"}`), `nb.ipynb:1:179: cells[0].outputs[0]: "traceback" must be a list of strings, got string`, "wrong type"},
		{"traceback-number", codeWith(`{"output_type": "error", "ename": "E", "evalue": "v", "traceback": [1]}`), `nb.ipynb:1:180: cells[0].outputs[0]: "traceback" must be a list of strings, got number in traceback[0]`, "names the element"},
		{"evalue-null", codeWith(`{"output_type": "error", "ename": "E", "evalue": null, "traceback": []}`), `nb.ipynb:1:161: cells[0].outputs[0]: "evalue" must be a string, got null`, "wrong type"},
		{"syntax-before-structure", `{"nbformat": 3, "x": [1 2]}`, `nb.ipynb:1:25: invalid JSON: unexpected character '2', want ',' or ']' in array`, "a JSON error anywhere comes first"},
	}
	names := map[string]bool{}
	for _, tt := range tests {
		if names[tt.name] {
			t.Fatalf("duplicate test name %q", tt.name)
		}
		names[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			nb, err := ipynb.Read("nb.ipynb", []byte(tt.in))
			if err == nil {
				t.Fatalf("Read succeeded (%d cells), want error %s", len(nb.Cells), tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
			var re *ipynb.ReadError
			if !errors.As(err, &re) || re.Path != "nb.ipynb" || re.Line == 0 || re.Col == 0 {
				t.Errorf("error is not a positioned *ReadError: %#v", err)
			}
		})
	}
}

// TestReadTruncated reads every prefix of a notebook: each one is one
// error, never a panic or a success.
func TestReadTruncated(t *testing.T) {
	data, err := os.ReadFile("testdata/layout/indent2.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(data)-1; n++ {
		if _, err := ipynb.Read("nb.ipynb", data[:n]); err == nil {
			t.Fatalf("Read of the first %d bytes succeeded", n)
		} else if !strings.HasPrefix(err.Error(), "nb.ipynb:") {
			t.Fatalf("Read of the first %d bytes: %v", n, err)
		}
	}
}

// TestReadAccepts lists inputs that Read takes although they are unusual.
func TestReadAccepts(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		check  func(*ipynb.Notebook) string
		reason string
	}{
		{"future-minor", `{"nbformat": 4, "nbformat_minor": 9, "cells": [], "new_key": 1}`, func(nb *ipynb.Notebook) string {
			return fmt.Sprintf("%d %s", nb.NbformatMinor, nb.Extra["new_key"])
		}, "a later 4.x keeps its new keys as extras"},
		{"bookkeeping-missing", nbWith(`{"cell_type": "code", "source": "x"}, {"cell_type": "raw", "source": []}`), func(nb *ipynb.Notebook) string {
			c := nb.Cells[0]
			return fmt.Sprint(c.Metadata != nil, c.Outputs == nil, c.ExecutionCount == nil, nb.Cells[1].Source == "")
		}, "metadata, outputs and execution_count may be missing"},
		{"duplicate-key", `{"nbformat": 3, "nbformat": 4, "nbformat_minor": 5, "cells": [{"cell_type": "code", "source": "a", "source": "b"}]}`, func(nb *ipynb.Notebook) string {
			return fmt.Sprintf("%d %s", nb.Nbformat, nb.Cells[0].Source)
		}, "the last of duplicate keys wins, as in Python"},
		{"markdown-outputs", nbWith(`{"cell_type": "markdown", "source": "", "outputs": [], "execution_count": 1}`), func(nb *ipynb.Notebook) string {
			return fmt.Sprint(len(nb.Cells[0].Extra), nb.Cells[0].ExecutionCount == nil)
		}, "keys a markdown cell does not have are extras"},
	}
	want := map[string]string{
		"future-minor":        "9 1",
		"bookkeeping-missing": "true true true true",
		"duplicate-key":       "4 b",
		"markdown-outputs":    "2 true",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb, err := ipynb.Read("nb.ipynb", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.check(nb); got != want[tt.name] {
				t.Errorf("got %q, want %q", got, want[tt.name])
			}
			if _, err := ipynb.Write(nb); err != nil {
				t.Errorf("Write: %v", err)
			}
		})
	}
}

// TestReadBig reads and writes a generated notebook of about 100 MB: one
// cell with a 40 MB image, and 20,000 cells with about 3 KB of stream
// text each. It must take seconds, not minutes, and allocate less than four times
// the file's size (about twice is measured).
func TestReadBig(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	var b strings.Builder
	b.WriteString("{\n \"cells\": [\n")
	b.WriteString(`  {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["show()"], "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": "`)
	b.WriteString(strings.Repeat("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg", 40<<20/100))
	b.WriteString(`"}}]}`)
	line := `    "` + strings.Repeat("x", 70) + `\n",` + "\n"
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, ",\n  {\"cell_type\": \"code\", \"execution_count\": %d, \"metadata\": {}, \"source\": [\"print(%d)\"], \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\n", i+2, i)
		b.WriteString(strings.Repeat(line, 40))
		b.WriteString("    \"end\"]}]}")
	}
	b.WriteString("\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 4\n}\n")
	data := []byte(b.String())
	if len(data) < 95<<20 {
		t.Fatalf("generated only %d bytes", len(data))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	nb, err := ipynb.Read("big.ipynb", data)
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := len(nb.Cells); got != 20001 {
		t.Errorf("got %d cells, want 20001", got)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(len(data)) {
		t.Errorf("Read allocated %d MB for a %d MB file", alloc>>20, len(data)>>20)
	}
	out, err := ipynb.Write(nb)
	if err != nil {
		t.Fatal(err)
	}
	again, err := ipynb.Read("big-out.ipynb", out)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Layout.Canonical || len(again.Cells) != len(nb.Cells) || again.Cells[20000].Outputs[0].Text != nb.Cells[20000].Outputs[0].Text {
		t.Errorf("the rewritten big notebook does not read back the same")
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := ipynb.ReadFile(filepath.Join(dir, "missing.ipynb")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v, want ErrNotExist", err)
	}
	path := filepath.Join(dir, "bad.ipynb")
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ipynb.ReadFile(path)
	if want := path + ":1:2: invalid JSON: unexpected end of input, want string (an object key)"; err == nil || err.Error() != want {
		t.Errorf("ReadFile: %v, want %s", err, want)
	}
}

func TestReadMaxBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nb.ipynb")
	data := []byte(`{"nbformat": 4, "nbformat_minor": 5, "cells": []}`)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	small := ipynb.Options{MaxBytes: 10}
	want := path + ": the file is 49 bytes, more than the limit of 10"
	if _, err := small.ReadFile(path); err == nil || err.Error() != want {
		t.Errorf("ReadFile over the limit: %v, want %s", err, want)
	}
	if _, err := small.Read(path, data); err == nil || err.Error() != want {
		t.Errorf("Read over the limit: %v, want %s", err, want)
	}
	if _, err := (ipynb.Options{MaxBytes: 49}).ReadFile(path); err != nil {
		t.Errorf("ReadFile at the limit: %v", err)
	}
}

// TestReadManyKeys reads objects with many keys, and many duplicates, in
// time linear in their size.
func TestReadManyKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"nbformat": 4, "nbformat_minor": 5, "cells": [{"cell_type": "raw", "source": ""`)
	for i := 0; i < 200000; i++ {
		fmt.Fprintf(&b, `, "k%d": %d, "dup": %d`, i, i, i)
	}
	b.WriteString(`}]}`)
	nb, err := ipynb.Read("nb.ipynb", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(nb.Cells[0].Extra), 200001; got != want {
		t.Errorf("got %d extra keys, want %d", got, want)
	}
	if got := string(nb.Cells[0].Extra["dup"]); got != "199999" {
		t.Errorf("dup = %s, want the last value 199999", got)
	}
}
