package ipynb

// This file defines the JSON layer: a scanner over the file's bytes that
// reports errors with their offset, a small value tree for the parts of a
// notebook that are kept verbatim, and an encoder that writes JSON exactly
// as Python's json.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False,
// separators=(",", ": ")) does.
//
// encoding/json is not used on purpose: it escapes <, > and & and U+2028,
// it cannot keep a number's text through a generic value, its errors carry
// a byte offset but no path, and it accepts invalid UTF-8 silently.
//
// Python's json module also reads and writes NaN, Infinity and -Infinity;
// nbformat can therefore write them (in metadata, or in application/json
// outputs), so the scanner accepts them as numbers and keeps their text.

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"
)

// A decodePanic carries a read error up to [Read], which recovers only this
// type: any other panic is a bug and is not hidden.
type decodePanic struct{ err *ReadError }

// decoder scans JSON text. Every method that finds an error panics with a
// decodePanic holding the offset of the problem.
type decoder struct {
	path string
	data []byte
	i    int // 0-based offset in data, in bytes
	// scratch and text are buffers reused by strBytes and by the joining
	// of lists of lines.
	scratch, text []byte
}

// failAt stops decoding with an error at byte offset off.
func (d *decoder) failAt(off int, jsonPath, format string, args ...any) {
	line, col := lineCol(d.data, off)
	panic(decodePanic{&ReadError{Path: d.path, Line: line, Col: col, JSONPath: jsonPath, Msg: fmt.Sprintf(format, args...)}})
}

// syntax stops decoding with an "invalid JSON" error at offset off.
func (d *decoder) syntax(off int, format string, args ...any) {
	d.failAt(off, "", "invalid JSON: "+format, args...)
}

// lineCol turns a byte offset into a 1-based line and a 1-based column
// counted in bytes.
func lineCol(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line, start := 1, 0
	for j := 0; j < off; j++ {
		if data[j] == '\n' {
			line++
			start = j + 1
		}
	}
	return line, off - start + 1
}

func (d *decoder) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek skips white space and returns the next byte, or 0 at the end.
func (d *decoder) peek() byte {
	d.ws()
	if d.i >= len(d.data) {
		return 0
	}
	return d.data[d.i]
}

// unexpected reports the byte at d.i as not allowed where want was.
func (d *decoder) unexpected(want string) {
	if d.i >= len(d.data) {
		d.syntax(d.i, "unexpected end of input, want %s", want)
	}
	c := d.data[d.i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRune(d.data[d.i:])
		if r == utf8.RuneError && n <= 1 {
			d.syntax(d.i, "invalid UTF-8 byte 0x%02x, want %s", c, want)
		}
		d.syntax(d.i, "unexpected character %q, want %s", r, want)
	}
	d.syntax(d.i, "unexpected character %q, want %s", c, want)
}

// kindName names the kind of the JSON value starting at d.i, for messages.
func (d *decoder) kindName() string {
	switch d.peek() {
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
	case 0:
		return "end of input"
	case '-', 'N', 'I', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "number"
	}
	d.unexpected("a value")
	return ""
}

// object calls member for each member of the object at d.i, with d.i at
// the member's value; member must consume the value.
func (d *decoder) object(member func(key string, keyOff int)) {
	if d.peek() != '{' {
		d.unexpected("'{'")
	}
	d.i++
	if d.peek() == '}' {
		d.i++
		return
	}
	for {
		if d.peek() != '"' {
			d.unexpected("string (an object key)")
		}
		keyOff := d.i
		key := d.str()
		if d.peek() != ':' {
			d.unexpected("':' after object key")
		}
		d.i++
		d.peek()
		member(key, keyOff)
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			return
		default:
			d.unexpected("',' or '}' in object")
		}
	}
}

// array calls elem for each element of the array at d.i, with d.i at the
// element; elem must consume it.
func (d *decoder) array(elem func(i int)) {
	if d.peek() != '[' {
		d.unexpected("'['")
	}
	d.i++
	if d.peek() == ']' {
		d.i++
		return
	}
	for n := 0; ; n++ {
		d.peek()
		elem(n)
		switch d.peek() {
		case ',':
			d.i++
		case ']':
			d.i++
			return
		default:
			d.unexpected("',' or ']' in array")
		}
	}
}

// str decodes the string at d.i.
func (d *decoder) str() string {
	return string(d.strBytes())
}

