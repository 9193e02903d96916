package mddoc

// This file writes outputs back into the document. Render copies the
// source and applies one edit per code block whose output changed; an
// edit replaces or inserts whole lines, so every byte outside the edited
// output blocks stays as it was.

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/nbcheck/nbcheck/ipynb"
)

// edit replaces src[start:end] with text.
type edit struct {
	start, end int // 0-based byte offsets
	text       string
}

// Render returns the document with the output blocks rewritten from nb's
// code cells, which must be the document's code cells in order with their
// sources unchanged (markdown cells are ignored). Outputs are written as
// text: stream text as is, execute_result and display_data as their
// text/plain, errors as "Ename: evalue" lines; each piece ends with a
// line ending. Rendering the notebook that [Doc.Notebook] returned gives
// back the source bytes exactly.
func (d *Doc) Render(nb *ipynb.Notebook) ([]byte, error) {
	if nb == nil {
		return nil, fmt.Errorf("%s: render: nil notebook", d.path)
	}
	var cells []*ipynb.Cell
	for _, c := range nb.Cells {
		if c.Type == ipynb.Code {
			cells = append(cells, c)
		}
	}
	if len(cells) != len(d.blocks) {
		return nil, fmt.Errorf("%s: render: got %d code cells, want %d", d.path, len(cells), len(d.blocks))
	}
	var edits []edit
	for i, b := range d.blocks {
		c := cells[i]
		if c.Source != b.source {
			return nil, d.errorf(b.open+2, "render: the source of code cell %d changed; only outputs can be written back", i+1)
		}
		text, err := OutputText(c)
		if err != nil {
			return nil, d.errorf(b.open+2, "render: %v", err)
		}
		if text == b.text && (b.has || text == "") {
			continue
		}
		if e, ok := d.rewrite(b, text); ok {
			edits = append(edits, e)
		}
	}
	if len(edits) == 0 {
		return append([]byte(nil), d.src...), nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out []byte
	pos := 0
	for _, e := range edits {
		out = append(out, d.src[pos:e.start]...)
		out = append(out, e.text...)
		pos = e.end
	}
	return append(out, d.src[pos:]...), nil
}

// OutputText returns the text that a Markdown document records for the
// outputs of c: stream text, the text/plain of results and displays, and
// "Ename: evalue" for errors, ending with "\n" unless empty.
func OutputText(c *ipynb.Cell) (string, error) {
	var sb strings.Builder
	for _, o := range c.Outputs {
		switch o.Type {
		case ipynb.Stream:
			sb.WriteString(o.Text)
			continue
		case ipynb.ExecuteResult, ipynb.DisplayData:
			raw, ok := o.Data["text/plain"]
			if !ok {
				continue
			}
			newline(&sb)
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", fmt.Errorf("text/plain: %v", err)
			}
			sb.WriteString(s)
		case ipynb.Error:
			newline(&sb)
			sb.WriteString(o.Ename)
			if o.Evalue != "" {
				sb.WriteString(": " + o.Evalue)
			}
		}
		newline(&sb)
	}
	newline(&sb)
	return sb.String(), nil
}

// newline ends the text in sb with a line ending unless it is empty or
// already ends with one.
func newline(sb *strings.Builder) {
	if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") {
		sb.WriteByte('\n')
	}
}

