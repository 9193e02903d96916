package pyrt

// This file defines printf-style formatting, str % args (__nbc_mod):
// gpython's own is Go's fmt.Sprintf (C-PCTFMT).

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

func helper_mod(args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_mod expected 2 arguments, got %d", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return numMod(args[0], args[1])
	}
	r, err := PercentFormat(string(s), args[1])
	return py.String(r), err
}

// PercentFormat returns format % args with CPython's printf-style rules.
func PercentFormat(format string, args py.Object) (string, error) {
	var items py.Tuple
	var mapping py.Object
	switch a := args.(type) {
	case py.Tuple:
		items = a
	default:
		items = py.Tuple{args}
		if _, isStr := args.(py.String); !isStr {
			if _, ok := args.(*Dict); ok {
				mapping = args
			} else if _, ok := args.(py.StringDict); ok {
				mapping = args
			} else if _, err := pyvm.GetAttr(args, "__getitem__"); err == nil {
				if _, isList := args.(*py.List); !isList {
					mapping = args
				}
			}
		}
	}
	next := 0
	nextArg := func() (py.Object, error) {
		if next >= len(items) {
			return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
		}
		next++
		return items[next-1], nil
	}
	var b strings.Builder
	rs := []rune(format)
	usedMapping := false
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '%' {
			b.WriteRune(c)
			continue
		}
		i++
		if i >= len(rs) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var arg py.Object
		if rs[i] == '(' {
			if mapping == nil {
				return "", py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(rs) && depth > 0 {
				if rs[j] == '(' {
					depth++
				} else if rs[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			key := string(rs[i+1 : j-1])
			v, err := py.GetItem(mapping, py.String(key))
			if err != nil {
				return "", err
			}
			arg = v
			usedMapping = true
			i = j
		}
		sp := spec{fill: ' ', precision: -1}
		left := false
	flags:
		for ; i < len(rs); i++ {
			switch rs[i] {
			case '-':
				left = true
			case '+':
				sp.sign = '+'
			case ' ':
				if sp.sign == 0 {
					sp.sign = ' '
				}
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			default:
				break flags
			}
		}
		if i < len(rs) && rs[i] == '*' {
			w, err := nextArg()
			if err != nil {
				return "", err
			}
			n, ok := w.(py.Int)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "* wants int")
			}
			if n < 0 {
				left = true
				n = -n
			}
			sp.width = int(n)
			i++
		} else {
			for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
				sp.width = sp.width*10 + int(rs[i]-'0')
				i++
			}
		}
		if i < len(rs) && rs[i] == '.' {
			i++
			sp.precision = 0
			if i < len(rs) && rs[i] == '*' {
				p, err := nextArg()
				if err != nil {
					return "", err
				}
				n, ok := p.(py.Int)
				if !ok {
					return "", py.ExceptionNewf(py.TypeError, "* wants int")
				}
				sp.precision = int(n)
				i++
			} else {
				for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
					sp.precision = sp.precision*10 + int(rs[i]-'0')
					i++
				}
			}
		}
		for i < len(rs) && (rs[i] == 'h' || rs[i] == 'l' || rs[i] == 'L') {
			i++
		}
		if i >= len(rs) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		conv := rs[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if arg == nil {
			a, err := nextArg()
			if err != nil {
				return "", err
			}
			arg = a
		}
		if sp.width > maxWidth || sp.precision > maxWidth {
			return "", tooWide()
		}
		if left {
			sp.align = '<'
		} else {
			sp.align = '>'
		}
		s, err := percentOne(conv, arg, sp, left, i)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping == nil {
		return "", py.ExceptionNewf(py.TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func percentOne(conv rune, arg py.Object, sp spec, left bool, pos int) (string, error) {
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		switch conv {
		case 's':
			s, err = Str(arg)
		case 'r':
			s, err = Repr(arg)
		default:
			s, err = ASCII(arg)
		}
		if err != nil {
			return "", err
		}
		if sp.precision >= 0 {
			r := []rune(s)
			if len(r) > sp.precision {
				s = string(r[:sp.precision])
			}
		}
		sp.zero = false
		return pad(s, sp, '>'), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		n, err := percentInt(arg, conv)
		if err != nil {
			return "", err
		}
		digits := ""
		prefix := ""
		switch conv {
		case 'x':
			digits = new(big.Int).Abs(n).Text(16)
			if sp.alt {
				prefix = "0x"
			}
		case 'X':
			digits = strings.ToUpper(new(big.Int).Abs(n).Text(16))
			if sp.alt {
				prefix = "0X"
			}
		case 'o':
			digits = new(big.Int).Abs(n).Text(8)
			if sp.alt {
				prefix = "0o"
			}
		default:
			digits = new(big.Int).Abs(n).String()
			if err := checkIntStr(len(digits)); err != nil {
				return "", err
			}
		}
		if sp.precision > len(digits) {
			digits = strings.Repeat("0", sp.precision-len(digits)) + digits
		}
		return percentPad(signOf(n.Sign() < 0, sp), prefix+digits, sp, left), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := percentFloat(arg, conv)
		if err != nil {
			return "", err
		}
		fs := spec{fill: ' ', precision: sp.precision, alt: sp.alt, typ: byte(conv)}
		if fs.precision < 0 {
			fs.precision = 6
		}
		body := floatBody(math.Abs(f), fs)
		neg := math.Signbit(f) && !math.IsNaN(f)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			sp.zero = false
		}
		return percentPad(signOf(neg, sp), body, sp, left), nil
	case 'c':
		switch x := arg.(type) {
		case py.String:
			if len([]rune(string(x))) != 1 {
				return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
			}
			return pad(string(x), sp, '>'), nil
		}
		n, ok := bigOf(arg)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return pad(string(rune(n.Int64())), sp, '>'), nil
	}
	return "", py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, pos)
}

func percentPad(sign, body string, sp spec, left bool) string {
	s := sign + body
	n := len([]rune(s))
	if n >= sp.width {
		return s
	}
	switch {
	case left:
		return s + strings.Repeat(" ", sp.width-n)
	case sp.zero:
		// Zeros go after the sign and any 0x prefix.
		pre := sign
		rest := body
		if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X' || body[1] == 'o') {
			pre += body[:2]
			rest = body[2:]
		}
		return pre + strings.Repeat("0", sp.width-n) + rest
	}
	return strings.Repeat(" ", sp.width-n) + s
}

func percentInt(arg py.Object, conv rune) (*big.Int, error) {
	if n, ok := bigOf(arg); ok {
		return n, nil
	}
	if f, ok := arg.(py.Float); ok && (conv == 'd' || conv == 'i' || conv == 'u') {
		if math.IsInf(float64(f), 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		if math.IsNaN(float64(f)) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		bf := new(big.Float).SetFloat64(math.Trunc(float64(f)))
		n, _ := bf.Int(nil)
		return n, nil
	}
	if conv == 'd' || conv == 'i' || conv == 'u' {
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", conv, TypeName(arg))
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", conv, TypeName(arg))
}

func percentFloat(arg py.Object, conv rune) (float64, error) {
	switch x := arg.(type) {
	case py.Float:
		return float64(x), nil
	}
	if n, ok := bigOf(arg); ok {
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", TypeName(arg))
}