// strBytes decodes the string at d.i. The result is valid until the next
// call: it is a slice of d.data when the string has no escapes, and of
// d.scratch otherwise.
func (d *decoder) strBytes() []byte {
	start := d.i
	d.i++ // the opening quote
	// Fast path: no escapes. Find the next quote, then check the bytes
	// before it.
	j := d.i
	if q := bytes.IndexByte(d.data[d.i:], '"'); q >= 0 {
		end := d.i + q
		for j < end && d.data[j] != '\\' && d.data[j] >= 0x20 {
			j++
		}
		if j == end {
			b := d.data[d.i:j]
			if !utf8.Valid(b) {
				d.badUTF8(start)
			}
			d.i = j + 1
			return b
		}
	} else {
		j = len(d.data)
	}
	buf := append(d.scratch[:0], d.data[d.i:j]...)
	d.i = j
	defer func() { d.scratch = buf[:0] }()
	for {
		if d.i >= len(d.data) {
			d.syntax(start, "unterminated string")
		}
		c := d.data[d.i]
		switch {
		case c == '"':
			d.i++
			if !utf8.Valid(buf) {
				d.badUTF8(start)
			}
			return buf
		case c < 0x20:
			d.syntax(d.i, "control character 0x%02x in string (write it as \\u%04x)", c, c)
		case c != '\\':
			// Copy the run up to the next special byte at once.
			k := d.i + 1
			for k < len(d.data) && d.data[k] != '"' && d.data[k] != '\\' && d.data[k] >= 0x20 {
				k++
			}
			buf = append(buf, d.data[d.i:k]...)
			d.i = k
			continue
		}
		esc := d.i
		d.i++
		if d.i >= len(d.data) {
			d.syntax(start, "unterminated string")
		}
		c = d.data[d.i]
		d.i++
		switch c {
		case '"', '\\', '/':
			buf = append(buf, c)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r := d.hex4(esc)
			if 0xD800 <= r && r < 0xDC00 {
				if d.i+6 <= len(d.data) && d.data[d.i] == '\\' && d.data[d.i+1] == 'u' {
					d.i += 2
					lo := d.hex4(esc)
					if 0xDC00 <= lo && lo < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
						buf = utf8.AppendRune(buf, r)
						continue
					}
				}
				d.syntax(esc, "lone surrogate \\u%04x in string", r)
			} else if 0xDC00 <= r && r < 0xE000 {
				d.syntax(esc, "lone surrogate \\u%04x in string", r)
			}
			buf = utf8.AppendRune(buf, r)
		default:
			d.syntax(esc, "invalid escape \\%c in string", c)
		}
	}
}

// badUTF8 reports the first invalid UTF-8 sequence in the string that
// starts at offset start.
func (d *decoder) badUTF8(start int) {
	for j := start; j < len(d.data); {
		r, n := utf8.DecodeRune(d.data[j:])
		if r == utf8.RuneError && n <= 1 {
			d.syntax(j, "invalid UTF-8 byte 0x%02x in string", d.data[j])
		}
		j += n
	}
	d.syntax(start, "invalid UTF-8 in string")
}

// hex4 reads the 4 hex digits of a \u escape that started at esc.
func (d *decoder) hex4(esc int) rune {
	if d.i+4 > len(d.data) {
		d.syntax(esc, "truncated \\u escape in string")
	}
	var r rune
	for _, c := range d.data[d.i : d.i+4] {
		var v byte
		switch {
		case '0' <= c && c <= '9':
			v = c - '0'
		case 'a' <= c && c <= 'f':
			v = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			v = c - 'A' + 10
		default:
			d.syntax(esc, "invalid \\u escape in string")
		}
		r = r<<4 | rune(v)
	}
	d.i += 4
	return r
}

// number scans the number at d.i and returns its text.
func (d *decoder) number() string {
	start := d.i
	for _, lit := range [...]string{"NaN", "Infinity", "-Infinity"} {
		if hasPrefixAt(d.data, d.i, lit) {
			d.i += len(lit)
			return lit
		}
	}
	if d.i < len(d.data) && d.data[d.i] == '-' {
		d.i++
	}
	switch {
	case d.i < len(d.data) && d.data[d.i] == '0':
		d.i++
	case d.i < len(d.data) && '1' <= d.data[d.i] && d.data[d.i] <= '9':
		d.digits()
	default:
		d.unexpected("a value")
	}
	if d.i < len(d.data) && d.data[d.i] == '.' {
		d.i++
		if d.digits() == 0 {
			d.unexpected("a digit after '.'")
		}
	}
	if d.i < len(d.data) && (d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		d.i++
		if d.i < len(d.data) && (d.data[d.i] == '+' || d.data[d.i] == '-') {
			d.i++
		}
		if d.digits() == 0 {
			d.unexpected("a digit in exponent")
		}
	}
	return string(d.data[start:d.i])
}

