package ipynb

// This file writes a notebook in nbformat's layout. nbformat's writer
// first applies split_lines (cell sources, stream texts and the text-like
// values of MIME bundles become lists of lines, split as Python's
// str.splitlines(True) splits them) and then json.dumps with indent=1,
// sorted keys, ensure_ascii=False and separators (",", ": "); nbformat.write
// adds a final newline.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// WriteError is an error in a notebook given to [Write]: a value that
// cannot be written, such as invalid raw JSON in metadata.
type WriteError struct {
	JSONPath string // where in the notebook, e.g. cells[3].metadata["tags"]
	Msg      string
}

func (e *WriteError) Error() string {
	if e.JSONPath == "" {
		return "ipynb: write: " + e.Msg
	}
	return "ipynb: write: " + e.JSONPath + ": " + e.Msg
}

// Write returns nb in nbformat's own layout, whatever nb.Layout says:
// the bytes nbformat.write would produce for the same notebook.
//
// Write writes the keys nbformat requires even when they are empty: the
// notebook's and each cell's "metadata", a code cell's "outputs" and
// "execution_count", and the "metadata" of display_data and execute_result
// outputs. It fails if a raw value is not valid JSON, if an Extra key
// names a field that has its own struct field, or if a field is set that
// the cell or output type does not have.
func Write(nb *Notebook) ([]byte, error) {
	e := &encoder{buf: make([]byte, 0, 4096)}
	if err := (&writer{e: e}).notebook(nb); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// WriteFile writes nb to path atomically with [AtomicWriteFile].
func WriteFile(path string, nb *Notebook) error {
	data, err := Write(nb)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return AtomicWriteFile(path, data)
}

// AtomicWriteFile writes data to path so that path holds either its old
// contents or all of data, never a part: it writes a temporary file in the
// same folder, syncs it, and renames it over path. An existing file keeps
// its permission bits; a new file gets 0644 (less the umask). The
// temporary file is removed on any failure.
func AtomicWriteFile(path string, data []byte) (err error) {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = fi.Mode().Perm()
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(mode); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = rename(tmp, path); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// rename is os.Rename; tests replace it to inject failures.
var rename = os.Rename

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync() // not supported everywhere; the rename is done either way
		d.Close()
	}
}

// writer writes the parts of a notebook through an encoder.
type writer struct {
	e *encoder
}

// field is one key of an object being written and how to write its value.
type field struct {
	key   string
	write func(level int) error
}

// object writes fields, sorted by key, with the extra members added.
func (w *writer) object(jsonPath string, fields []field, extra RawObject, level int) error {
	known := fields
	for k, v := range extra {
		for _, f := range known {
			if f.key == k {
				return &WriteError{jsonPath, fmt.Sprintf("Extra holds %q, which has its own field", k)}
			}
		}
		fields = append(fields, field{k, w.raw(jsonPath+"["+quoteKey(k)+"]", v, nil)})
	}
	sort.Slice(fields, func(i, j int) bool { return fields[i].key < fields[j].key })
	if len(fields) == 0 {
		w.e.buf = append(w.e.buf, "{}"...)
		return nil
	}
	w.e.buf = append(w.e.buf, '{')
	for i, f := range fields {
		if i > 0 {
			w.e.buf = append(w.e.buf, ',')
		}
		w.e.newline(level + 1)
		w.e.str(f.key)
		w.e.buf = append(w.e.buf, ": "...)
		if err := f.write(level + 1); err != nil {
			return err
		}
	}
	w.e.newline(level)
	w.e.buf = append(w.e.buf, '}')
	return nil
}

func quoteKey(k string) string { return string(quote(k)) }

// raw returns a writer of the raw JSON value v; edit, if set, may change
// the parsed value before it is written.
func (w *writer) raw(jsonPath string, v []byte, edit func(*node)) func(int) error {
	return func(level int) error {
		n, err := parseRaw(v)
		if err != nil {
			return &WriteError{jsonPath, err.(*ReadError).Msg}
		}
		if edit != nil {
			edit(n)
		}
		w.e.node(n, level)
		return nil
	}
}

// rawObject returns a writer of o as an object; a nil o is written as {}.
func (w *writer) rawObject(jsonPath string, o RawObject) func(int) error {
	return func(level int) error {
		return w.object(jsonPath, nil, o, level)
	}
}

