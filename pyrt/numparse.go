package pyrt

// This file defines int() and float() of strings with CPython's rules
// (underscores between digits, surrounding whitespace, base prefixes,
// inf/nan spellings); gpython rejects int('1_000') (gap B-NUM). Other
// arguments go to gpython's own constructors.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

func wrapNumberConstructors() {
	intNew := py.IntType.New
	py.IntType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var x, base py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:int", []string{"x", "base"}, &x, &base); err != nil {
			return nil, err
		}
		s, isStr := x.(py.String)
		if b, ok := x.(py.Bytes); ok {
			s, isStr = py.String(b), true
		}
		if base != nil {
			if x == nil {
				return nil, py.ExceptionNewf(py.TypeError, "int() missing string argument")
			}
			if !isStr {
				return nil, py.ExceptionNewf(py.TypeError, "int() can't convert non-string with explicit base")
			}
		}
		if v, ok := x.(py.Bool); ok && metatype == py.IntType {
			// gpython's int() refuses bools (they have no __int__).
			if v {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		if !isStr {
			return intNew(metatype, args, kwargs)
		}
		b := 10
		if base != nil {
			n, err := py.IndexInt(base)
			if err != nil {
				return nil, err
			}
			if n != 0 && (n < 2 || n > 36) {
				return nil, py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
			}
			b = n
		}
		if err := checkStrInt(string(s), b); err != nil {
			return nil, err
		}
		n, ok := parseInt(string(s), b)
		if !ok {
			r, _ := Repr(x)
			if _, isBytes := x.(py.Bytes); isBytes {
				r = bytesRepr([]byte(s))
			}
			return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", b, r)
		}
		return intObject(n), nil
	}
	floatNew := py.FloatType.New
	py.FloatType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if s, ok := args[0].(py.String); ok {
				f, ok := parseFloatLiteral(string(s))
				if !ok {
					r, _ := Repr(s)
					return nil, py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", r)
				}
				return py.Float(f), nil
			}
			if v, ok := args[0].(py.Bool); ok && metatype == py.FloatType {
				if v {
					return py.Float(1), nil
				}
				return py.Float(0), nil
			}
		}
		return floatNew(metatype, args, kwargs)
	}
}

// cleanDigits removes single underscores between digits; it reports
// false for misplaced underscores.
func cleanDigits(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	if strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return "", false
	}
	return strings.ReplaceAll(s, "_", ""), true
}

// parseInt is int(s, base) for a string.
func parseInt(s string, base int) (*big.Int, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	neg := false
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		neg = s[0] == '-'
		s = s[1:]
	}
	lower := strings.ToLower(s)
	prefix := func(p string, b int) bool {
		if strings.HasPrefix(lower, p) && (base == b || base == 0) {
			s = s[2:]
			// An underscore may follow the prefix: 0x_ff.
			s = strings.TrimPrefix(s, "_")
			base = b
			return true
		}
		return false
	}
	if !prefix("0x", 16) && !prefix("0o", 8) && !prefix("0b", 2) && base == 0 {
		base = 10
		// Base 0 forbids leading zeros in non-zero decimals.
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, false
		}
	}
	digits, ok := cleanDigits(s)
	if !ok || digits == "" {
		return nil, false
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, false
	}
	if neg {
		n.Neg(n)
	}
	return n, true
}

// parseFloatLiteral is float(s) for a string.
func parseFloatLiteral(s string) (float64, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	body := strings.TrimLeft(s, "+-")
	sign := 1.0
	if strings.HasPrefix(s, "-") {
		sign = -1
	}
	if len(s)-len(body) > 1 {
		return 0, false
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.NaN(), true
	}
	if body == "" || strings.ContainsAny(body, "xXpP") {
		return 0, false
	}
	// Underscores are allowed only between digits.
	for i := 0; i < len(body); i++ {
		if body[i] == '_' {
			if i == 0 || i == len(body)-1 || !isDigit(body[i-1]) || !isDigit(body[i+1]) {
				return 0, false
			}
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
