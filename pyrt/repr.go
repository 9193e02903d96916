package pyrt

// This file defines the repr/str engine. gpython's own M__repr__ methods
// are wrong for many builtin types (1-tuples, floats, quotes, recursive
// containers), and Go values of gpython types cannot be given new
// __repr__ methods, so every printing path in nbcheck calls Repr and Str
// here instead of py.Repr and py.Str.

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// Repr returns repr(o) as CPython 3.11 prints it.
func Repr(o py.Object) (string, error) {
	var p printer
	return p.repr(o)
}

// Str returns str(o) as CPython 3.11 prints it.
func Str(o py.Object) (string, error) {
	var p printer
	return p.str(o)
}

// ASCII returns ascii(o): repr(o) with every non-ASCII character escaped.
func ASCII(o py.Object) (string, error) {
	s, err := Repr(o)
	if err != nil {
		return "", err
	}
	return asciiEscape(s), nil
}

// ReprObject is [Repr] returning a py.String, for use as a Go builtin.
func ReprObject(o py.Object) (py.Object, error) {
	s, err := Repr(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// StrObject is [Str] returning a py.String, for use as a Go builtin.
func StrObject(o py.Object) (py.Object, error) {
	if s, ok := o.(py.String); ok {
		return s, nil
	}
	s, err := Str(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// maxReprDepth bounds the nesting of containers in one repr; CPython
// raises RecursionError for deeply nested (non-recursive) containers too.
const maxReprDepth = 900

// printer holds the state of one repr: the containers being printed, so
// that a recursive container prints as [...] instead of recursing forever.
type printer struct {
	active []py.Object
	depth  int
}

func (p *printer) enter(o py.Object) (ok bool) {
	for _, a := range p.active {
		if pyvm.Identical(a, o) {
			return false
		}
	}
	p.active = append(p.active, o)
	return true
}

func (p *printer) leave() { p.active = p.active[:len(p.active)-1] }

func (p *printer) str(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.String:
		return string(x), nil
	case py.Float:
		return floatRepr(float64(x)), nil
	case *py.Exception:
		if o == py.NotImplemented {
			return "NotImplemented", nil
		}
		if ExceptionOverride != nil {
			if res, ok, err := ExceptionOverride(x, "__str__"); ok {
				if err != nil {
					return "", err
				}
				return textResult(res, "__str__")
			}
		}
		return p.excStr(x)
	case *py.Type:
		if x.Name == "" {
			if res, ok, err := x.CallMethod("__str__", py.Tuple{x}, nil); ok {
				if err != nil {
					return "", err
				}
				return textResult(res, "__str__")
			}
		}
		return p.repr(o)
	case py.Bytes, py.Int, *py.BigInt, py.Bool, py.NoneType, py.Complex,
		py.Tuple, *py.List, py.StringDict, *py.Function, *py.Method,
		*py.BoundMethod, *py.Module, *py.Range, *py.Slice, *py.Set, *py.FrozenSet,
		py.EllipsisType:
		return p.repr(o)
	}
	if s, ok := o.(py.I__str__); ok {
		return callText(s.M__str__, "__str__")
	}
	if res, ok, err := py.TypeCall0(o, "__str__"); ok {
		if err != nil {
			return "", err
		}
		return textResult(res, "__str__")
	}
	return p.repr(o)
}

func callText(f func() (py.Object, error), what string) (string, error) {
	res, err := f()
	if err != nil {
		return "", err
	}
	return textResult(res, what)
}

func textResult(res py.Object, what string) (string, error) {
	s, ok := res.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s returned non-string (type %s)", what, TypeName(res))
	}
	return string(s), nil
}

func (p *printer) repr(o py.Object) (string, error) {
	if o == nil {
		return "<NULL>", nil
	}
	if o == py.NotImplemented {
		return "NotImplemented", nil
	}
	switch x := o.(type) {
	case py.NoneType:
		return "None", nil
	case py.Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case py.Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *py.BigInt:
		return DecimalString((*big.Int)(x).String())
	case py.Float:
		return floatRepr(float64(x)), nil
	case py.Complex:
		return complexRepr(complex128(x)), nil
	case py.String:
		return strRepr(string(x), false), nil
	case py.Bytes:
		return bytesRepr([]byte(x)), nil
	case *ByteArray:
		return bytearrayRepr(x.b), nil
	case py.EllipsisType:
		return "Ellipsis", nil
	case py.Tuple:
		return p.seq(x, "(", ")", len(x) == 1)
	case *py.List:
		if !p.enter(x) {
			return "[...]", nil
		}
		defer p.leave()
		return p.seq(x.Items, "[", "]", false)
	case py.StringDict:
		return p.stringDict(x)
	case *Dict:
		return p.dict(x)
	case *Set:
		return p.set(x)
	case *DictView:
		return p.dictView(x)
	case *py.Set:
		return p.set(gpySet(x, false))
	case *py.FrozenSet:
		return p.set(gpySet(&x.Set, true))
	case *py.Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), nil
	case *py.Slice:
		a, err := p.repr(x.Start)
		if err != nil {
			return "", err
		}
		b, err := p.repr(x.Stop)
		if err != nil {
			return "", err
		}
		c, err := p.repr(x.Step)
		if err != nil {
			return "", err
		}
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case *py.Type:
		if x.Name == "" {
			// An instance of a gpython user class is a *py.Type with
			// no name.
			if res, ok, err := x.CallMethod("__repr__", py.Tuple{x}, nil); ok {
				if err != nil {
					return "", err
				}
				return textResult(res, "__repr__")
			}
			return DefaultRepr(x), nil
		}
		if meta := x.Type(); meta != nil && meta != py.TypeType {
			// A class whose metaclass may define __repr__ (<enum 'Color'>).
			if res, ok, err := py.TypeCall0(x, "__repr__"); ok {
				if err != nil {
					return "", err
				}
				return textResult(res, "__repr__")
			}
		}
		return "<class '" + TypeQualName(x) + "'>", nil
	case *py.Function:
		return fmt.Sprintf("<function %s at %s>", x.Qualname, AddrString(x)), nil
	case *py.Method:
		if x.Module != nil {
			return "<built-in function " + x.Name + ">", nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *py.BoundMethod:
		return p.boundMethod(x)
	case *py.Module:
		name, _ := x.Globals["__name__"].(py.String)
		if f, ok := x.Globals["__file__"].(py.String); ok && f != "" {
			return fmt.Sprintf("<module '%s' from '%s'>", name, f), nil
		}
		if l, ok := x.Globals["__loader__"]; ok && l == py.None {
			return fmt.Sprintf("<module '%s'>", name), nil // types.ModuleType(name)
		}
		return fmt.Sprintf("<module '%s' (built-in)>", name), nil
	case *py.Exception:
		if ExceptionOverride != nil {
			if res, ok, err := ExceptionOverride(x, "__repr__"); ok {
				if err != nil {
					return "", err
				}
				return textResult(res, "__repr__")
			}
		}
		return p.excRepr(x)
	case *py.Generator:
		return fmt.Sprintf("<generator object %s at %s>", x.Frame.Code.Name, AddrString(x)), nil
	}
	if o == py.NotImplemented {
		return "NotImplemented", nil
	}
	return p.userObject(o)
}

// userObject is the repr of an object pyrt does not know: its own
// __repr__, else CPython's default.
func (p *printer) userObject(o py.Object) (string, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxReprDepth {
		return "", py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	if r, ok := o.(py.I__repr__); ok {
		return callText(r.M__repr__, "__repr__")
	}
	if res, ok, err := py.TypeCall0(o, "__repr__"); ok {
		if err != nil {
			return "", err
		}
		return textResult(res, "__repr__")
	}
	return DefaultRepr(o), nil
}

// DefaultRepr is object.__repr__: <module.Class object at 0x7f...>.
func DefaultRepr(o py.Object) string {
	return fmt.Sprintf("<%s object at %s>", TypeQualName(o.Type()), AddrString(o))
}

func isUserType(t *py.Type) bool {
	_, ok := t.Dict["__module__"]
	return ok
}

func (p *printer) boundMethod(x *py.BoundMethod) (string, error) {
	switch m := x.Method.(type) {
	case *py.Method:
		return fmt.Sprintf("<built-in method %s of %s object at %s>", m.Name, TypeName(x.Self), AddrString(x.Self)), nil
	case *py.Function:
		self, err := p.repr(x.Self)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<bound method %s of %s>", m.Qualname, self), nil
	}
	self, err := p.repr(x.Self)
	if err != nil {
		return "", err
	}
	m, err := p.repr(x.Method)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<bound method %s of %s>", m, self), nil
}

func (p *printer) seq(items []py.Object, open, close string, trailingComma bool) (string, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxReprDepth {
		return "", py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := p.repr(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

// stringDict prints one of gpython's own string-keyed dicts, in key
// order: gpython lost the insertion order, and sorting is at least
// deterministic.
func (p *printer) stringDict(d py.StringDict) (string, error) {
	if !p.enter(d) {
		return "{...}", nil
	}
	defer p.leave()
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strRepr(k, false))
		b.WriteString(": ")
		s, err := p.repr(d[k])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func (p *printer) dict(d *Dict) (string, error) {
	if !p.enter(d) {
		return "{...}", nil
	}
	defer p.leave()
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxReprDepth {
		return "", py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	var b strings.Builder
	if d.typ != nil && d.typ != DictType {
		b.WriteString(d.typ.Name + "(")
	}
	b.WriteByte('{')
	first := true
	for _, e := range d.t.entries {
		if e.deleted {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := p.repr(e.key)
		if err != nil {
			return "", err
		}
		v, err := p.repr(e.value)
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	if d.typ != nil && d.typ != DictType {
		b.WriteString(")")
	}
	return b.String(), nil
}

func (p *printer) set(s *Set) (string, error) {
	name := "set"
	if s.frozen {
		name = "frozenset"
	}
	if s.t.used == 0 {
		return name + "()", nil
	}
	if !p.enter(s) {
		return name + "(...)", nil
	}
	defer p.leave()
	body, err := p.seq(s.Items(), "{", "}", false)
	if err != nil {
		return "", err
	}
	if s.frozen {
		return "frozenset(" + body + ")", nil
	}
	return body, nil
}

func (p *printer) dictView(v *DictView) (string, error) {
	var items []py.Object
	switch v.kind {
	case viewKeys:
		items = v.d.t.keys()
	case viewValues:
		items = v.d.t.values()
	case viewItems:
		items = v.d.t.items()
	}
	if !p.enter(v) {
		return "...", nil
	}
	defer p.leave()
	body, err := p.seq(items, "[", "]", false)
	if err != nil {
		return "", err
	}
	return v.Type().Name + "(" + body + ")", nil
}

// ExceptionOverride, when set (pyobj sets it), calls the __str__ or
// __repr__ (name) that an exception's class defines in Python, and
// reports whether there was one: str() and repr() of an exception whose
// class overrides them use the override, as in CPython.
var ExceptionOverride func(e *py.Exception, name string) (py.Object, bool, error)

// excArgs returns the args tuple of a gpython exception.
func excArgs(e *py.Exception) py.Tuple {
	if t, ok := e.Args.(py.Tuple); ok {
		return t
	}
	if e.Args == nil {
		return nil
	}
	return py.Tuple{e.Args}
}

// ExceptionRepr is BaseException.__repr__, "Name(arg, ...)", with
// CPython's message in place of gpython's (messages.go).
func ExceptionRepr(e *py.Exception) (string, error) {
	p := printer{}
	return p.excRepr(e)
}

func (p *printer) excRepr(e *py.Exception) (string, error) {
	args := excMessageArgs(e)
	name := e.Base.Name
	if len(args) == 1 {
		s, err := p.repr(args[0])
		if err != nil {
			return "", err
		}
		return name + "(" + s + ")", nil
	}
	s, err := p.seq(args, "(", ")", false)
	if err != nil {
		return "", err
	}
	return name + s, nil
}

// ExceptionStr is BaseException.__str__ with the variants of KeyError
// (the repr of its key) and OSError ("[Errno N] message: 'file'").
func ExceptionStr(e *py.Exception) (string, error) {
	p := printer{}
	return p.excStr(e)
}

func (p *printer) excStr(e *py.Exception) (string, error) {
	if e.Base.IsSubtype(py.OSError) {
		if s, ok, err := p.osErrorStr(e); ok {
			return s, err
		}
	}
	if e.Base.IsSubtype(py.UnicodeError) {
		if s, ok, err := p.unicodeErrorStr(e); ok {
			return s, err
		}
	}
	args := excMessageArgs(e)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Base.IsSubtype(py.KeyError) {
			return p.repr(args[0])
		}
		return p.str(args[0])
	}
	return p.seq(args, "(", ")", false)
}

// TypeName returns the CPython name of o's type (typeName: 'dict' for
// gpython's str dict).
func TypeName(o py.Object) string {
	return typeName(o.Type())
}

// ClassName is the CPython name of the class t, its __name__ (TypeName
// of its instances).
func ClassName(t *py.Type) string {
	return typeName(t)
}

func typeName(t *py.Type) string {
	switch t {
	case py.StringDictType:
		return "dict"
	case py.NoneType{}.Type():
		return "NoneType"
	}
	return t.Name
}

// init gives gpython's types that it names otherwise CPython's names, so
// that __name__, reprs and every message gpython itself writes with a
// type's name ("unsupported operand type(s) for *: 'int' and 'float'")
// say CPython's. (gpython's str dict, which stands for dict only in a
// few places, is named by typeName alone.)
func init() {
	for t, name := range map[*py.Type]string{
		py.BigIntType:       "int",     // bigint
		py.ComplexType:      "complex", // complex64
		py.MethodType:       "builtin_function_or_method",
		py.BoundMethodType:  "method",   // boundmethod
		py.EllipsisTypeType: "ellipsis", // EllipsisType
		py.MapType:          "map",      // created as "filter"
	} {
		t.Name = name
	}
}

// TypeQualName returns module.qualname of a class as CPython prints it in
// <class '...'>: builtins are bare ('int'), user classes are
// '__main__.A'.
func TypeQualName(t *py.Type) string {
	name := typeName(t)
	if t.Qualname != "" {
		name = t.Qualname
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
		return string(m) + "." + name
	}
	return name
}

// floatRepr formats f as CPython's repr(float): the shortest digits that
// round-trip, in fixed notation for exponents in [-4, 16), else in
// scientific notation with at least two exponent digits.
func floatRepr(f float64) string {
	return formatShortest(f, true)
}

// formatShortest is CPython's float_repr_style 'r'; addDot0 adds ".0" to
// integral values in fixed notation (repr does, complex parts do not).
func formatShortest(f float64, addDot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	neg := math.Signbit(f)
	digits, decpt := shortestDigits(math.Abs(f))
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		writeExp(&b, decpt-1)
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

// writeExp writes e+XX / e-XX with at least two digits, as CPython does.
func writeExp(b *strings.Builder, exp int) {
	b.WriteByte('e')
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	if exp < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(exp))
}

// shortestDigits returns the shortest round-tripping decimal digits of
// f >= 0 and the position of the decimal point (digits "15", decpt 1
// means 1.5). Zero is ("0", 1).
func shortestDigits(f float64) (string, int) {
	if f == 0 {
		return "0", 1
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return digits, e + 1
}

// complexRepr is CPython's complex.__repr__.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := formatShortest(im, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	res := formatShortest(re, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + res + ims + "j)"
}

// strRepr is CPython's str.__repr__ (unicode_repr); with ascii set every
// non-ASCII character is escaped, as ascii() does.
func strRepr(s string, ascii bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// gpython strings are Go strings; a stray byte prints as
			// a surrogate escape would.
			fmt.Fprintf(&b, "\\udc%02x", s[i])
			i++
			continue
		}
		i += size
		writeReprRune(&b, r, quote, ascii)
	}
	b.WriteByte(quote)
	return b.String()
}

func writeReprRune(b *strings.Builder, r rune, quote byte, ascii bool) {
	switch {
	case r == rune(quote) || r == '\\':
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < ' ' || r == 0x7f:
		fmt.Fprintf(b, "\\x%02x", r)
	case r < 0x7f:
		b.WriteRune(r)
	case !ascii && isPrintable(r):
		b.WriteRune(r)
	case r <= 0xff:
		fmt.Fprintf(b, "\\x%02x", r)
	case r <= 0xffff:
		fmt.Fprintf(b, "\\u%04x", r)
	default:
		fmt.Fprintf(b, "\\U%08x", r)
	}
}

// isPrintable is Python's str.isprintable for one character: not in
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except the space).
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	// Cn: unassigned code points are in no category.
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// asciiEscape escapes the non-ASCII characters of an already-built repr.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// bytesRepr is CPython's bytes.__repr__.
func bytesRepr(bs []byte) string {
	return "b" + bytesBody(bs)
}

func bytesBody(bs []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(bs), '\'') >= 0 && strings.IndexByte(string(bs), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, c := range bs {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// The fake address table: CPython prints object addresses such as
// 0x7f3a5c2b1e50; nbcheck gives each object a stable fake address the
// first time one is asked for. Checks normalize addresses anyway.
var addrs struct {
	sync.Mutex
	next uintptr
	m    map[addrKey]uintptr
}

type addrKey struct {
	t reflect.Type
	p uintptr
	n int
	v any
}

const addrBase = 0x7f3a5c000000

// Addr returns the fake address of o, used by id() and default reprs.
func Addr(o py.Object) uintptr {
	k := addrKey{t: reflect.TypeOf(o)}
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan:
		k.p = v.Pointer()
	case reflect.Slice:
		k.p, k.n = v.Pointer(), v.Len()
	default:
		if v.Comparable() {
			k.v = o
		}
	}
	addrs.Lock()
	defer addrs.Unlock()
	if a, ok := addrs.m[k]; ok {
		return a
	}
	if addrs.m == nil {
		addrs.m = make(map[addrKey]uintptr)
	}
	addrs.next++
	a := addrBase + addrs.next*0x50
	addrs.m[k] = a
	return a
}

// AddrString is [Addr] as CPython prints it: 0x7f3a5c000050.
func AddrString(o py.Object) string {
	return fmt.Sprintf("0x%x", Addr(o))
}
