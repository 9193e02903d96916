package source_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/internal/source"
	"github.com/nbcheck/nbcheck/ipynb"
)

// tree writes files (slash-separated names) under a new temp folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const nb = `{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}` + "\n"

func TestFind(t *testing.T) {
	root := tree(t, map[string]string{
		"b.ipynb":                      nb,
		"a/z.ipynb":                    nb,
		"a/.ipynb_checkpoints/z.ipynb": nb,
		".hidden/x.ipynb":              nb,
		"doc.md":                       "# Title\n\n```python\nprint(1)\n```\n",
		"prose.md":                     "# Only prose\n\n```bash\nls\n```\n",
		"notes.txt":                    "not a notebook",
	})
	got, err := source.Find([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i], _ = filepath.Rel(root, got[i])
		got[i] = filepath.ToSlash(got[i])
	}
	want := []string{"a/z.ipynb", "b.ipynb", "doc.md"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Find (-want +got):\n%s\n(checkpoints and hidden folders are skipped; .md only with a python fence; sorted)", d)
	}

	// A file named explicitly is kept whatever it is, and only once.
	explicit := filepath.Join(root, "notes.txt")
	got, err = source.Find([]string{explicit, explicit})
	if err != nil || len(got) != 1 {
		t.Errorf("Find(explicit twice) = %v, %v; want the file once", got, err)
	}
	if _, err := source.Find([]string{filepath.Join(root, "missing")}); err == nil {
		t.Error("Find(missing) succeeded, want an error")
	}
}

func TestLoadAndSave(t *testing.T) {
	root := tree(t, map[string]string{
		"n.ipynb": nb,
		"d.md":    "Intro\n\n```python\nprint(1)\n```\n```text\n2\n```\n",
		"bad.md":  "```python\nprint(1)\n",
	})
	d, err := source.Load(filepath.Join(root, "d.md"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != source.Markdown || len(d.Notebook.Cells) != 2 {
		t.Fatalf("Load(d.md) = kind %v, %d cells; want markdown with 2 cells", d.Kind, len(d.Notebook.Cells))
	}
	// Saving an unchanged document writes nothing.
	wrote, err := d.Save(d.Path, d.Notebook)
	if err != nil || wrote {
		t.Errorf("Save(unchanged) = %v, %v; want no write", wrote, err)
	}
	// A changed output rewrites only its block.
	nb2 := d.Notebook.Clone()
	nb2.Cells[1].Outputs = []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: "1\n"}}
	if wrote, err := d.Save(d.Path, nb2); err != nil || !wrote {
		t.Fatalf("Save(changed) = %v, %v", wrote, err)
	}
	data, _ := os.ReadFile(d.Path)
	if want := "Intro\n\n```python\nprint(1)\n```\n```text\n1\n```\n"; string(data) != want {
		t.Errorf("saved %q, want %q", data, want)
	}

	n, err := source.Load(filepath.Join(root, "n.ipynb"))
	if err != nil || n.Kind != source.Notebook {
		t.Fatalf("Load(n.ipynb) = %v, %v", n, err)
	}
	if _, err := source.Load(filepath.Join(root, "bad.md")); err == nil {
		t.Error("Load(bad.md) succeeded, want the unterminated fence reported")
	}
}
