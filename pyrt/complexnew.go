package pyrt

// This file is complex() with CPython's rules: gpython's took only two
// floats (complex(1+2j), complex('1+2j'), complex(True) and complex('3')
// raised TypeError), so a complex subclass could not be made either.

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

func init() {
	py.ComplexType.New = complexNew
}

// complexNew is complex(real=0, imag=0): CPython's complex_new_impl.
func complexNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var r, i py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:complex", []string{"real", "imag"}, &r, &i); err != nil {
		return nil, err
	}
	if s, ok := r.(py.String); ok {
		if i != nil {
			return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
		}
		str := string(s)
		if strings.Contains(str, "_") {
			// As CPython: underscores only between digits, then
			// parsed without them.
			for k := 0; k < len(str); k++ {
				if str[k] == '_' && (k == 0 || k == len(str)-1 || !isDigit(str[k-1]) || !isDigit(str[k+1])) {
					r, _ := Repr(s)
					return nil, py.ExceptionNewf(py.ValueError, "could not convert string to complex: %s", r)
				}
			}
			str = strings.ReplaceAll(str, "_", "")
		}
		c, ok := parseComplex(str)
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
		}
		return py.Complex(c), nil
	}
	if _, ok := i.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second arg can't be a string")
	}
	var cr complex128
	crIsComplex := false
	if r != nil {
		c, isComplex, err := complexArg(r, "first argument must be a string or a number")
		if err != nil {
			return nil, err
		}
		cr, crIsComplex = c, isComplex
	}
	// The parts as CPython combines them: real - imag.imag, and
	// cr.imag + imag.real when both were given.
	crReal, ciReal := real(cr), imag(cr)
	if i != nil {
		ci, ciIsComplex, err := complexArg(i, "second argument must be a number")
		if err != nil {
			return nil, err
		}
		ciReal = real(ci)
		if ciIsComplex {
			crReal -= imag(ci)
		}
		if crIsComplex {
			ciReal += imag(cr)
		}
	}
	return py.Complex(complex(crReal, ciReal)), nil
}

// complexArg is an argument of complex() as a complex number, and whether
// it was one (a complex, or an object with __complex__) rather than a
// real number (__float__, __index__).
func complexArg(o py.Object, what string) (complex128, bool, error) {
	switch x := o.(type) {
	case py.Complex:
		return complex128(x), true, nil
	case py.Float, py.Int, py.Bool, *py.BigInt:
		f, err := toFloat(x)
		return complex(f, 0), false, err
	}
	if c, ok := o.(py.I__complex__); ok {
		res, err := c.M__complex__()
		if err == nil {
			v, ok := res.(py.Complex)
			if !ok {
				return 0, false, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", TypeName(res))
			}
			return complex128(v), true, nil
		}
		if !isExc(err, py.TypeError) {
			return 0, false, err
		}
	}
	if f, err := py.MakeFloat(o); err == nil {
		if v, ok := f.(py.Float); ok {
			return complex(float64(v), 0), false, nil
		}
	} else if !isExc(err, py.TypeError) {
		return 0, false, err
	}
	if n, err := py.Index(o); err == nil {
		f, err := toFloat(n)
		return complex(f, 0), false, err
	}
	return 0, false, py.ExceptionNewf(py.TypeError, "complex() %s, not '%s'", what, TypeName(o))
}

// parseComplex is complex(s) for a string: surrounding whitespace and an
// optional pair of parentheses, then a real part, an imaginary part
// ending in j or J, or both ('1+2j'), each a float literal (inf and nan
// too); '+j' alone is 1j. Underscores are taken out before.
func parseComplex(s string) (complex128, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return 0, false
		}
		s = strings.TrimFunc(s[1:len(s)-1], unicode.IsSpace)
	}
	isJ := func(t string) bool { return t == "j" || t == "J" }
	x, n := scanFloat(s)
	if n == 0 {
		switch {
		case isJ(s), len(s) == 2 && s[0] == '+' && isJ(s[1:]):
			return 1i, true
		case len(s) == 2 && s[0] == '-' && isJ(s[1:]):
			return -1i, true
		}
		return 0, false
	}
	rest := s[n:]
	switch {
	case rest == "":
		return complex(x, 0), true
	case isJ(rest):
		return complex(0, x), true
	case rest[0] == '+' || rest[0] == '-':
		y, m := scanFloat(rest)
		if m == 0 {
			if !isJ(rest[1:]) {
				return 0, false
			}
			y, m = 1, 1
			if rest[0] == '-' {
				y = -1
			}
		}
		if isJ(rest[m:]) {
			return complex(x, y), true
		}
	}
	return 0, false
}

// scanFloat reads a float literal at the start of s (a sign, digits, a
// point, an exponent; or inf, infinity, nan) and returns its value and
// length, 0 when there is none.
func scanFloat(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, w) {
			f, _ := parseFloatLiteral(s[:i+len(w)])
			return f, i + len(w)
		}
	}
	digits := func() bool {
		k := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		return i > k
	}
	hasInt := digits()
	hasFrac := false
	if i < len(s) && s[i] == '.' {
		i++
		hasFrac = digits()
	}
	if !hasInt && !hasFrac {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			i = j
		}
	}
	f, ok := parseFloatLiteral(s[:i])
	if !ok {
		return 0, 0
	}
	return f, i
}
