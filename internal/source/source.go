// Package source finds notebooks on disk and loads them in either of the
// forms nbcheck reads: Jupyter notebooks (.ipynb) and Markdown tutorials
// (.md) whose python fences carry their expected output. It saves
// regenerated outputs back in the form each came from, atomically.
package source

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
)

// Kind is the form of a document.
type Kind int

// The document forms nbcheck reads.
const (
	Notebook Kind = iota // a .ipynb file
	Markdown             // a .md file with python fences
)

func (k Kind) String() string {
	if k == Markdown {
		return "markdown"
	}
	return "ipynb"
}

// Doc is one loaded document.
type Doc struct {
	Path string // as given or found, with the OS separator
	Kind Kind
	// Notebook is the document read as a notebook. For a Markdown document
	// it is built by package mddoc.
	Notebook *ipynb.Notebook
	Orig     []byte // the file's bytes as read
	md       *mddoc.Doc
}

// Load reads the document at path, choosing the form by its extension.
func Load(path string) (*Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a document from data; path names it in errors and chooses
// its form.
func Parse(path string, data []byte) (*Doc, error) {
	d := &Doc{Path: path, Orig: data}
	if IsMarkdown(path) {
		md, err := mddoc.Parse(path, data, mddoc.Options{})
		if err != nil {
			return nil, err
		}
		d.Kind, d.md, d.Notebook = Markdown, md, md.Notebook()
		return d, nil
	}
	nb, err := ipynb.Read(path, data)
	if err != nil {
		return nil, err
	}
	d.Notebook = nb
	return d, nil
}

// Render returns the document's bytes with nb's outputs written in the
// document's own form: nbformat's layout for a notebook, only the output
// blocks rewritten for a Markdown document.
func (d *Doc) Render(nb *ipynb.Notebook) ([]byte, error) {
	if d.Kind == Markdown {
		return d.md.Render(nb)
	}
	return ipynb.Write(nb)
}

// Save renders nb and writes it to path atomically. It writes nothing
// when the bytes would not change and reports whether it wrote.
func (d *Doc) Save(path string, nb *ipynb.Notebook) (bool, error) {
	out, err := d.Render(nb)
	if err != nil {
		return false, err
	}
	if path == d.Path && bytes.Equal(out, d.Orig) {
		return false, nil
	}
	if err := ipynb.AtomicWriteFile(path, out); err != nil {
		return false, err
	}
	return true, nil
}

// IsMarkdown reports whether path names a Markdown document.
func IsMarkdown(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".md" || ext == ".markdown"
}

// IsNotebook reports whether path names a Jupyter notebook.
func IsNotebook(path string) bool {
	return strings.ToLower(filepath.Ext(path)) == ".ipynb"
}

// Find expands the given paths: files are kept as they are (whatever
// their extension, so a user can name a document explicitly); folders are
// walked for *.ipynb files and for Markdown files that hold python fences,
// skipping .ipynb_checkpoints and hidden folders. The result is sorted
// within each folder and has no duplicates.
func Find(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		key := filepath.Clean(p)
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		var found []string
		err = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := e.Name()
			if e.IsDir() {
				if p != root && (name == ".ipynb_checkpoints" || strings.HasPrefix(name, ".") || name == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case IsNotebook(p):
				found = append(found, p)
			case IsMarkdown(p):
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				if mddoc.HasPythonFences(data) {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walking %s: %w", root, err)
		}
		sort.Strings(found)
		for _, p := range found {
			add(p)
		}
	}
	return out, nil
}
