package pyrt

// This file holds CPython's limit on int <-> decimal string conversions
// (sys.set_int_max_str_digits, CPython 3.11): converting an int of more
// digits than the limit to a decimal string, or a string of more digits in
// a base that is not a power of two to an int, raises ValueError. The
// limit is process-wide (CPython's is per interpreter): the notebooks
// that share a process run one at a time, and each kernel sets it back to
// 4300 when it starts (pyrun).

import (
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/go-python/gpython/py"
)

// DefaultIntMaxStrDigits is sys.int_info.default_max_str_digits.
const DefaultIntMaxStrDigits = 4300

var intMaxStrDigits atomic.Int64

func init() { intMaxStrDigits.Store(DefaultIntMaxStrDigits) }

// IntMaxStrDigits returns the limit; 0 means none.
func IntMaxStrDigits() int { return int(intMaxStrDigits.Load()) }

// SetIntMaxStrDigits sets the limit (0, or more than 640: the caller
// checks).
func SetIntMaxStrDigits(n int) { intMaxStrDigits.Store(int64(n)) }

// checkIntStr returns CPython's ValueError when the decimal digits of an
// int, without its sign, exceed the limit.
func checkIntStr(digits int) error {
	if lim := IntMaxStrDigits(); lim > 0 && digits > lim {
		return py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
	}
	return nil
}

// DecimalString returns s, the decimal digits of an int, or CPython's
// ValueError when they exceed the limit.
func DecimalString(s string) (string, error) {
	n := len(s)
	if strings.HasPrefix(s, "-") {
		n--
	}
	if err := checkIntStr(n); err != nil {
		return "", err
	}
	return s, nil
}

// checkStrInt returns CPython's ValueError when int(s, base) would read
// more digits than the limit, in a base that is not a power of two: the
// digits counted are the run of them (underscores aside) after the
// spaces, sign and prefix, up to the first character that is not one, as
// CPython counts them before it looks at the rest.
func checkStrInt(s string, base int) error {
	lim := IntMaxStrDigits()
	if lim == 0 || len(s) <= lim {
		return nil
	}
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	s = strings.TrimLeft(s, "+-")
	if base == 0 {
		lower := strings.ToLower(s)
		if strings.HasPrefix(lower, "0x") || strings.HasPrefix(lower, "0o") || strings.HasPrefix(lower, "0b") {
			return nil
		}
		base = 10
	}
	if base&(base-1) == 0 {
		return nil
	}
	digits := 0
	for _, r := range s {
		if r == '_' {
			continue
		}
		v := 99
		switch {
		case r >= '0' && r <= '9':
			v = int(r - '0')
		case r >= 'a' && r <= 'z':
			v = int(r-'a') + 10
		case r >= 'A' && r <= 'Z':
			v = int(r-'A') + 10
		}
		if v >= base {
			break
		}
		digits++
	}
	if digits > lim {
		return py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, digits)
	}
	return nil
}

// CheckStrInt is the check int(s, base) makes before it converts: CPython's
// ValueError when s has more digits than the limit (for modules that read
// ints from text themselves, as json does with int()).
func CheckStrInt(s string, base int) error { return checkStrInt(s, base) }
