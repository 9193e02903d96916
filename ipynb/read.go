package ipynb

// This file decodes a notebook. Objects whose meaning depends on a key
// that may come late (cell_type, output_type, nbformat) are read in two
// steps: members lists each key with the offset of its value, and the
// decoder then jumps to the values it needs. The first step checks the
// syntax of everything it skips, so a JSON error anywhere in the file is
// reported before any structural error.

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// ReadError is an error in a notebook file: bad JSON, or JSON that is not
// an nbformat 4 notebook. It prints as "path:line:col: jsonpath: msg",
// leaving out the parts that are unknown.
type ReadError struct {
	Path     string // the file's name, as given to Read
	Line     int    // 1-based line of the problem; 0 if unknown
	Col      int    // 1-based column in bytes; 0 if unknown
	JSONPath string // where in the notebook, e.g. cells[3].outputs[0]; "" at the top
	Msg      string
}

func (e *ReadError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.JSONPath != "" {
		b.WriteString(e.JSONPath)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Options configures reading. The zero value reads files of any size.
type Options struct {
	// MaxBytes, when positive, is the largest file Read and ReadFile take:
	// a larger one is refused with a *ReadError before it is decoded (and,
	// by ReadFile, before it is read into memory).
	MaxBytes int64
}

// ReadFile reads the notebook in the file at path. See [Read].
func ReadFile(path string) (*Notebook, error) {
	return Options{}.ReadFile(path)
}

// Read decodes an nbformat 4 notebook from data; path names the file in
// errors. A malformed notebook gives one *ReadError. Read does not keep
// data.
func Read(path string, data []byte) (*Notebook, error) {
	return Options{}.Read(path, data)
}

// ReadFile reads the notebook in the file at path with options o.
func (o Options) ReadFile(path string) (*Notebook, error) {
	if o.MaxBytes > 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		if err := o.checkSize(path, fi.Size()); err != nil {
			return nil, err
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return o.Read(path, data)
}

func (o Options) checkSize(path string, size int64) error {
	if o.MaxBytes > 0 && size > o.MaxBytes {
		return &ReadError{Path: path, Msg: fmt.Sprintf("the file is %d bytes, more than the limit of %d", size, o.MaxBytes)}
	}
	return nil
}

// Read decodes an nbformat 4 notebook from data with options o.
func (o Options) Read(path string, data []byte) (nb *Notebook, err error) {
	if err := o.checkSize(path, int64(len(data))); err != nil {
		return nil, err
	}
	bom := bytes.HasPrefix(data, utf8BOM)
	d := &decoder{path: path, data: data}
	if bom {
		d.data = data[len(utf8BOM):]
	}
	defer func() {
		if r := recover(); r != nil {
			p, ok := r.(decodePanic)
			if !ok {
				panic(r)
			}
			nb, err = nil, p.err
		}
	}()
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		d.syntax(0, "the file is UTF-16 (it starts with a UTF-16 byte order mark); notebooks are UTF-8")
	}
	if d.peek() == 0 {
		d.syntax(d.i, "empty file")
	}
	nb = d.notebook()
	nb.Layout = Layout{Indent: findIndent(d.data), BOM: bom}
	nb.Layout.Canonical = !bom && sameAsWritten(nb, data)
	return nb, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// findIndent returns the white space that starts the file's second line.
func findIndent(data []byte) string {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return ""
	}
	j := i + 1
	for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
		j++
	}
	return string(data[i+1 : j])
}

// sameAsWritten reports whether Write would give back exactly data,
// without building Write's output.
func sameAsWritten(nb *Notebook, data []byte) bool {
	off, same := 0, true
	// A small notebook needs a small buffer: every fresh page costs a
	// worker process a page fault.
	e := &encoder{buf: make([]byte, 0, min(flushSize, len(data))+4096)}
	e.sink = func(chunk []byte) {
		if same && bytes.HasPrefix(data[off:], chunk) {
			off += len(chunk)
			return
		}
		same = false
	}
	if err := (&writer{e: e}).notebook(nb); err != nil {
		return false
	}
	return same && bytes.Equal(data[off:], e.buf)
}

// member is one key of an object and the offset of its value.
type member struct {
	key    string
	keyOff int // 0-based offset of the key, in bytes
	off    int // 0-based offset of the value, in bytes
}

// members lists the members of the object at d.i, checking the syntax of
// their values, and leaves d.i after the object. For a key given twice
// only the last is kept, as Python's json does.
func (d *decoder) members(jsonPath, what string) []member {
	if d.peek() != '{' {
		d.failAt(d.i, jsonPath, "%s must be an object, got %s", what, d.kindName())
	}
	var ms []member
	seen := map[string]int{}
	d.object(func(key string, keyOff int) {
		if j, ok := seen[key]; ok {
			ms[j].keyOff, ms[j].off = keyOff, d.i
		} else {
			seen[key] = len(ms)
			ms = append(ms, member{key, keyOff, d.i})
		}
		d.skip(1)
	})
	return ms
}

func find(ms []member, key string) (member, bool) {
	for _, m := range ms {
		if m.key == key {
			return m, true
		}
	}
	return member{}, false
}

// at moves the decoder to the value of m.
func (d *decoder) at(m member) { d.i = m.off }

func (d *decoder) notebook() *Notebook {
	start := d.i
	ms := d.members("", "a notebook")
	end := d.i
	if d.peek() != 0 {
		d.syntax(d.i, "unexpected data after the notebook's closing '}'")
	}
	nb := &Notebook{}
	major, ok := find(ms, "nbformat")
	if !ok {
		d.failAt(start, "", "not a notebook: no \"nbformat\" key")
	}
	d.at(major)
	nb.Nbformat = d.integer("", "nbformat")
	if nb.Nbformat != 4 {
		d.failAt(major.off, "", "nbformat %d is not supported, only nbformat 4 (convert the file with `jupyter nbconvert --to notebook --inplace`)", nb.Nbformat)
	}
	minor, ok := find(ms, "nbformat_minor")
	if !ok {
		d.failAt(start, "", "missing \"nbformat_minor\"")
	}
	d.at(minor)
	nb.NbformatMinor = d.integer("", "nbformat_minor")
	if nb.NbformatMinor < 0 {
		d.failAt(minor.off, "", "\"nbformat_minor\" must not be negative, got %d", nb.NbformatMinor)
	}
	if _, ok := find(ms, "cells"); !ok {
		d.failAt(start, "", "missing \"cells\"")
	}
	nb.Metadata = RawObject{}
	for _, m := range ms {
		d.at(m)
		switch m.key {
		case "nbformat", "nbformat_minor":
		case "metadata":
			nb.Metadata = d.rawObject("", "metadata")
		case "cells":
			if d.peek() != '[' {
				d.failAt(d.i, "", "\"cells\" must be an array, got %s", d.kindName())
			}
			d.array(func(i int) {
				nb.Cells = append(nb.Cells, d.cell(fmt.Sprintf("cells[%d]", i)))
			})
		default:
			nb.Extra = d.extra(nb.Extra, m.key)
		}
	}
	d.i = end
	return nb
}

// extra adds the value at d.i to x under key.
func (d *decoder) extra(x RawObject, key string) RawObject {
	if x == nil {
		x = RawObject{}
	}
	x[key] = compactJSON(d.value(1))
	return x
}

// integer decodes an integer; name says what it is in messages.
func (d *decoder) integer(jsonPath, name string) int {
	return d.intWant(jsonPath, name, "an integer")
}

// intWant decodes an integer; want says what is wanted in messages.
func (d *decoder) intWant(jsonPath, name, want string) int {
	if d.peek() == 0 || strings.IndexByte("-0123456789", d.data[d.i]) < 0 {
		d.failAt(d.i, jsonPath, "%q must be %s, got %s", name, want, d.kindName())
	}
	off := d.i
	text := d.number()
	v, ok := parseInt(text)
	if !ok {
		d.failAt(off, jsonPath, "%q must be %s, got %s", name, want, text)
	}
	return v
}

// optInt decodes an integer or null.
func (d *decoder) optInt(jsonPath, name string) *int {
	if d.peek() == 'n' {
		d.literal("null")
		return nil
	}
	v := d.intWant(jsonPath, name, "an integer or null")
	return &v
}

// string_ decodes a string.
func (d *decoder) string_(jsonPath, name string) string {
	if d.peek() != '"' {
		d.failAt(d.i, jsonPath, "%q must be a string, got %s", name, d.kindName())
	}
	return d.str()
}

// lines decodes a multiline text: a string or a list of strings, joined.
func (d *decoder) lines(jsonPath, name string) string {
	switch d.peek() {
	case '"':
		return d.str()
	case '[':
		b := d.text[:0]
		d.array(func(i int) {
			if d.peek() != '"' {
				d.failAt(d.i, jsonPath, "%q must be a string or a list of strings, got %s in %s[%d]", name, d.kindName(), name, i)
			}
			b = append(b, d.strBytes()...)
		})
		d.text = b[:0]
		return string(b)
	}
	d.failAt(d.i, jsonPath, "%q must be a string or a list of strings, got %s", name, d.kindName())
	return ""
}

// rawObject decodes the object called name, kept verbatim.
func (d *decoder) rawObject(jsonPath, name string) RawObject {
	if d.peek() != '{' {
		d.failAt(d.i, jsonPath, "%q must be an object, got %s", name, d.kindName())
	}
	n := d.value(1)
	o := make(RawObject, len(n.keys))
	for i, k := range n.keys {
		o[k] = compactJSON(n.elems[i])
	}
	return o
}

// mimeBundle decodes the MIME bundle called name in the object at
// jsonPath: text values given as lists of strings are joined, as
// nbformat's rejoin_lines does. Errors in its values name bundlePath.
func (d *decoder) mimeBundle(jsonPath, name, bundlePath string) MimeBundle {
	if d.peek() != '{' {
		d.failAt(d.i, jsonPath, "%q must be an object, got %s", name, d.kindName())
	}
	jsonPath = bundlePath
	b := MimeBundle{}
	d.object(func(mime string, _ int) {
		off := d.i
		n := d.value(1)
		if !isJSONMime(mime) {
			if joined, ok := joinLines(n); ok {
				n = &node{kind: '"', text: joined}
			} else if n.kind != '"' {
				d.failAt(off, jsonPath, "%q must be a string or a list of strings, got %s", mime, kindOf(n))
			}
		}
		b[mime] = compactJSON(n)
	})
	return b
}

// joinLines joins n if it is an array of strings.
func joinLines(n *node) (string, bool) {
	if n.kind != '[' {
		return "", false
	}
	var b strings.Builder
	for _, e := range n.elems {
		if e.kind != '"' {
			return "", false
		}
		b.WriteString(e.text)
	}
	return b.String(), true
}

func kindOf(n *node) string {
	switch n.kind {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// isJSONMime reports whether values of mime are JSON data that nbformat
// leaves alone rather than joining lines.
func isJSONMime(mime string) bool {
	return mime == "application/json" || strings.HasPrefix(mime, "application/") && strings.HasSuffix(mime, "+json")
}

// attachments decodes a cell's attachments: name → MIME bundle.
func (d *decoder) attachments(jsonPath string) RawObject {
	if d.peek() != '{' {
		d.failAt(d.i, jsonPath, "\"attachments\" must be an object, got %s", d.kindName())
	}
	a := RawObject{}
	d.object(func(name string, _ int) {
		b := d.mimeBundle(jsonPath+".attachments", name, jsonPath+".attachments["+strconv.Quote(name)+"]")
		a[name] = b.compactJSON()
	})
	return a
}

func (b MimeBundle) compactJSON() []byte {
	n := &node{kind: '{'}
	for k := range b {
		n.keys = append(n.keys, k)
	}
	sort.Strings(n.keys)
	for _, k := range n.keys {
		n.elems = append(n.elems, &node{kind: 'r', text: string(b[k])})
	}
	var e encoder
	e.compact(n)
	return e.buf
}

var cellKeys = map[CellType]string{
	Code:     " id cell_type metadata attachments source execution_count outputs ",
	Markdown: " id cell_type metadata attachments source ",
	Raw:      " id cell_type metadata attachments source ",
}

func (d *decoder) cell(jsonPath string) *Cell {
	start := d.i
	ms := d.members(jsonPath, "a cell")
	end := d.i
	typ, ok := find(ms, "cell_type")
	if !ok {
		d.failAt(start, jsonPath, "missing \"cell_type\"")
	}
	d.at(typ)
	c := &Cell{Type: CellType(d.string_(jsonPath, "cell_type")), Metadata: RawObject{}}
	known, ok := cellKeys[c.Type]
	if !ok {
		d.failAt(typ.off, jsonPath, "unknown cell_type %q, want code, markdown or raw", c.Type)
	}
	if _, ok := find(ms, "source"); !ok {
		d.failAt(start, jsonPath, "missing \"source\"")
	}
	for _, m := range ms {
		d.at(m)
		if !strings.Contains(known, " "+m.key+" ") {
			c.Extra = d.extra(c.Extra, m.key)
			continue
		}
		switch m.key {
		case "id":
			c.ID = d.string_(jsonPath, "id")
		case "metadata":
			c.Metadata = d.rawObject(jsonPath, "metadata")
		case "attachments":
			c.Attachments = d.attachments(jsonPath)
		case "source":
			c.Source = d.lines(jsonPath, "source")
		case "execution_count":
			c.ExecutionCount = d.optInt(jsonPath, "execution_count")
		case "outputs":
			if d.peek() != '[' {
				d.failAt(d.i, jsonPath, "\"outputs\" must be an array, got %s", d.kindName())
			}
			d.array(func(i int) {
				c.Outputs = append(c.Outputs, d.output(fmt.Sprintf("%s.outputs[%d]", jsonPath, i)))
			})
		}
	}
	d.i = end
	return c
}

var outputKeys = map[OutputType]string{
	Stream:        " output_type name text metadata ",
	DisplayData:   " output_type data metadata ",
	ExecuteResult: " output_type data metadata execution_count ",
	Error:         " output_type ename evalue traceback metadata ",
}

// outputRequired lists, in step with outputKeys, the keys an output must
// have.
var outputRequired = map[OutputType][]string{
	Stream:        {"name", "text"},
	DisplayData:   {"data"},
	ExecuteResult: {"data"},
	Error:         {"ename", "evalue", "traceback"},
}

func (d *decoder) output(jsonPath string) *Output {
	start := d.i
	ms := d.members(jsonPath, "an output")
	end := d.i
	typ, ok := find(ms, "output_type")
	if !ok {
		d.failAt(start, jsonPath, "missing \"output_type\"")
	}
	d.at(typ)
	o := &Output{Type: OutputType(d.string_(jsonPath, "output_type"))}
	known, ok := outputKeys[o.Type]
	if !ok {
		d.failAt(typ.off, jsonPath, "unknown output_type %q, want stream, display_data, execute_result or error", o.Type)
	}
	for _, k := range outputRequired[o.Type] {
		if _, ok := find(ms, k); !ok {
			d.failAt(start, jsonPath, "missing %q in %s output", k, o.Type)
		}
	}
	if o.Type == DisplayData || o.Type == ExecuteResult {
		o.Metadata = RawObject{}
	}
	for _, m := range ms {
		d.at(m)
		if !strings.Contains(known, " "+m.key+" ") {
			o.Extra = d.extra(o.Extra, m.key)
			continue
		}
		switch m.key {
		case "name":
			o.Name = d.string_(jsonPath, "name")
		case "text":
			o.Text = d.lines(jsonPath, "text")
		case "data":
			o.Data = d.mimeBundle(jsonPath, "data", jsonPath+".data")
		case "metadata":
			o.Metadata = d.rawObject(jsonPath, "metadata")
		case "execution_count":
			o.ExecutionCount = d.optInt(jsonPath, "execution_count")
		case "ename":
			o.Ename = d.string_(jsonPath, "ename")
		case "evalue":
			o.Evalue = d.string_(jsonPath, "evalue")
		case "traceback":
			if d.peek() != '[' {
				d.failAt(d.i, jsonPath, "\"traceback\" must be a list of strings, got %s", d.kindName())
			}
			d.array(func(i int) {
				if d.peek() != '"' {
					d.failAt(d.i, jsonPath, "\"traceback\" must be a list of strings, got %s in traceback[%d]", d.kindName(), i)
				}
				o.Traceback = append(o.Traceback, d.str())
			})
		}
	}
	d.i = end
	return o
}

var (
	_ error = (*ReadError)(nil)
	_ error = (*WriteError)(nil)
)
