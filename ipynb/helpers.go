package ipynb

import (
	"fmt"
	"maps"
	"slices"
)

// Text returns the text of b's value for mime when that value is a JSON
// string (list-of-lines values were joined by [Read]). ok is false when
// b has no such value or it is not a string, as application/json data
// usually is not.
func (b MimeBundle) Text(mime string) (text string, ok bool) {
	raw, found := b[mime]
	if !found {
		return "", false
	}
	n, err := parseRaw(raw)
	if err != nil || n.kind != '"' {
		return "", false
	}
	return n.text, true
}

// SetText sets b's value for mime to the string text.
func (b MimeBundle) SetText(mime, text string) {
	b[mime] = quote(text)
}

// SourceLines returns the cell's source split into lines, each with its
// line end, as nbformat writes it: see [SplitLines].
func (c *Cell) SourceLines() []string {
	return SplitLines(c.Source)
}

// Clone returns a deep copy of nb: changing the copy, down to the bytes
// of its raw values, leaves nb alone.
func (nb *Notebook) Clone() *Notebook {
	if nb == nil {
		return nil
	}
	c := *nb
	c.Metadata = cloneRaw(nb.Metadata)
	c.Extra = cloneRaw(nb.Extra)
	if nb.Cells != nil {
		c.Cells = make([]*Cell, len(nb.Cells))
		for i, cell := range nb.Cells {
			c.Cells[i] = cell.Clone()
		}
	}
	return &c
}

// Clone returns a deep copy of c.
func (c *Cell) Clone() *Cell {
	if c == nil {
		return nil
	}
	d := *c
	d.Metadata = cloneRaw(c.Metadata)
	d.Attachments = cloneRaw(c.Attachments)
	d.Extra = cloneRaw(c.Extra)
	d.ExecutionCount = cloneInt(c.ExecutionCount)
	if c.Outputs != nil {
		d.Outputs = make([]*Output, len(c.Outputs))
		for i, o := range c.Outputs {
			d.Outputs[i] = o.Clone()
		}
	}
	return &d
}

// Clone returns a deep copy of o.
func (o *Output) Clone() *Output {
	if o == nil {
		return nil
	}
	p := *o
	p.Metadata = cloneRaw(o.Metadata)
	p.Extra = cloneRaw(o.Extra)
	p.ExecutionCount = cloneInt(o.ExecutionCount)
	p.Traceback = slices.Clone(o.Traceback)
	if o.Data != nil {
		p.Data = MimeBundle(cloneRaw(RawObject(o.Data)))
	}
	return &p
}

func cloneRaw(o RawObject) RawObject {
	if o == nil {
		return nil
	}
	c := maps.Clone(o)
	for k, v := range c {
		c[k] = slices.Clone(v)
	}
	return c
}

func cloneInt(p *int) *int {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// NewNotebook returns an empty nbformat 4.5 notebook, as nbformat's
// v4.new_notebook builds it.
func NewNotebook() *Notebook {
	return &Notebook{Nbformat: 4, NbformatMinor: 5, Metadata: RawObject{}}
}

// AddCell appends a new cell of type typ with the given source to nb and
// returns it. The cell has empty metadata, and a code cell no outputs and
// a null execution count. In a notebook of nbformat 4.5 or later the
// cell gets an id that no other cell of nb has: "cell-N" for the smallest
// N from its index up. (nbformat draws random ids; these are
// deterministic so that regenerated notebooks do not churn.)
func (nb *Notebook) AddCell(typ CellType, source string) *Cell {
	c := &Cell{Type: typ, Source: source, Metadata: RawObject{}}
	if nb.Nbformat > 4 || nb.Nbformat == 4 && nb.NbformatMinor >= 5 {
		c.ID = nb.freeID(len(nb.Cells))
	}
	nb.Cells = append(nb.Cells, c)
	return c
}

// FillIDs gives every cell without an id one, as [Notebook.AddCell]
// would, whatever nb's minor version.
func (nb *Notebook) FillIDs() {
	for i, c := range nb.Cells {
		if c.ID == "" {
			c.ID = nb.freeID(i)
		}
	}
}

func (nb *Notebook) freeID(from int) string {
	used := make(map[string]bool, len(nb.Cells))
	for _, c := range nb.Cells {
		used[c.ID] = true
	}
	for n := from; ; n++ {
		if id := fmt.Sprintf("cell-%d", n); !used[id] {
			return id
		}
	}
}

// NewStream returns a stream output: name is "stdout" or "stderr".
func NewStream(name, text string) *Output {
	return &Output{Type: Stream, Name: name, Text: text}
}

// NewExecuteResult returns an execute_result output with the given
// execution count and data, and empty metadata.
func NewExecuteResult(count int, data MimeBundle) *Output {
	return &Output{Type: ExecuteResult, ExecutionCount: &count, Data: data, Metadata: RawObject{}}
}

// NewDisplayData returns a display_data output with empty metadata.
func NewDisplayData(data MimeBundle) *Output {
	return &Output{Type: DisplayData, Data: data, Metadata: RawObject{}}
}

// NewError returns an error output.
func NewError(ename, evalue string, traceback []string) *Output {
	return &Output{Type: Error, Ename: ename, Evalue: evalue, Traceback: traceback}
}