func (d *decoder) digits() int {
	n := 0
	for d.i < len(d.data) && '0' <= d.data[d.i] && d.data[d.i] <= '9' {
		d.i++
		n++
	}
	return n
}

func hasPrefixAt(data []byte, i int, lit string) bool {
	return len(data)-i >= len(lit) && string(data[i:i+len(lit)]) == lit
}

// literal scans true, false or null.
func (d *decoder) literal(lit string) {
	if !hasPrefixAt(d.data, d.i, lit) {
		d.unexpected("a value")
	}
	d.i += len(lit)
}

// A node is a JSON value kept verbatim: numbers keep their text, and
// objects are sorted by key with later duplicates winning, as Python's
// json.loads followed by json.dumps(sort_keys=True) would leave them.
type node struct {
	kind  byte   // '{', '[', '"', '0' (number), 't', 'f', 'n', or 'r' (compact JSON in text)
	text  string // a string's value or a number's text
	keys  []string
	elems []*node // object values (in step with keys) or array elements
}

// value decodes the value at d.i into a node tree.
func (d *decoder) value(depth int) *node {
	if depth > maxDepth {
		d.syntax(d.i, "nested deeper than %d levels", maxDepth)
	}
	switch d.peek() {
	case '{':
		n := &node{kind: '{'}
		seen := map[string]int{}
		d.object(func(key string, _ int) {
			v := d.value(depth + 1)
			if j, ok := seen[key]; ok {
				n.elems[j] = v
				return
			}
			seen[key] = len(n.keys)
			n.keys = append(n.keys, key)
			n.elems = append(n.elems, v)
		})
		n.sortKeys()
		return n
	case '[':
		n := &node{kind: '['}
		d.array(func(int) { n.elems = append(n.elems, d.value(depth+1)) })
		return n
	case '"':
		return &node{kind: '"', text: d.str()}
	case 't':
		d.literal("true")
		return &node{kind: 't'}
	case 'f':
		d.literal("false")
		return &node{kind: 'f'}
	case 'n':
		d.literal("null")
		return &node{kind: 'n'}
	case 0:
		d.unexpected("a value")
	}
	return &node{kind: '0', text: d.number()}
}

// maxDepth bounds the nesting of JSON values, so that hostile input cannot
// exhaust the stack. Python's json gives up near 1000 levels too.
const maxDepth = 1000

// skip scans past the value at d.i, checking its syntax.
func (d *decoder) skip(depth int) {
	if depth > maxDepth {
		d.syntax(d.i, "nested deeper than %d levels", maxDepth)
	}
	switch d.peek() {
	case '{':
		d.object(func(string, int) { d.skip(depth + 1) })
	case '[':
		d.array(func(int) { d.skip(depth + 1) })
	case '"':
		d.skipStr()
	case 't':
		d.literal("true")
	case 'f':
		d.literal("false")
	case 'n':
		d.literal("null")
	case 0:
		d.unexpected("a value")
	default:
		d.number()
	}
}

// skipStr scans past the string at d.i, checking it.
func (d *decoder) skipStr() { d.strBytes() }

func (n *node) sortKeys() {
	if sort.StringsAreSorted(n.keys) {
		return
	}
	idx := make([]int, len(n.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return n.keys[idx[a]] < n.keys[idx[b]] })
	keys := make([]string, len(idx))
	elems := make([]*node, len(idx))
	for i, j := range idx {
		keys[i], elems[i] = n.keys[j], n.elems[j]
	}
	n.keys, n.elems = keys, elems
}