func (w *writer) value(s string) func(int) error {
	return func(int) error {
		w.e.str(s)
		return nil
	}
}

func (w *writer) integer(v int) func(int) error {
	return func(int) error {
		w.e.buf = fmt.Appendf(w.e.buf, "%d", v)
		return nil
	}
}

func (w *writer) optInt(v *int) func(int) error {
	return func(int) error {
		if v == nil {
			w.e.buf = append(w.e.buf, "null"...)
		} else {
			w.e.buf = fmt.Appendf(w.e.buf, "%d", *v)
		}
		return nil
	}
}

// lines writes s split into lines, as a list of strings.
func (w *writer) lines(s string) func(int) error {
	return func(level int) error {
		if s == "" {
			w.e.buf = append(w.e.buf, "[]"...)
			return nil
		}
		w.e.buf = append(w.e.buf, '[')
		for i, start := 0, 0; start < len(s); i++ {
			end := nextLine(s, start)
			if i > 0 {
				w.e.buf = append(w.e.buf, ',')
			}
			w.e.newline(level + 1)
			w.e.str(s[start:end])
			start = end
		}
		w.e.newline(level)
		w.e.buf = append(w.e.buf, ']')
		return nil
	}
}

func (w *writer) strings(list []string, level int) {
	if len(list) == 0 {
		w.e.buf = append(w.e.buf, "[]"...)
		return
	}
	w.e.buf = append(w.e.buf, '[')
	for i, l := range list {
		if i > 0 {
			w.e.buf = append(w.e.buf, ',')
		}
		w.e.newline(level + 1)
		w.e.str(l)
	}
	w.e.newline(level)
	w.e.buf = append(w.e.buf, ']')
}

// splitMimes lists the MIME types outside text/* whose string values
// nbformat splits into lines.
var splitMimes = map[string]bool{
	"application/javascript": true,
	"image/svg+xml":          true,
}

// isSplitMime reports whether nbformat writes string values of mime as
// lists of lines.
func isSplitMime(mime string) bool {
	return strings.HasPrefix(mime, "text/") || splitMimes[mime]
}

// splitBundle changes the text-like string values of a MIME bundle into
// lists of lines.
func splitBundle(n *node) {
	if n.kind != '{' {
		return
	}
	for i, k := range n.keys {
		if v := n.elems[i]; v.kind == '"' && isSplitMime(k) {
			n.elems[i] = linesNode(v.text)
		}
	}
}

// linesNode returns s split into lines, as an array node.
func linesNode(s string) *node {
	list := &node{kind: '['}
	for _, l := range SplitLines(s) {
		list.elems = append(list.elems, &node{kind: '"', text: l})
	}
	return list
}

func (w *writer) bundle(jsonPath string, b MimeBundle) func(int) error {
	return func(level int) error {
		fields := make([]field, 0, len(b))
		for k, v := range b {
			fields = append(fields, field{k, w.raw(jsonPath+"["+quoteKey(k)+"]", v, func(n *node) {
				if n.kind == '"' && isSplitMime(k) {
					*n = *linesNode(n.text)
				}
			})})
		}
		return w.object(jsonPath, fields, nil, level)
	}
}

func (w *writer) notebook(nb *Notebook) error {
	if nb.Nbformat != 4 || nb.NbformatMinor < 0 {
		return &WriteError{"", fmt.Sprintf("nbformat %d.%d: only 4.x is written (use NewNotebook)", nb.Nbformat, nb.NbformatMinor)}
	}
	fields := []field{
		{"cells", func(level int) error {
			if len(nb.Cells) == 0 {
				w.e.buf = append(w.e.buf, "[]"...)
				return nil
			}
			w.e.buf = append(w.e.buf, '[')
			for i, c := range nb.Cells {
				if i > 0 {
					w.e.buf = append(w.e.buf, ',')
				}
				w.e.newline(level + 1)
				if err := w.cell(fmt.Sprintf("cells[%d]", i), c, level+1); err != nil {
					return err
				}
			}
			w.e.newline(level)
			w.e.buf = append(w.e.buf, ']')
			return nil
		}},
		{"metadata", w.rawObject("metadata", nb.Metadata)},
		{"nbformat", w.integer(nb.Nbformat)},
		{"nbformat_minor", w.integer(nb.NbformatMinor)},
	}
	if err := w.object("", fields, nb.Extra, 0); err != nil {
		return err
	}
	w.e.buf = append(w.e.buf, '\n')
	return nil
}

