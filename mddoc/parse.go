package mddoc

// This file splits a document into lines, finds fenced blocks and
// markers, and decides which block holds which code cell's output. The
// Doc keeps byte offsets into the source so that Render can rewrite the
// output blocks and copy every other byte unchanged.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nbcheck/nbcheck/ipynb"
)

// Options control how a document is read. The zero value is the default.
type Options struct {
	// NoCommentOutput turns off outputs written as comments (forms b and
	// b'), as the marker <!-- nbcheck: no-comment-output --> does.
	NoCommentOutput bool
}

// OutputForm says how a code block's recorded output is written.
type OutputForm int

// The output forms. See the package doc for the exact rules.
const (
	NoOutput     OutputForm = iota // no recorded output
	Fence                          // form a: the next fenced block
	Comments                       // form b: trailing comment lines in the block
	CommentBlock                   // form b': a following python block of comments
)

func (f OutputForm) String() string {
	switch f {
	case NoOutput:
		return "none"
	case Fence:
		return "fence"
	case Comments:
		return "comments"
	case CommentBlock:
		return "comment-block"
	}
	return fmt.Sprintf("OutputForm(%d)", int(f))
}

// Error is a problem with a document, at a line.
type Error struct {
	Path string
	Line int // 1-based; 0 when the error is about the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Block describes one code block of a document and its recorded output.
type Block struct {
	Line       int        // 1-based line of the block's first source line
	Form       OutputForm // how its output is written
	OutputLine int        // 1-based line of the output's first line; 0 when none or empty
	Tags       []string   // tags from markers, in the order written
	Source     string     // the code, as the cell's source
	Output     string     // the recorded output text; "" when none
}

// Doc is a parsed Markdown document.
type Doc struct {
	path   string
	src    []byte
	lines  []line
	eol    string // line ending used for new lines: "\n" or "\r\n"
	blocks []*codeBlock
	prose  []proseSpan // prose[i] comes before blocks[i]; one extra at the end
}

// line is one line of the source.
type line struct {
	start, end, next int // 0-based byte offsets; end excludes the line ending
}

// fence is an opening code fence.
type fence struct {
	indent int    // spaces before the fence, 0 to 3
	char   byte   // '`' or '~'
	n      int    // length of the run, >= 3
	info   string // the info string, trimmed
}

// fenced is a fenced block: lines open..close (0-based line indexes).
type fenced struct {
	f           fence
	open, close int
	markers     []marker // per-block markers written before it
}

// marker is one word of a <!-- nbcheck: ... --> comment.
type marker struct {
	word string
	line int // 0-based line index
}

// codeBlock is a python block and its output.
type codeBlock struct {
	fenced
	tags   []string
	form   OutputForm
	out    *fenced // the output block of forms a and b'
	run0   int     // form b: 0-based line index of the first comment line
	run1   int     // form b: line index just after the last comment line
	source string
	text   string // recorded output text
	has    bool   // whether an output is recorded (text may be "")
	end    int    // 0-based line index just after the block and its output
	first  int    // 0-based line index of the first line of the region (the open fence)
}

// proseSpan is the prose between two regions, lines [from, to).
type proseSpan struct{ from, to int }

// Marker words; keep in step with the package doc.
var blockMarkers = map[string]string{
	"skip":             "skip-execution",
	"raises-exception": "raises-exception",
	"ignore-output":    "nbval-ignore-output",
	"no-output":        "",
}

const docMarkerNoComment = "no-comment-output"

// outputInfos are the info strings (first word, lower case) of a block
// that can hold an output (form a).
var outputInfos = map[string]bool{
	"": true, "text": true, "txt": true, "plaintext": true,
	"output": true, "console": true, "stdout": true,
}

// labelWords are the texts of a label line, lower case.
var labelWords = map[string]bool{
	"output": true, "outputs": true, "result": true, "results": true,
	"prints": true, "printed": true, "stdout": true, "console": true,
	"console output": true, "out": true, "expected output": true,
	"expected": true, "sample output": true, "example output": true,
	"the output": true, "the result": true, "output is": true,
	"this prints": true, "it prints": true, "program output": true,
	"expected result": true, "terminal output": true,
}

func isPython(info string) bool {
	w := strings.ToLower(firstWord(info))
	return w == "python" || w == "py" || w == "python3"
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}

// openFence reports whether s opens a fenced code block.
func openFence(s string) (fence, bool) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i > 3 || i >= len(s) || (s[i] != '`' && s[i] != '~') {
		return fence{}, false
	}
	c := s[i]
	j := i
	for j < len(s) && s[j] == c {
		j++
	}
	if j-i < 3 {
		return fence{}, false
	}
	info := strings.TrimSpace(s[j:])
	if c == '`' && strings.IndexByte(info, '`') >= 0 {
		return fence{}, false
	}
	return fence{indent: i, char: c, n: j - i, info: info}, true
}