func splitText(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// commentLines renders text as output comments.
func (d *Doc) commentLines(text, indent string) string {
	var sb strings.Builder
	for _, s := range splitText(text) {
		sb.WriteString(indent)
		if s == "" {
			sb.WriteString("#")
		} else {
			sb.WriteString("# " + s)
		}
		sb.WriteString(d.eol)
	}
	return sb.String()
}

// fenceBody renders text as the body of a block opened with f; n is the
// fence length the body needs (f.n, or more when a line of text would
// close the block).
func (d *Doc) fenceBody(text string, f fence) (body string, n int) {
	indent := strings.Repeat(" ", f.indent)
	n = f.n
	var sb strings.Builder
	for _, s := range splitText(text) {
		l := indent + s
		if closesFence(l, fence{char: f.char, n: n}) {
			t := strings.TrimLeft(l, " ")
			n = len(t) - len(strings.TrimLeft(t, string(f.char))) + 1
		}
		sb.WriteString(l)
		sb.WriteString(d.eol)
	}
	return sb.String(), n
}

// refence returns line i (a fence line) with its run of fence characters
// made n long, and its line ending.
func (d *Doc) refence(i int, char byte, n int) string {
	s := d.text(i)
	j := len(s) - len(strings.TrimLeft(s, " "))
	k := j
	for k < len(s) && s[k] == char {
		k++
	}
	if k-j < n {
		s = s[:j] + strings.Repeat(string(char), n) + s[k:]
	}
	return s + d.lineEnd(i)
}

// lineEnd returns the line ending of line i as written ("" at the end of
// a file without a final newline).
func (d *Doc) lineEnd(i int) string {
	l := d.lines[i]
	return string(d.src[l.end:l.next])
}

// rewrite returns the edit that writes text as b's output.
func (d *Doc) rewrite(b *codeBlock, text string) (edit, bool) {
	switch b.form {
	case Fence:
		o := b.out
		body, n := d.fenceBody(text, o.f)
		e := edit{start: d.lines[o.open+1].start, end: d.lines[o.close].start, text: body}
		if n > o.f.n {
			e.start, e.end = d.lines[o.open].start, d.lines[o.close].next
			e.text = d.refence(o.open, o.f.char, n) + body + d.refence(o.close, o.f.char, n)
		}
		return e, true
	case Comments:
		return edit{start: d.lines[b.run0].start, end: d.lines[b.run1].start,
			text: d.commentLines(text, strings.Repeat(" ", b.f.indent))}, true
	case CommentBlock:
		o := b.out
		return edit{start: d.lines[o.open+1].start, end: d.lines[o.close].start,
			text: d.commentLines(text, strings.Repeat(" ", o.f.indent))}, true
	}
	if text == "" || hasMarker(&b.fenced, "no-output") {
		// A block marked no-output records no output: a new one written
		// after it would not be read back as its output, and each run
		// would add another.
		return edit{}, false
	}
	return d.insert(b, text), true
}

// insert returns the edit that adds a new output to b in the document's
// style.
func (d *Doc) insert(b *codeBlock, text string) edit {
	var tmpl *codeBlock
	for _, t := range d.blocks {
		if t.form != NoOutput {
			tmpl = t
			break
		}
	}
	indent := strings.Repeat(" ", b.f.indent)
	comments := tmpl != nil && tmpl.form != Fence
	if comments && hasCode(strings.Split(b.source, "\n")) {
		// Comment style: a blank line (unless there is one) and the comments.
		pre := ""
		if b.close > b.open+1 && !isBlank(d.text(b.close-1)) {
			pre = d.eol
		}
		at := d.lines[b.close].start
		return edit{start: at, end: at, text: pre + d.commentLines(text, indent)}
	}
	at := d.lines[b.close].next
	pre := ""
	if d.lineEnd(b.close) == "" {
		pre = d.eol
	}
	if comments {
		// A block with no code cannot end in output comments: write them
		// in a python block of their own (form b').
		open := d.text(b.open) + d.eol
		closeLine := indent + strings.Repeat(string(b.f.char), b.f.n) + d.eol
		return edit{start: at, end: at, text: pre + d.eol + open + d.commentLines(text, indent) + closeLine}
	}
	if tmpl != nil && tmpl.form == Fence {
		o := tmpl.out
		gap := string(d.src[d.lines[tmpl.close].next:d.lines[o.open].start])
		body, n := d.fenceBody(text, o.f)
		closeLine := d.refence(o.close, o.f.char, n)
		if d.lineEnd(o.close) == "" {
			closeLine += d.eol
		}
		return edit{start: at, end: at, text: pre + gap + d.refence(o.open, o.f.char, n) + body + closeLine}
	}
	f := fence{char: '`', n: 3}
	body, n := d.fenceBody(text, f)
	ticks := strings.Repeat("`", n)
	return edit{start: at, end: at, text: pre + d.eol + ticks + "text" + d.eol + body + ticks + d.eol}
}
