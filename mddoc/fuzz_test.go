package mddoc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
)

// FuzzRoundTrip checks that Parse never panics, that rendering the
// unchanged notebook gives back the input, and that rendering new outputs
// gives a document that reads back with the same code and those outputs.
func FuzzRoundTrip(f *testing.F) {
	files, _ := filepath.Glob("../fixtures/*.md")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"```python\nprint(1)\n```\n\n```\n1\n```\n",
		"```python\nprint(1)\n\n# 1\n```\n",
		"```python\nx\n```\n\n```python\n# 1\n```\n",
		"<!-- nbcheck: skip -->\n~~~py\nx\n~~~\n#### Output\n~~~\n~~~",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := mddoc.Parse("f.md", src, mddoc.Options{})
		if err != nil {
			return
		}
		nb := d.Notebook()
		out, err := d.Render(nb)
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.Equal(out, src) {
			t.Fatalf("Render(Notebook()) changed the document:\n%q\n%q", src, out)
		}
		// New outputs: every other cell prints text that looks like fences
		// and comments; the others print nothing, except that a form b
		// output is not emptied (an empty form b output leaves no trace,
		// and the block may then take a following comments-only block as
		// its output; see the package doc).
		var want []string
		k := 0
		blocks := d.Blocks()
		for _, c := range nb.Cells {
			if c.Type != ipynb.Code {
				continue
			}
			k++
			text := ""
			switch {
			case k%2 == 1:
				text = "out\n```\n~~~\n# x\n"
			case blocks[k-1].Form == mddoc.Comments:
				text = "1\n"
			}
			c.Outputs = []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: text}}
			want = append(want, text)
		}
		out, err = d.Render(nb)
		if err != nil {
			t.Fatalf("Render with new outputs: %v", err)
		}
		d2, err := mddoc.Parse("f.md", out, mddoc.Options{})
		if err != nil {
			t.Fatalf("rendered document does not parse: %v\n%q", err, out)
		}
		old, got := d.Blocks(), d2.Blocks()
		if len(got) != len(old) {
			t.Fatalf("rendered document has %d code blocks, want %d:\n%q", len(got), len(old), out)
		}
		for i := range got {
			if got[i].Source != old[i].Source {
				t.Fatalf("block %d: source %q, want %q:\n%q", i, got[i].Source, old[i].Source, out)
			}
			if got[i].Output != want[i] {
				t.Fatalf("block %d: output %q, want %q:\n%q", i, got[i].Output, want[i], out)
			}
		}
	})
}
