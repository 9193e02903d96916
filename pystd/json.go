package pystd

// This file defines module _json, the Go half of pystd's json: string
// escaping for the encoder and the whole scanner for the decoder (a Python
// scanner would index the document character by character, which is
// quadratic on gpython's UTF-8 strings). Positions given and returned are
// character indexes, as CPython's are.

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_json", Doc: "nbcheck's json accelerator."},
		Methods: []*py.Method{
			py.MustNewMethod("encode_basestring_ascii", func(self py.Object, s py.Object) (py.Object, error) {
				str, ok := s.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", pyrt.TypeName(s))
				}
				return py.String(encodeString(string(str), true)), nil
			}, 0, "encode_basestring_ascii(s): s as a JSON string literal, non-ASCII escaped"),
			py.MustNewMethod("encode_basestring", func(self py.Object, s py.Object) (py.Object, error) {
				str, ok := s.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", pyrt.TypeName(s))
				}
				return py.String(encodeString(string(str), false)), nil
			}, 0, "encode_basestring(s): s as a JSON string literal"),
			py.MustNewMethod("encode", jsonEncode, 0, `encode(o, fallback, ensure_ascii, allow_nan, skipkeys, sort_keys, check_circular, indent, item_separator, key_separator)
encodes o; values of exact builtin types are encoded in Go, any other
value by fallback(value, level), which returns its text.`),
			py.MustNewMethod("scan", jsonScan, 0, `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
decodes the JSON value at character idx of s: (value, end, None), or
(None, pos, message) when the document is not valid there.`),
		},
	})
}

const hexDigits = "0123456789abcdef"

