package pyrt

// This file defines Format: format(value, spec) with CPython's
// format-spec mini-language for str, int, bool, float and complex.
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// spec is a parsed format spec.
type spec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	z         bool
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte // 0 when absent
}

func parseSpec(s string) (spec, error) {
	sp := spec{fill: ' ', precision: -1}
	rs := []rune(s)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.fill, sp.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sp.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		sp.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		sp.zero = true
		if sp.align == 0 {
			sp.fill, sp.align = '0', '='
		}
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		w, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return sp, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		sp.width = w
		if w > maxWidth {
			return sp, tooWide()
		}
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		sp.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			return sp, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return sp, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return sp, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		sp.precision = p
		if p > maxWidth {
			return sp, tooWide()
		}
	}
	if len(rs)-i > 1 {
		return sp, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%%s'", s)
	}
	if i < len(rs) {
		if rs[i] > 127 {
			return sp, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%%s'", s)
		}
		sp.typ = byte(rs[i])
	}
	return sp, nil
}

// maxWidth bounds widths and precisions: CPython would try to build the
// string and fail with MemoryError; nbcheck fails before allocating.
const maxWidth = 1 << 24

func tooWide() error {
	return py.ExceptionNewf(py.MemoryError, "nbcheck: width or precision over %d", maxWidth)
}

// Format returns format(o, spec) as CPython 3.11 computes it.
func Format(o py.Object, specStr string) (string, error) {
	switch x := o.(type) {
	case py.String:
		return formatSpecced(specStr, "str", func(sp spec) (string, error) { return formatStr(string(x), sp) })
	case py.Bool:
		if specStr == "" {
			return Str(o)
		}
		return formatSpecced(specStr, "bool", func(sp spec) (string, error) { return formatInt(big.NewInt(int64(pyvm.BoolInt(x))), sp, "bool") })
	case py.Int:
		return formatSpecced(specStr, "int", func(sp spec) (string, error) { return formatInt(big.NewInt(int64(x)), sp, "int") })
	case *py.BigInt:
		return formatSpecced(specStr, "int", func(sp spec) (string, error) { return formatInt((*big.Int)(x), sp, "int") })
	case py.Float:
		return formatSpecced(specStr, "float", func(sp spec) (string, error) { return formatFloat(float64(x), sp) })
	case py.Complex:
		return formatSpecced(specStr, "complex", func(sp spec) (string, error) { return formatComplex(complex128(x), sp) })
	}
	if f, err := pyvm.GetAttr(o, "__format__"); err == nil {
		if _, isMethod := f.(*py.BoundMethod); isMethod || !isGoObject(o) {
			res, err := py.Call(f, py.Tuple{py.String(specStr)}, nil)
			if err != nil {
				return "", err
			}
			return textResult(res, "__format__")
		}
	}
	if specStr != "" {
		return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", TypeName(o))
	}
	return Str(o)
}

// isGoObject reports whether o is one of gpython's or pyrt's Go values
// (which have no __format__ of their own).
func isGoObject(o py.Object) bool {
	t, ok := o.(*py.Type)
	return !ok || t.Name != ""
}

func formatSpecced(s, typeName string, f func(spec) (string, error)) (string, error) {
	sp, err := parseSpec(s)
	if err != nil {
		if e, ok := err.(*py.Exception); ok {
			if args := excArgs(e); len(args) == 1 {
				if msg, ok := args[0].(py.String); ok && strings.Contains(string(msg), "%s") {
					return "", py.ExceptionNewf(py.ValueError, "%s", strings.Replace(string(msg), "%s", typeName, 1))
				}
			}
		}
		return "", err
	}
	return f(sp)
}

func unknownCode(typ byte, typeName string) error {
	return py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeName)
}

// pad aligns s in sp.width with sp.fill; defAlign applies when the spec
// has no alignment.
func pad(s string, sp spec, defAlign byte) string {
	n := utf8.RuneCountInString(s)
	if n >= sp.width {
		return s
	}
	align := sp.align
	if align == 0 {
		align = defAlign
	}
	fill := string(sp.fill)
	gap := sp.width - n
	switch align {
	case '<':
		return s + strings.Repeat(fill, gap)
	case '^':
		left := gap / 2
		return strings.Repeat(fill, left) + s + strings.Repeat(fill, gap-left)
	}
	return strings.Repeat(fill, gap) + s
}

