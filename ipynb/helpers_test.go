package ipynb_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/ipynb"
)

func TestSplitLines(t *testing.T) {
	// The wants are Python 3.11's str.splitlines(True).
	tests := []struct {
		name   string
		in     string
		want   []string
		reason string
	}{
		{"empty", "", nil, "no lines at all, written as []"},
		{"no-end", "a", []string{"a"}, "a last line without its end"},
		{"lf", "a\n", []string{"a\n"}, "no empty line after the last end"},
		{"two", "a\nb", []string{"a\n", "b"}, "ends are kept"},
		{"blank-lines", "\n\n", []string{"\n", "\n"}, "empty lines"},
		{"crlf-cr", "a\r\nb\rc\n", []string{"a\r\n", "b\r", "c\n"}, "CRLF is one end, a lone CR is one too"},
		{"cr-crlf", "\r\r\n", []string{"\r", "\r\n"}, "CR then CRLF"},
		{"lf-cr", "\n\r", []string{"\n", "\r"}, "LF CR is two ends"},
		{"ascii-ends", "a\vb\fc\x1cd\x1de\x1ef", []string{"a\v", "b\f", "c\x1c", "d\x1d", "e\x1e", "f"}, "VT, FF and the separators FS, GS, RS end lines"},
		{"unicode-ends", "x\u0085y\u2028z\u2029w", []string{"x\u0085", "y\u2028", "z\u2029", "w"}, "NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end lines"},
		{"near-misses", "é\u2027\u202a", []string{"é\u2027\u202a"}, "neighbours of U+2028 do not"},
		{"c2-84", "a\u0084b", []string{"a\u0084b"}, "neighbour of NEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ipynb.SplitLines(tt.in)); diff != "" {
				t.Errorf("SplitLines(%q) (-want +got):\n%s", tt.in, diff)
			}
			c := &ipynb.Cell{Source: tt.in}
			if diff := cmp.Diff(tt.want, c.SourceLines()); diff != "" {
				t.Errorf("SourceLines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMimeBundleText(t *testing.T) {
	b := ipynb.MimeBundle{}
	b.SetText("text/plain", "<a & b>\n\u2028\x01é\"")
	if got, want := string(b["text/plain"]), "\"<a & b>\\n\u2028\\u0001é\\\"\""; got != want {
		t.Errorf("SetText stored %s, want %s", got, want)
	}
	text, ok := b.Text("text/plain")
	if !ok || text != "<a & b>\n\u2028\x01é\"" {
		t.Errorf("Text = %q, %v", text, ok)
	}
	b["application/json"] = []byte(`{"a": 1}`)
	if _, ok := b.Text("application/json"); ok {
		t.Errorf("Text of a JSON object reported ok")
	}
	if _, ok := b.Text("text/html"); ok {
		t.Errorf("Text of a missing type reported ok")
	}
}

// TestNewNotebook builds a notebook and compares Write's output with what
// nbformat 5.5 wrote for the same notebook (v4.new_notebook, new_*_cell
// with the same ids, new_output).
func TestNewNotebook(t *testing.T) {
	nb := ipynb.NewNotebook()
	nb.AddCell(ipynb.Markdown, "# Hi")
	c := nb.AddCell(ipynb.Code, "print(1)\nx")
	one := 1
	c.ExecutionCount = &one
	data := ipynb.MimeBundle{}
	data.SetText("text/plain", "2")
	c.Outputs = append(c.Outputs, ipynb.NewStream("stdout", "1\n"), ipynb.NewExecuteResult(1, data))
	out, err := ipynb.Write(nb)
	if err != nil {
		t.Fatal(err)
	}
	want := `{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "cell-0",
   "metadata": {},
   "source": [
    "# Hi"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "cell-1",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "1\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "2"
      ]
     },
     "execution_count": 1,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "print(1)\n",
    "x"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`
	if diff := cmp.Diff(want, string(out)); diff != "" {
		t.Errorf("Write (-nbformat +got):\n%s", diff)
	}
}

func TestCellIDs(t *testing.T) {
	nb := ipynb.NewNotebook()
	nb.Cells = []*ipynb.Cell{{Type: ipynb.Raw, ID: "cell-1"}, {Type: ipynb.Raw}}
	nb.FillIDs()
	c := nb.AddCell(ipynb.Code, "")
	got := []string{nb.Cells[0].ID, nb.Cells[1].ID, c.ID}
	if diff := cmp.Diff([]string{"cell-1", "cell-2", "cell-3"}, got); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	old := &ipynb.Notebook{Nbformat: 4, NbformatMinor: 4}
	if c := old.AddCell(ipynb.Code, ""); c.ID != "" {
		t.Errorf("a 4.4 cell got id %q; ids came with 4.5", c.ID)
	}
}

func TestClone(t *testing.T) {
	nb, err := ipynb.ReadFile("testdata/layout/indent2.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	before, err := ipynb.Write(nb)
	if err != nil {
		t.Fatal(err)
	}
	c := nb.Clone()
	if diff := cmp.Diff(nb, c); diff != "" {
		t.Fatalf("Clone differs (-orig +clone):\n%s", diff)
	}
	// Change every part of the copy, down to the bytes of raw values.
	c.Metadata["kernelspec"][2] = 'X'
	c.Extra["extra_top"] = nil
	c.Cells[0].Attachments["image.png"][2] = 'X'
	c.Cells[1].Metadata["tags"] = nil
	c.Cells[1].Extra["custom_key"][0] = ' '
	*c.Cells[1].ExecutionCount = 99
	c.Cells[1].Outputs[1].Text = "changed"
	c.Cells[1].Outputs[2].Data["text/plain"][1] = 'X'
	*c.Cells[1].Outputs[2].ExecutionCount = 99
	c.Cells[1].Outputs[3].Metadata["isolated"] = nil
	c.Cells[1].Outputs[4].Traceback[0] = "changed"
	c.Cells = append(c.Cells[:1], c.Cells[2:]...)
	after, err := ipynb.Write(nb)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(before), string(after)); diff != "" {
		t.Errorf("changing the clone changed the original (-before +after):\n%s", diff)
	}
	var nilNB *ipynb.Notebook
	if nilNB.Clone() != nil {
		t.Errorf("nil.Clone() != nil")
	}
}

func TestWriteErrors(t *testing.T) {
	code := func(o *ipynb.Output) *ipynb.Notebook {
		nb := ipynb.NewNotebook()
		nb.AddCell(ipynb.Code, "").Outputs = []*ipynb.Output{o}
		return nb
	}
	one := 1
	tests := []struct {
		name   string
		nb     *ipynb.Notebook
		want   string
		reason string
	}{
		{"zero-notebook", &ipynb.Notebook{},
			`ipynb: write: nbformat 0.0: only 4.x is written (use NewNotebook)`, "a zero Notebook is not a notebook"},
		{"bad-metadata", &ipynb.Notebook{Nbformat: 4, Metadata: ipynb.RawObject{"a": []byte(`{"x": }`)}},
			`ipynb: write: metadata["a"]: invalid JSON: unexpected character '}', want a value`, "raw values must be JSON"},
		{"empty-raw", &ipynb.Notebook{Nbformat: 4, Extra: ipynb.RawObject{"a": nil}},
			`ipynb: write: ["a"]: invalid JSON: unexpected end of input, want a value`, "a nil raw value is not JSON"},
		{"extra-shadows", &ipynb.Notebook{Nbformat: 4, Extra: ipynb.RawObject{"cells": []byte(`[]`)}},
			`ipynb: write: Extra holds "cells", which has its own field`, "a key is written once"},
		{"cell-type", &ipynb.Notebook{Nbformat: 4, Cells: []*ipynb.Cell{{Type: "heading"}}},
			`ipynb: write: cells[0]: unknown cell type "heading"`, "only the three types"},
		{"nil-cell", &ipynb.Notebook{Nbformat: 4, Cells: []*ipynb.Cell{nil}},
			`ipynb: write: cells[0]: nil cell`, "no panic"},
		{"markdown-outputs", &ipynb.Notebook{Nbformat: 4, Cells: []*ipynb.Cell{{Type: ipynb.Markdown, ExecutionCount: &one}}},
			`ipynb: write: cells[0]: a markdown cell has no execution_count or outputs`, "fields the type does not have"},
		{"output-type", code(&ipynb.Output{Type: "pyout"}),
			`ipynb: write: cells[0].outputs[0]: unknown output type "pyout"`, "only the four types"},
		{"stream-data", code(&ipynb.Output{Type: ipynb.Stream, Name: "stdout", Data: ipynb.MimeBundle{}}),
			`ipynb: write: cells[0].outputs[0]: a stream output has no data`, "fields the type does not have"},
		{"display-count", code(&ipynb.Output{Type: ipynb.DisplayData, ExecutionCount: &one}),
			`ipynb: write: cells[0].outputs[0]: a display_data output has no execution_count`, "fields the type does not have"},
		{"bad-data", code(&ipynb.Output{Type: ipynb.DisplayData, Data: ipynb.MimeBundle{"text/plain": []byte(`"a`)}}),
			`ipynb: write: cells[0].outputs[0].data["text/plain"]: invalid JSON: unterminated string`, "names the MIME type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ipynb.Write(tt.nb)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("Write: %v, want %s", err, tt.want)
			}
			var we *ipynb.WriteError
			if !errors.As(err, &we) {
				t.Errorf("error is %T, want *WriteError", err)
			}
		})
	}
}

func TestAtomicWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nb.ipynb")
	if err := ipynb.AtomicWriteFile(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "one", 0o644&^umask())
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ipynb.AtomicWriteFile(path, []byte("two")); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "two", 0o600)

	// A failure leaves the old file and no temporary file behind.
	restore := ipynb.SetRename(func(string, string) error { return errors.New("injected") })
	err := ipynb.AtomicWriteFile(path, []byte("three"))
	restore()
	if err == nil || !strings.Contains(err.Error(), "injected") {
		t.Errorf("AtomicWriteFile with a failing rename: %v", err)
	}
	checkFile(t, path, "two", 0o600)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after a failed write, want 1", len(entries))
	}

	if err := ipynb.AtomicWriteFile(dir, []byte("x")); err == nil {
		t.Errorf("AtomicWriteFile over a folder succeeded")
	}
	if err := ipynb.AtomicWriteFile(filepath.Join(dir, "no", "such.ipynb"), []byte("x")); err == nil {
		t.Errorf("AtomicWriteFile in a missing folder succeeded")
	}
}

func TestWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nb.ipynb")
	nb := ipynb.NewNotebook()
	nb.AddCell(ipynb.Code, "1")
	if err := ipynb.WriteFile(path, nb); err != nil {
		t.Fatal(err)
	}
	got, err := ipynb.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Layout.Canonical || got.Cells[0].Source != "1" {
		t.Errorf("WriteFile then ReadFile: %+v", got)
	}
	nb.Cells[0].Type = "bad"
	if err := ipynb.WriteFile(path, nb); err == nil || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("WriteFile of a bad notebook: %v, want an error naming the file", err)
	}
}

func checkFile(t *testing.T, path, want string, mode os.FileMode) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != want {
		t.Errorf("%s holds %q, want %q", path, data, want)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != mode {
		t.Errorf("%s has mode %v, want %v", path, fi.Mode().Perm(), mode)
	}
}