// encodeString quotes s as Python's json encoder does.
func encodeString(s string, ascii bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hexDigits[r>>12&0xf])
		b.WriteByte(hexDigits[r>>8&0xf])
		b.WriteByte(hexDigits[r>>4&0xf])
		b.WriteByte(hexDigits[r&0xf])
	}
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case !ascii || r < 0x7f:
				b.WriteRune(r)
			case r > 0xffff:
				r -= 0x10000
				u4(0xd800 | (r>>10)&0x3ff)
				u4(0xdc00 | r&0x3ff)
			default:
				u4(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// scanner decodes one JSON document held in s.
type scanner struct {
	s                                   string
	strict                              bool
	objectHook, pairsHook               py.Object
	parseFloat, parseInt, parseConstant py.Object
	// errPos (a byte offset) and errMsg describe the first syntax error.
	errPos int
	errMsg string
	depth  int // nested arrays and objects, limited as CPython's recursion
}

// maxJSONDepth is the nesting CPython 3.11 decodes at its default recursion
// limit, called from a script's top level (996 raises RecursionError; a
// few less from deeper frames).
const maxJSONDepth = 995

func (sc *scanner) enter(what string) error {
	sc.depth++
	if sc.depth > maxJSONDepth {
		return py.ExceptionNewf(pyrt.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

// errSyntax is returned, with errPos and errMsg set, on a syntax error;
// any other error comes from a hook and propagates as is.
type syntaxError struct{}

func (syntaxError) Error() string { return "json syntax error" }

func (sc *scanner) fail(pos int, msg string) error {
	sc.errPos, sc.errMsg = pos, msg
	return syntaxError{}
}

func jsonScan(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 8 {
		return nil, py.ExceptionNewf(py.TypeError, "scan() takes 8 arguments (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", pyrt.TypeName(args[0]))
	}
	idx, err := py.MakeGoInt(args[1])
	if err != nil {
		return nil, err
	}
	strict, err := py.MakeBool(args[2])
	if err != nil {
		return nil, err
	}
	sc := &scanner{s: string(s), strict: strict == py.True}
	hooks := []*py.Object{&sc.objectHook, &sc.pairsHook, &sc.parseFloat, &sc.parseInt, &sc.parseConstant}
	for i, h := range hooks {
		if args[3+i] != py.None {
			*h = args[3+i]
		}
	}
	// Character index to byte offset.
	pos := 0
	for n := 0; n < idx && pos < len(sc.s); n++ {
		_, size := utf8.DecodeRuneInString(sc.s[pos:])
		pos += size
	}
	if idx < 0 || pos >= len(sc.s) {
		return py.Tuple{py.None, py.Int(idx), py.String("Expecting value")}, nil
	}
	v, end, err := sc.value(pos)
	if err != nil {
		if _, ok := err.(syntaxError); ok {
			return py.Tuple{py.None, py.Int(utf8.RuneCountInString(sc.s[:sc.errPos])), py.String(sc.errMsg)}, nil
		}
		return nil, err
	}
	return py.Tuple{v, py.Int(utf8.RuneCountInString(sc.s[:end])), py.None}, nil
}

func (sc *scanner) skipSpace(i int) int {
	for i < len(sc.s) {
		switch sc.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value decodes the value starting at byte i and returns it with the
// offset just after it.
func (sc *scanner) value(i int) (py.Object, int, error) {
	s := sc.s
	if i >= len(s) {
		return nil, 0, sc.fail(i, "Expecting value")
	}
	switch c := s[i]; {
	case c == '"':
		str, end, err := sc.str(i + 1)
		return py.String(str), end, err
	case c == '{':
		if err := sc.enter("object"); err != nil {
			return nil, 0, err
		}
		v, end, err := sc.object(i + 1)
		sc.depth--
		return v, end, err
	case c == '[':
		if err := sc.enter("array"); err != nil {
			return nil, 0, err
		}
		v, end, err := sc.array(i + 1)
		sc.depth--
		return v, end, err
	case c == 'n' && strings.HasPrefix(s[i:], "null"):
		return py.None, i + 4, nil
	case c == 't' && strings.HasPrefix(s[i:], "true"):
		return py.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(s[i:], "false"):
		return py.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(s[i:], "NaN"):
		return sc.constant("NaN", i+3)
	case c == 'I' && strings.HasPrefix(s[i:], "Infinity"):
		return sc.constant("Infinity", i+8)
	case c == '-' && strings.HasPrefix(s[i:], "-Infinity"):
		return sc.constant("-Infinity", i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return sc.number(i)
	}
	return nil, 0, sc.fail(i, "Expecting value")
}

func (sc *scanner) constant(name string, end int) (py.Object, int, error) {
	if sc.parseConstant != nil {
		v, err := py.Call(sc.parseConstant, py.Tuple{py.String(name)}, nil)
		return v, end, err
	}
	f, _ := strconv.ParseFloat(strings.Replace(name, "Infinity", "Inf", 1), 64)
	return py.Float(f), end, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number decodes -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i.
func (sc *scanner) number(i int) (py.Object, int, error) {
	s := sc.s
	start := i
	if s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return nil, 0, sc.fail(start, "Expecting value")
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := s[start:i]
	if isFloat {
		if sc.parseFloat != nil {
			v, err := py.Call(sc.parseFloat, py.Tuple{py.String(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
				return nil, 0, err
			}
		}
		return py.Float(f), i, nil
	}
	if sc.parseInt != nil {
		v, err := py.Call(sc.parseInt, py.Tuple{py.String(text)}, nil)
		return v, i, err
	}
	if err := pyrt.CheckStrInt(text, 10); err != nil {
		return nil, 0, err
	}
	v, err := py.IntFromString(text, 10)
	return v, i, err
}

// str decodes the string whose body starts at byte i (after the quote).
func (sc *scanner) str(i int) (string, int, error) {
	s := sc.s
	begin := i - 1
	var b strings.Builder
	for {
		j := i
		for j < len(s) && s[j] != '"' && s[j] != '\\' && (s[j] >= 0x20 || !sc.strict) {
			j++
		}
		b.WriteString(s[i:j])
		if j >= len(s) {
			return "", 0, sc.fail(begin, "Unterminated string starting at")
		}
		switch s[j] {
		case '"':
			return b.String(), j + 1, nil
		case '\\':
		default:
			return "", 0, sc.fail(j, "Invalid control character at")
		}
		// An escape.
		if j+1 >= len(s) {
			return "", 0, sc.fail(begin, "Unterminated string starting at")
		}
		i = j + 2
		switch s[j+1] {
		case '"':
			b.WriteByte('"')
		case '\\':
			b.WriteByte('\\')
		case '/':
			b.WriteByte('/')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(s, j+2)
			if !ok {
				return "", 0, sc.fail(j+1, "Invalid \\uXXXX escape")
			}
			i = j + 6
			if r >= 0xd800 && r <= 0xdbff && strings.HasPrefix(s[i:], `\u`) {
				if lo, ok := hex4(s, i+2); ok && lo >= 0xdc00 && lo <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			return "", 0, sc.fail(j, "Invalid \\escape")
		}
	}
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

// object decodes the members of an object whose '{' ends before byte i.
func (sc *scanner) object(i int) (py.Object, int, error) {
	s := sc.s
	var pairs []py.Object // (key, value) tuples, for object_pairs_hook
	d := pyrt.NewDict()
	i = sc.skipSpace(i)
	if i < len(s) && s[i] == '}' {
		return sc.finishObject(d, pairs, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, 0, sc.fail(i, "Expecting property name enclosed in double quotes")
		}
		key, end, err := sc.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = sc.skipSpace(end)
		if i >= len(s) || s[i] != ':' {
			return nil, 0, sc.fail(i, "Expecting ':' delimiter")
		}
		i = sc.skipSpace(i + 1)
		v, end, err := sc.value(i)
		if err != nil {
			return nil, 0, err
		}
		if sc.pairsHook != nil {
			pairs = append(pairs, py.Tuple{py.String(key), v})
		} else if err := d.SetItem(py.String(key), v); err != nil {
			return nil, 0, err
		}
		i = sc.skipSpace(end)
		if i < len(s) && s[i] == '}' {
			return sc.finishObject(d, pairs, i+1)
		}
		if i >= len(s) || s[i] != ',' {
			return nil, 0, sc.fail(i, "Expecting ',' delimiter")
		}
		i = sc.skipSpace(i + 1)
	}
}

func (sc *scanner) finishObject(d *pyrt.Dict, pairs []py.Object, end int) (py.Object, int, error) {
	if sc.pairsHook != nil {
		v, err := py.Call(sc.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return v, end, err
	}
	if sc.objectHook != nil {
		v, err := py.Call(sc.objectHook, py.Tuple{d}, nil)
		return v, end, err
	}
	return d, end, nil
}

// array decodes the items of an array whose '[' ends before byte i.
func (sc *scanner) array(i int) (py.Object, int, error) {
	s := sc.s
	var items []py.Object
	i = sc.skipSpace(i)
	if i < len(s) && s[i] == ']' {
		return py.NewListFromItems(items), i + 1, nil
	}
	for {
		v, end, err := sc.value(i)
		if err != nil {
			return nil, 0, err
		}
		items = append(items, v)
		i = sc.skipSpace(end)
		if i < len(s) && s[i] == ']' {
			return py.NewListFromItems(items), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, 0, sc.fail(i, "Expecting ',' delimiter")
		}
		i = sc.skipSpace(i + 1)
	}
}

// encoder encodes the values of exact builtin types; others go to the
// Python encoder (fallback), which handles subclasses and default().
type encoder struct {
	fallback                                      py.Object
	ascii, allowNaN, skipKeys, sortKeys, circular bool
	indent                                        *string
	itemSep, keySep                               string
	markers                                       map[uintptr]bool
	depth                                         int
	b                                             strings.Builder
}

func jsonEncode(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 10 {
		return nil, py.ExceptionNewf(py.TypeError, "encode() takes 10 arguments (%d given)", len(args))
	}
	e := &encoder{fallback: args[1], markers: map[uintptr]bool{}}
	for i, p := range []*bool{&e.ascii, &e.allowNaN, &e.skipKeys, &e.sortKeys, &e.circular} {
		v, err := py.MakeBool(args[2+i])
		if err != nil {
			return nil, err
		}
		*p = v == py.True
	}
	if s, ok := args[7].(py.String); ok {
		ind := string(s)
		e.indent = &ind
	}
	is, ok1 := args[8].(py.String)
	ks, ok2 := args[9].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "separators must be str")
	}
	e.itemSep, e.keySep = string(is), string(ks)
	if err := e.value(args[0], 0); err != nil {
		return nil, err
	}
	return py.String(e.b.String()), nil
}

// floatText is the JSON text of f.
func (e *encoder) floatText(f float64) (string, error) {
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return pyrt.Repr(py.Float(f))
	}
	if !e.allowNaN {
		return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
	}
	return text, nil
}

// viaPython encodes o with the Python encoder.
func (e *encoder) viaPython(o py.Object, level int) error {
	r, err := py.Call(e.fallback, py.Tuple{o, py.Int(level)}, nil)
	if err != nil {
		return err
	}
	s, ok := r.(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "json fallback returned %s", pyrt.TypeName(r))
	}
	e.b.WriteString(string(s))
	return nil
}

func (e *encoder) value(o py.Object, level int) error {
	switch v := o.(type) {
	case py.String:
		e.b.WriteString(encodeString(string(v), e.ascii))
		return nil
	case py.Bool:
		if v {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Int:
		e.b.WriteString(strconv.FormatInt(int64(v), 10))
		return nil
	case *py.BigInt:
		t, err := pyrt.DecimalString((*big.Int)(v).String())
		e.b.WriteString(t)
		return err
	case py.Float:
		t, err := e.floatText(float64(v))
		e.b.WriteString(t)
		return err
	case py.Tuple:
		return e.array(o, v, level)
	case *py.List:
		if v.Type() == py.ListType {
			return e.array(o, v.Items, level)
		}
	case *pyrt.Dict:
		if v.Type() == pyrt.DictType {
			return e.object(v, level)
		}
	}
	if o == py.None {
		e.b.WriteString("null")
		return nil
	}
	return e.viaPython(o, level)
}

func (e *encoder) enter(o py.Object) error {
	e.depth++
	if e.depth >= maxJSONDepth { // (empty containers are not entered)
		return py.ExceptionNewf(pyrt.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	if e.circular {
		id := pyrt.Addr(o)
		if e.markers[id] {
			return py.ExceptionNewf(py.ValueError, "Circular reference detected")
		}
		e.markers[id] = true
	}
	return nil
}

func (e *encoder) leave(o py.Object) {
	e.depth--
	if e.circular {
		delete(e.markers, pyrt.Addr(o))
	}
}

// open writes the opening bracket and returns the separator between
// items, for the items at level+1.
func (e *encoder) open(bracket string, level int) string {
	e.b.WriteString(bracket)
	if e.indent == nil {
		return e.itemSep
	}
	nl := "\n" + strings.Repeat(*e.indent, level+1)
	e.b.WriteString(nl)
	return e.itemSep + nl
}

func (e *encoder) close(bracket string, level int) {
	if e.indent != nil {
		e.b.WriteString("\n" + strings.Repeat(*e.indent, level))
	}
	e.b.WriteString(bracket)
}

func (e *encoder) array(o py.Object, items []py.Object, level int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	sep := e.open("[", level)
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(sep)
		}
		if err := e.value(it, level+1); err != nil {
			return err
		}
	}
	e.close("]", level)
	e.leave(o)
	return nil
}

// keyText returns the JSON text of a dict key, or ok false when the key
// is not of an exact builtin type the Go encoder knows.
func (e *encoder) keyText(k py.Object) (text string, ok bool, err error) {
	switch v := k.(type) {
	case py.String:
		return string(v), true, nil
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		t, err := pyrt.DecimalString((*big.Int)(v).String())
		return t, err == nil, err
	case py.Float:
		t, err := e.floatText(float64(v))
		return t, true, err
	}
	if k == py.None {
		return "null", true, nil
	}
	return "", false, nil
}

func (e *encoder) object(d *pyrt.Dict, level int) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	items := d.Items()
	// A key of another type (a str subclass, a tuple for the error or
	// skipkeys) sends the whole dict to the Python encoder.
	for _, it := range items {
		if _, ok, _ := e.keyText(it.(py.Tuple)[0]); !ok {
			return e.viaPython(d, level)
		}
	}
	if e.sortKeys {
		var serr error
		sort.SliceStable(items, func(i, j int) bool {
			if serr != nil {
				return false
			}
			lt, err := pyrt.Less(items[i].(py.Tuple)[0], items[j].(py.Tuple)[0])
			if err != nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
	}
	if err := e.enter(d); err != nil {
		return err
	}
	sep := e.open("{", level)
	for i, it := range items {
		kv := it.(py.Tuple)
		key, _, err := e.keyText(kv[0])
		if err != nil {
			return err
		}
		if i > 0 {
			e.b.WriteString(sep)
		}
		e.b.WriteString(encodeString(key, e.ascii))
		e.b.WriteString(e.keySep)
		if err := e.value(kv[1], level+1); err != nil {
			return err
		}
	}
	e.close("}", level)
	e.leave(d)
	return nil
}