// closesFence reports whether s closes a block opened with f.
func closesFence(s string, f fence) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i > 3 {
		return false
	}
	j := i
	for j < len(s) && s[j] == f.char {
		j++
	}
	return j-i >= f.n && strings.Trim(s[j:], " \t") == ""
}

// parseMarker reads a <!-- nbcheck: ... --> line; ok is false for any
// other line.
func parseMarker(s string) (words []string, ok bool) {
	t := strings.TrimSpace(s)
	if len(t) < len("<!---->") || !strings.HasPrefix(t, "<!--") || !strings.HasSuffix(t, "-->") || len(s)-len(strings.TrimLeft(s, " ")) > 3 {
		return nil, false
	}
	t = strings.TrimSpace(t[4 : len(t)-3])
	rest, found := strings.CutPrefix(t, "nbcheck:")
	if !found {
		return nil, false
	}
	for _, w := range strings.Split(rest, ",") {
		words = append(words, strings.TrimSpace(w))
	}
	return words, true
}

// isLabel reports whether s is a label line between a code block and
// its output block.
func isLabel(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 40 {
		return false
	}
	if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 {
		if h != "" && h[0] != ' ' && h[0] != '\t' {
			return false
		}
		t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "#"))
	}
	for range 2 {
		t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
		for _, em := range []string{"**", "__", "*", "_"} {
			if len(t) > 2*len(em) && strings.HasPrefix(t, em) && strings.HasSuffix(t, em) {
				t = strings.TrimSpace(t[len(em) : len(t)-len(em)])
				break
			}
		}
	}
	t = strings.ToLower(strings.Join(strings.Fields(t), " "))
	return labelWords[t]
}

func isBlank(s string) bool { return strings.Trim(s, " \t") == "" }

// isComment reports whether s (with the block's indentation taken off)
// is a whole-line output comment: "#" or "# ...".
func isComment(s string) bool {
	return s == "#" || strings.HasPrefix(s, "# ")
}

// HasPythonFences reports whether src holds at least one fenced python
// code block. It never fails: an unterminated fence counts as a block.
func HasPythonFences(src []byte) bool {
	var open *fence
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		var s []byte
		if i < 0 {
			s, src = src, nil
		} else {
			s, src = src[:i], src[i+1:]
		}
		l := strings.TrimSuffix(string(s), "\r")
		if open != nil {
			if closesFence(l, *open) {
				open = nil
			}
			continue
		}
		if f, ok := openFence(l); ok {
			if isPython(f.info) {
				return true
			}
			open = &f
		}
	}
	return false
}

// Parse reads the Markdown document src; path names it in errors.
func Parse(path string, src []byte, opts Options) (*Doc, error) {
	d := &Doc{path: path, src: src, eol: "\n"}
	if err := d.split(); err != nil {
		return nil, err
	}
	all, noComment, err := d.scan()
	if err != nil {
		return nil, err
	}
	noComment = noComment || opts.NoCommentOutput
	d.assign(all, noComment)
	return d, nil
}