func (w *writer) cell(jsonPath string, c *Cell, level int) error {
	if c == nil {
		return &WriteError{jsonPath, "nil cell"}
	}
	if _, ok := cellKeys[c.Type]; !ok {
		return &WriteError{jsonPath, fmt.Sprintf("unknown cell type %q", c.Type)}
	}
	fields := []field{
		{"cell_type", w.value(string(c.Type))},
		{"metadata", w.rawObject(jsonPath+".metadata", c.Metadata)},
		{"source", w.lines(c.Source)},
	}
	if c.ID != "" {
		fields = append(fields, field{"id", w.value(c.ID)})
	}
	if c.Attachments != nil {
		fields = append(fields, field{"attachments", func(level int) error {
			af := make([]field, 0, len(c.Attachments))
			for name, v := range c.Attachments {
				af = append(af, field{name, w.raw(jsonPath+".attachments["+quoteKey(name)+"]", v, splitBundle)})
			}
			return w.object(jsonPath+".attachments", af, nil, level)
		}})
	}
	if c.Type == Code {
		fields = append(fields,
			field{"execution_count", w.optInt(c.ExecutionCount)},
			field{"outputs", func(level int) error {
				if len(c.Outputs) == 0 {
					w.e.buf = append(w.e.buf, "[]"...)
					return nil
				}
				w.e.buf = append(w.e.buf, '[')
				for i, o := range c.Outputs {
					if i > 0 {
						w.e.buf = append(w.e.buf, ',')
					}
					w.e.newline(level + 1)
					if err := w.output(fmt.Sprintf("%s.outputs[%d]", jsonPath, i), o, level+1); err != nil {
						return err
					}
				}
				w.e.newline(level)
				w.e.buf = append(w.e.buf, ']')
				return nil
			}})
	} else if c.ExecutionCount != nil || len(c.Outputs) > 0 {
		return &WriteError{jsonPath, fmt.Sprintf("a %s cell has no execution_count or outputs", c.Type)}
	}
	return w.object(jsonPath, fields, c.Extra, level)
}

func (w *writer) output(jsonPath string, o *Output, level int) error {
	if o == nil {
		return &WriteError{jsonPath, "nil output"}
	}
	fields := []field{{"output_type", w.value(string(o.Type))}}
	has := func(set bool, what string) error {
		if set {
			return &WriteError{jsonPath, fmt.Sprintf("a %s output has no %s", o.Type, what)}
		}
		return nil
	}
	var errs []error
	switch o.Type {
	case Stream:
		fields = append(fields, field{"name", w.value(o.Name)}, field{"text", w.lines(o.Text)})
		errs = append(errs, has(o.Data != nil, "data"), has(o.ExecutionCount != nil, "execution_count"),
			has(o.Ename != "" || o.Evalue != "" || o.Traceback != nil, "ename, evalue or traceback"))
	case DisplayData, ExecuteResult:
		fields = append(fields, field{"data", w.bundle(jsonPath+".data", o.Data)})
		if o.Type == ExecuteResult {
			fields = append(fields, field{"execution_count", w.optInt(o.ExecutionCount)})
		} else {
			errs = append(errs, has(o.ExecutionCount != nil, "execution_count"))
		}
		errs = append(errs, has(o.Name != "" || o.Text != "", "name or text"),
			has(o.Ename != "" || o.Evalue != "" || o.Traceback != nil, "ename, evalue or traceback"))
	case Error:
		fields = append(fields,
			field{"ename", w.value(o.Ename)},
			field{"evalue", w.value(o.Evalue)},
			field{"traceback", func(level int) error {
				w.strings(o.Traceback, level)
				return nil
			}})
		errs = append(errs, has(o.Name != "" || o.Text != "", "name or text"), has(o.Data != nil, "data"),
			has(o.ExecutionCount != nil, "execution_count"))
	default:
		return &WriteError{jsonPath, fmt.Sprintf("unknown output type %q", o.Type)}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if o.Metadata != nil || o.Type == DisplayData || o.Type == ExecuteResult {
		fields = append(fields, field{"metadata", w.rawObject(jsonPath+".metadata", o.Metadata)})
	}
	return w.object(jsonPath, fields, o.Extra, level)
}