// parseRaw parses one complete JSON value, such as a json.RawMessage.
func parseRaw(data []byte) (n *node, err error) {
	d := &decoder{data: data}
	defer func() {
		if r := recover(); r != nil {
			p, ok := r.(decodePanic)
			if !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	n = d.value(0)
	if d.peek() != 0 {
		d.syntax(d.i, "unexpected data after the value")
	}
	return n, nil
}

// encoder writes JSON in Python's layout into buf. When sink is set, full
// chunks of buf are handed to it and buf is reused.
type encoder struct {
	buf  []byte
	sink func([]byte)
}

const flushSize = 64 << 10

func (e *encoder) maybeFlush() {
	if e.sink != nil && len(e.buf) >= flushSize {
		e.sink(e.buf)
		e.buf = e.buf[:0]
	}
}

// newline starts a new line indented for the given nesting level.
func (e *encoder) newline(level int) {
	e.buf = append(e.buf, '\n')
	for ; level > 0; level-- {
		e.buf = append(e.buf, ' ')
	}
	e.maybeFlush()
}

const hexDigits = "0123456789abcdef"

// str writes s as Python's json.dumps(s, ensure_ascii=False) does: only
// '"', '\\' and control characters below 0x20 are escaped, with \n, \r,
// \t, \b and \f by name and the rest as lowercase \u00XX.
func (e *encoder) str(s string) {
	e.buf = append(e.buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			if i-start >= flushSize && e.sink != nil {
				e.buf = append(e.buf, s[start:i]...)
				e.maybeFlush()
				start = i
			}
			continue
		}
		e.buf = append(e.buf, s[start:i]...)
		switch c {
		case '"', '\\':
			e.buf = append(e.buf, '\\', c)
		case '\n':
			e.buf = append(e.buf, '\\', 'n')
		case '\r':
			e.buf = append(e.buf, '\\', 'r')
		case '\t':
			e.buf = append(e.buf, '\\', 't')
		case '\b':
			e.buf = append(e.buf, '\\', 'b')
		case '\f':
			e.buf = append(e.buf, '\\', 'f')
		default:
			e.buf = append(e.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		}
		start = i + 1
	}
	e.buf = append(e.buf, s[start:]...)
	e.buf = append(e.buf, '"')
	e.maybeFlush()
}

// node writes n indented for nesting level level (indent=1).
func (e *encoder) node(n *node, level int) {
	switch n.kind {
	case '{':
		if len(n.keys) == 0 {
			e.buf = append(e.buf, "{}"...)
			return
		}
		e.buf = append(e.buf, '{')
		for i, k := range n.keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(level + 1)
			e.str(k)
			e.buf = append(e.buf, ": "...)
			e.node(n.elems[i], level+1)
		}
		e.newline(level)
		e.buf = append(e.buf, '}')
	case '[':
		if len(n.elems) == 0 {
			e.buf = append(e.buf, "[]"...)
			return
		}
		e.buf = append(e.buf, '[')
		for i, v := range n.elems {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(level + 1)
			e.node(v, level+1)
		}
		e.newline(level)
		e.buf = append(e.buf, ']')
	case '"':
		e.str(n.text)
	case '0':
		e.buf = append(e.buf, n.text...)
	case 't':
		e.buf = append(e.buf, "true"...)
	case 'f':
		e.buf = append(e.buf, "false"...)
	case 'n':
		e.buf = append(e.buf, "null"...)
	case 'r':
		e.buf = append(e.buf, n.text...)
	default:
		panic(fmt.Sprintf("ipynb: bad node kind %q", n.kind))
	}
}

// compact writes n without white space: the form RawObject and MimeBundle
// values take after Read.
func (e *encoder) compact(n *node) {
	switch n.kind {
	case '{':
		e.buf = append(e.buf, '{')
		for i, k := range n.keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.str(k)
			e.buf = append(e.buf, ':')
			e.compact(n.elems[i])
		}
		e.buf = append(e.buf, '}')
	case '[':
		e.buf = append(e.buf, '[')
		for i, v := range n.elems {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.compact(v)
		}
		e.buf = append(e.buf, ']')
	default:
		e.node(n, 0)
	}
}

// compactJSON returns n's compact text.
func compactJSON(n *node) []byte {
	var e encoder
	e.compact(n)
	return e.buf
}

// quote returns s as a compact JSON string.
func quote(s string) []byte {
	e := encoder{buf: make([]byte, 0, len(s)+2)}
	e.str(s)
	return e.buf
}

// parseInt parses an integer number's text; ok is false for anything that
// is not a plain JSON integer that fits an int.
func parseInt(text string) (int, bool) {
	v, err := strconv.Atoi(text)
	return v, err == nil
}