func (d *Doc) errorf(line int, format string, args ...any) error {
	return &Error{Path: d.path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// split checks the bytes and splits them into lines.
func (d *Doc) split() error {
	src := d.src
	n := 1
	for start := 0; start < len(src); n++ {
		i := bytes.IndexByte(src[start:], '\n')
		l := line{start: start, end: len(src), next: len(src)}
		if i >= 0 {
			l.end, l.next = start+i, start+i+1
			if l.end > start && src[l.end-1] == '\r' {
				l.end--
				if len(d.lines) == 0 {
					d.eol = "\r\n"
				}
			}
		}
		s := src[l.start:l.end]
		if bytes.IndexByte(s, 0) >= 0 {
			return d.errorf(n, "not a Markdown document: binary data (NUL byte)")
		}
		if !utf8.Valid(s) {
			return d.errorf(n, "not a Markdown document: invalid UTF-8")
		}
		d.lines = append(d.lines, l)
		start = l.next
	}
	return nil
}

func (d *Doc) text(i int) string {
	l := d.lines[i]
	return string(d.src[l.start:l.end])
}

// scan finds the fenced blocks and the markers.
func (d *Doc) scan() (all []*fenced, noComment bool, err error) {
	var pending []marker
	for i := 0; i < len(d.lines); i++ {
		s := d.text(i)
		if words, ok := parseMarker(s); ok {
			for _, w := range words {
				switch _, known := blockMarkers[w]; {
				case w == docMarkerNoComment:
					noComment = true
				case known:
					pending = append(pending, marker{word: w, line: i})
				default:
					return nil, false, d.errorf(i+1, "unknown nbcheck marker %q (want skip, raises-exception, ignore-output, no-output or no-comment-output)", w)
				}
			}
			continue
		}
		f, ok := openFence(s)
		if !ok {
			if len(pending) > 0 && !isBlank(s) {
				return nil, false, d.errorf(pending[0].line+1, "nbcheck marker %q is not followed by a python code block", pending[0].word)
			}
			continue
		}
		b := &fenced{f: f, open: i, close: -1}
		for j := i + 1; j < len(d.lines); j++ {
			if closesFence(d.text(j), f) {
				b.close = j
				break
			}
		}
		if b.close < 0 {
			return nil, false, d.errorf(i+1, "unterminated code fence %s", strings.Repeat(string(f.char), f.n))
		}
		if len(pending) > 0 {
			if !isPython(f.info) {
				return nil, false, d.errorf(pending[0].line+1, "nbcheck marker %q is not followed by a python code block", pending[0].word)
			}
			b.markers, pending = pending, nil
		}
		all = append(all, b)
		i = b.close
	}
	if len(pending) > 0 {
		return nil, false, d.errorf(pending[0].line+1, "nbcheck marker %q is not followed by a python code block", pending[0].word)
	}
	return all, noComment, nil
}

// content returns the lines of block b with up to its fence's indent
// spaces taken off each.
func (d *Doc) content(b *fenced) []string {
	var out []string
	for i := b.open + 1; i < b.close; i++ {
		out = append(out, dedent(d.text(i), b.f.indent))
	}
	return out
}

func dedent(s string, n int) string {
	for k := 0; k < n && strings.HasPrefix(s, " "); k++ {
		s = s[1:]
	}
	return s
}

// gapOK reports whether lines [from, to) hold only blank lines and at most
// one label line.
func (d *Doc) gapOK(from, to int) bool {
	labels := 0
	for i := from; i < to; i++ {
		s := d.text(i)
		switch {
		case isBlank(s):
		case isLabel(s):
			labels++
		default:
			return false
		}
	}
	return labels <= 1
}

// assign decides the output of every python block.
func (d *Doc) assign(all []*fenced, noComment bool) {
	// First pass: form a, which also turns comment forms off.
	outOf := make(map[int]*fenced) // index in all of a python block -> its form-a output
	for k, b := range all {
		if !isPython(b.f.info) || hasMarker(b, "no-output") || k+1 == len(all) {
			continue
		}
		o := all[k+1]
		if len(o.markers) == 0 && outputInfos[strings.ToLower(firstWord(o.f.info))] && d.gapOK(b.close+1, o.open) {
			outOf[k] = o
		}
	}
	if len(outOf) > 0 {
		noComment = true
	}
	prev := 0 // first line of the current prose span
	for k := 0; k < len(all); k++ {
		b := all[k]
		if !isPython(b.f.info) {
			continue
		}
		cb := &codeBlock{fenced: *b, first: b.open, end: b.close + 1}
		for _, m := range b.markers {
			if tag := blockMarkers[m.word]; tag != "" {
				cb.tags = append(cb.tags, tag)
			}
		}
		lines := d.content(b)
		src := lines
		switch {
		case outOf[k] != nil:
			o := outOf[k]
			cb.form, cb.out, cb.has = Fence, o, true
			cb.text = joinLines(d.content(o))
			cb.end = o.close + 1
			k++
		case noComment || hasMarker(b, "no-output"):
		default:
			if r0, r1, ok := commentRun(lines); ok {
				cb.form, cb.has = Comments, true
				cb.run0, cb.run1 = b.open+1+r0, b.open+1+r1
				cb.text = uncomment(lines[r0:r1])
				src = lines[:r0]
			} else if k+1 < len(all) {
				o := all[k+1]
				if isPython(o.f.info) && len(o.markers) == 0 && allComments(d.content(o)) && d.gapOK(b.close+1, o.open) {
					cb.form, cb.out, cb.has = CommentBlock, o, true
					cb.text = uncomment(trimBlankTail(d.content(o)))
					cb.end = o.close + 1
					k++
				}
			}
		}
		cb.source = strings.TrimSuffix(joinLines(trimBlankTail(src)), "\n")
		d.prose = append(d.prose, proseSpan{prev, cb.first})
		prev = cb.end
		d.blocks = append(d.blocks, cb)
	}
	d.prose = append(d.prose, proseSpan{prev, len(d.lines)})
}

func hasMarker(b *fenced, w string) bool {
	for _, m := range b.markers {
		if m.word == w {
			return true
		}
	}
	return false
}

// commentRun finds form b in the lines of a code block: the run
// [r0, r1) of comment lines.
func commentRun(lines []string) (r0, r1 int, ok bool) {
	r1 = len(lines)
	for r1 > 0 && isBlank(lines[r1-1]) {
		r1--
	}
	r0 = r1
	for r0 > 0 && isComment(lines[r0-1]) {
		r0--
	}
	if r0 == r1 || r0 == 0 || !isBlank(lines[r0-1]) {
		return 0, 0, false
	}
	if hasCode(lines[:r0]) {
		return r0, r1, true
	}
	return 0, 0, false
}

// hasCode reports whether lines hold a line that is neither blank nor a
// comment.
func hasCode(lines []string) bool {
	for _, s := range lines {
		if !isBlank(s) && !strings.HasPrefix(strings.TrimLeft(s, " \t"), "#") {
			return true
		}
	}
	return false
}

func allComments(lines []string) bool {
	for _, s := range trimBlankTail(lines) {
		if !isComment(s) {
			return false
		}
	}
	return true
}

func trimBlankTail(lines []string) []string {
	for len(lines) > 0 && isBlank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func uncomment(lines []string) string {
	var sb strings.Builder
	for _, s := range lines {
		sb.WriteString(strings.TrimPrefix(strings.TrimPrefix(s, "#"), " "))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func joinLines(lines []string) string {
	var sb strings.Builder
	for _, s := range lines {
		sb.WriteString(s)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Blocks returns the document's code blocks in order, one per code cell.
func (d *Doc) Blocks() []Block {
	out := make([]Block, len(d.blocks))
	for i, b := range d.blocks {
		out[i] = Block{
			Line:   b.open + 2,
			Form:   b.form,
			Tags:   append([]string(nil), b.tags...),
			Source: b.source,
			Output: b.text,
		}
		switch {
		case b.form == Comments:
			out[i].OutputLine = b.run0 + 1
		case b.out != nil && b.out.close > b.out.open+1:
			out[i].OutputLine = b.out.open + 2
		}
	}
	return out
}

// Notebook returns the document as a new notebook (nbformat 4.5): prose as
// markdown cells, code blocks as code cells with their recorded outputs.
// Prose is the exact text between regions, with its leading and trailing
// blank lines and final line ending taken off; prose that is all blank
// makes no cell.
func (d *Doc) Notebook() *ipynb.Notebook {
	nb := &ipynb.Notebook{
		Nbformat:      4,
		NbformatMinor: 5,
		Metadata: ipynb.RawObject{
			"kernelspec":    json.RawMessage(`{"display_name": "Python 3", "language": "python", "name": "python3"}`),
			"language_info": json.RawMessage(`{"name": "python"}`),
		},
		Layout: ipynb.Layout{Indent: " "},
	}
	add := func(c *ipynb.Cell) {
		c.ID = fmt.Sprintf("cell-%d", len(nb.Cells)+1)
		nb.Cells = append(nb.Cells, c)
	}
	for i, p := range d.prose {
		if c := d.proseCell(p); c != nil {
			add(c)
		}
		if i == len(d.blocks) {
			break
		}
		b := d.blocks[i]
		c := &ipynb.Cell{Type: ipynb.Code, Source: b.source, Line: b.open + 2, Outputs: []*ipynb.Output{}}
		c.Metadata = ipynb.RawObject{}
		if len(b.tags) > 0 {
			tags, _ := json.Marshal(b.tags)
			c.Metadata["tags"] = tags
		}
		if b.has {
			n := i + 1
			c.ExecutionCount = &n
			if b.text != "" {
				c.Outputs = []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: b.text}}
			}
		}
		add(c)
	}
	return nb
}

func (d *Doc) proseCell(p proseSpan) *ipynb.Cell {
	from, to := p.from, p.to
	for from < to && isBlank(d.text(from)) {
		from++
	}
	for to > from && isBlank(d.text(to-1)) {
		to--
	}
	if from == to {
		return nil
	}
	s := string(d.src[d.lines[from].start:d.lines[to-1].end])
	return &ipynb.Cell{Type: ipynb.Markdown, Source: s, Line: from + 1, Metadata: ipynb.RawObject{}}
}
