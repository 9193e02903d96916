package pyrt

// This file gives UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError CPython's arguments and str(): the codecs raise
// them with (encoding, object, start, end, reason) ((object, start, end,
// reason) for translation), which their encoding, object, start, end and
// reason attributes read, and str() formats them as CPython's
// "'ascii' codec can't encode character '\xe9' in position 1: ...".

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// unicodeError is a codec's error of class t on object at [start, end).
func unicodeError(t *py.Type, encoding string, object py.Object, start, end int, reason string) error {
	return &py.Exception{Base: t, Args: py.Tuple{py.String(encoding), object, py.Int(start), py.Int(end), py.String(reason)}, Dict: py.StringDict{}}
}

// charEscape is a code point as CPython's Unicode errors show it: \xNN,
// \uNNNN or \UNNNNNNNN, whatever the character.
func charEscape(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// unicodeErrorStr is str(e) for a Unicode error made with its full
// arguments; ok is false for any other (one made with a message only).
func (p *printer) unicodeErrorStr(e *py.Exception) (s string, ok bool, err error) {
	args := excArgs(e)
	translate := e.Base.IsSubtype(py.UnicodeTranslateError)
	if translate {
		if len(args) != 4 {
			return "", false, nil
		}
		args = append(py.Tuple{py.None}, args...)
	} else if len(args) != 5 {
		return "", false, nil
	}
	start, ok1 := args[2].(py.Int)
	end, ok2 := args[3].(py.Int)
	if !ok1 || !ok2 {
		return "", false, nil
	}
	enc, reason := "", ""
	if !translate {
		if enc, err = p.str(args[0]); err != nil {
			return "", true, err
		}
	}
	if reason, err = p.str(args[4]); err != nil {
		return "", true, err
	}
	single := end == start+1
	switch {
	case e.Base.IsSubtype(py.UnicodeDecodeError):
		b, ok := args[1].(py.Bytes)
		if !ok {
			return "", false, nil
		}
		if single && int(start) >= 0 && int(start) < len(b) {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason), true, nil
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true, nil
	case e.Base.IsSubtype(py.UnicodeEncodeError) || translate:
		o, ok := args[1].(py.String)
		if !ok {
			return "", false, nil
		}
		rs := []rune(string(o))
		what := fmt.Sprintf("'%s' codec can't encode", enc)
		if translate {
			what = "can't translate"
		}
		if single && int(start) >= 0 && int(start) < len(rs) {
			return fmt.Sprintf("%s character '%s' in position %d: %s", what, charEscape(rs[start]), start, reason), true, nil
		}
		return fmt.Sprintf("%s characters in position %d-%d: %s", what, start, end-1, reason), true, nil
	}
	return "", false, nil
}