func formatStr(s string, sp spec) (string, error) {
	if sp.typ != 0 && sp.typ != 's' {
		return "", unknownCode(sp.typ, "str")
	}
	if sp.sign != 0 {
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	}
	if sp.alt {
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if sp.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	if sp.grouping != 0 {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 's'.", sp.grouping)
	}
	if sp.precision >= 0 {
		rs := []rune(s)
		if len(rs) > sp.precision {
			s = string(rs[:sp.precision])
		}
	}
	return pad(s, sp, '<'), nil
}

// group inserts sep every n digits from the right of digits, padding
// with zeros to at least minWidth characters when minWidth > 0.
func group(digits string, sep byte, n, minWidth int) string {
	if sep == 0 {
		if len(digits) < minWidth {
			digits = strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	count := len(digits)
	for count+(count-1)/n < minWidth {
		count++
	}
	digits = strings.Repeat("0", count-len(digits)) + digits
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%n == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// assemble builds sign + prefix + integer digits (grouped) + rest, padded
// as the spec asks. With zero padding ('0' fill and '=' align), the
// padding goes into the grouped digits as CPython does.
func assemble(sign, prefix, intDigits, rest string, sp spec, groupSize int) string {
	minWidth := 0
	zeroPad := sp.fill == '0' && sp.align == '='
	if zeroPad {
		minWidth = sp.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
	}
	body := group(intDigits, sp.grouping, groupSize, minWidth)
	if zeroPad {
		return sign + prefix + body + rest
	}
	if sp.align == '=' {
		s := sign + prefix
		n := utf8.RuneCountInString(s) + utf8.RuneCountInString(body) + utf8.RuneCountInString(rest)
		if n < sp.width {
			s += strings.Repeat(string(sp.fill), sp.width-n)
		}
		return s + body + rest
	}
	return pad(sign+prefix+body+rest, sp, '>')
}

func signOf(neg bool, sp spec) string {
	switch {
	case neg:
		return "-"
	case sp.sign == '+':
		return "+"
	case sp.sign == ' ':
		return " "
	}
	return ""
}

func formatInt(n *big.Int, sp spec, typeName string) (string, error) {
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(n).Float64()
		return formatFloat(f, sp)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownCode(sp.typ, typeName)
	}
	if sp.precision >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	if sp.z {
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return pad(string(rune(n.Int64())), sp, '<'), nil
	}
	if sp.grouping == ',' && sp.typ != 0 && sp.typ != 'd' {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify ',' with '%c'.", sp.typ)
	}
	if sp.grouping == '_' && sp.typ == 'n' {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '_' with 'n'.")
	}
	base, prefix, groupSize := 10, "", 3
	switch sp.typ {
	case 'b':
		base, prefix, groupSize = 2, "0b", 4
	case 'o':
		base, prefix, groupSize = 8, "0o", 4
	case 'x':
		base, prefix, groupSize = 16, "0x", 4
	case 'X':
		base, prefix, groupSize = 16, "0X", 4
	}
	if !sp.alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(n).Text(base)
	if base == 10 {
		if err := checkIntStr(len(digits)); err != nil {
			return "", err
		}
	}
	if sp.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return assemble(signOf(n.Sign() < 0, sp), prefix, digits, "", sp, groupSize), nil
}

func formatFloat(f float64, sp spec) (string, error) {
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(sp.typ, "float")
	}
	if sp.alt && false {
		return "", nil
	}
	if sp.grouping != 0 && sp.typ == 'n' {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 'n'.", sp.grouping)
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	body := floatBody(a, sp)
	if sp.z && neg && isZeroText(body) {
		neg = false
	}
	if math.IsNaN(f) {
		neg = false
	}
	// Split the integer digits (which take grouping) from the rest.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	intDigits, rest := body[:i], body[i:]
	if i == 0 {
		// inf / nan: no grouping, but zero padding still applies.
		sp.grouping = 0
	}
	return assemble(signOf(neg, sp), "", intDigits, rest, sp, 3), nil
}

func isZeroText(s string) bool {
	for _, c := range s {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// floatBody formats a >= 0 without sign or padding.
func floatBody(a float64, sp spec) string {
	upper := sp.typ == 'E' || sp.typ == 'F' || sp.typ == 'G'
	if math.IsInf(a, 0) || math.IsNaN(a) {
		s := "inf"
		if math.IsNaN(a) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if sp.typ == '%' {
			s += "%"
		}
		return s
	}
	prec := sp.precision
	switch sp.typ {
	case 0:
		if prec < 0 {
			s := formatShortest(a, true)
			if sp.alt && !strings.ContainsAny(s, ".e") {
				s += "."
			}
			return s
		}
		if prec == 0 {
			prec = 1
		}
		return formatG(a, prec, sp.alt, true, false)
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s := formatE(a, prec, sp.alt)
		if upper {
			s = strings.ToUpper(s)
		}
		return s
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s := strconvFormat(a, prec)
		if sp.alt && prec == 0 {
			s += "."
		}
		return s
	case '%':
		if prec < 0 {
			prec = 6
		}
		s := strconvFormat(a*100, prec)
		if sp.alt && prec == 0 {
			s += "."
		}
		return s + "%"
	}
	// g, G, n
	if prec < 0 {
		prec = 6
	}
	if prec == 0 {
		prec = 1
	}
	s := formatG(a, prec, sp.alt, false, upper)
	return s
}

func strconvFormat(f float64, prec int) string {
	return strconv.FormatFloat(f, 'f', prec, 64)
}

func parseFloat(s string) (float64, error) {
	return strconv.ParseFloat(s, 64)
}

// formatE is %.<prec>e with CPython's two-digit exponent.
func formatE(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if alt && prec == 0 {
		mant += "."
	}
	e, _ := strconv.Atoi(exp)
	var b strings.Builder
	b.WriteString(mant)
	writeExp(&b, e)
	return b.String()
}

// formatG is %g with precision prec. emptyType selects the format()
// behaviour of a float with no type: at least one digit after the point
// in fixed notation.
func formatG(a float64, prec int, alt, emptyType, upper bool) string {
	var exp int
	if a == 0 {
		exp = 0
	} else {
		s := strconv.FormatFloat(a, 'e', prec-1, 64)
		_, e, _ := strings.Cut(s, "e")
		exp, _ = strconv.Atoi(e)
	}
	var s string
	if exp >= -4 && exp < prec {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt {
			if strings.Contains(s, ".") {
				s = strings.TrimRight(s, "0")
				s = strings.TrimSuffix(s, ".")
			}
			if emptyType && !strings.Contains(s, ".") {
				s += ".0"
			}
		} else if !strings.Contains(s, ".") {
			s += "."
		}
	} else {
		s = formatE(a, prec-1, alt)
		if !alt {
			mant, e, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(mant, "0")
				mant = strings.TrimSuffix(mant, ".")
			}
			s = mant + "e" + e
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

func formatComplex(c complex128, sp spec) (string, error) {
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownCode(sp.typ, "complex")
	}
	if sp.fill == '0' && sp.align == '=' && sp.zero {
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if sp.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	if sp.typ == 0 && sp.precision < 0 {
		s := complexRepr(c)
		if sp.sign == '+' && !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "(") {
			s = "+" + s
		}
		return pad(s, sp, '>'), nil
	}
	part := func(f float64, forceSign bool) string {
		ps := sp
		ps.width, ps.align, ps.fill, ps.grouping = 0, 0, ' ', sp.grouping
		if forceSign {
			ps.sign = '+'
		}
		if ps.typ == 0 {
			ps.typ = 'g'
		}
		s, _ := formatFloat(f, ps)
		return s
	}
	var s string
	if sp.typ == 0 && re == 0 && !math.Signbit(re) {
		s = part(im, false) + "j"
	} else {
		s = part(re, false) + part(im, true) + "j"
		if sp.typ == 0 {
			s = "(" + s + ")"
		}
	}
	return pad(s, sp, '>'), nil
}
