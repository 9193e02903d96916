package pyrt

// This file adds the int, float and bytes methods gpython v0.2.0 lacks
// (gaps B-NUM, B-BYTES).

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

func installNumMethods() {
	for _, t := range []*py.Type{py.IntType, py.BigIntType, py.BoolType} {
		t.Dict["bit_length"] = py.MustNewMethod("bit_length", func(self py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			return py.Int(new(big.Int).Abs(n).BitLen()), nil
		}, 0, "")
		t.Dict["bit_count"] = py.MustNewMethod("bit_count", func(self py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			c := 0
			for _, w := range new(big.Int).Abs(n).Bits() {
				for ; w != 0; w &= w - 1 {
					c++
				}
			}
			return py.Int(c), nil
		}, 0, "")
		t.Dict["conjugate"] = py.MustNewMethod("conjugate", func(self py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			return intObject(n), nil
		}, 0, "")
		t.Dict["as_integer_ratio"] = py.MustNewMethod("as_integer_ratio", func(self py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			return py.Tuple{intObject(n), py.Int(1)}, nil
		}, 0, "")
		t.Dict["to_bytes"] = py.MustNewMethod("to_bytes", int_to_bytes, 0, "")
		for _, name := range []string{"real", "numerator"} {
			t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				n, _ := bigOf(self)
				return intObject(n), nil
			}}
		}
		t.Dict["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(0), nil }}
		t.Dict["denominator"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(1), nil }}
	}
	py.IntType.Dict["from_bytes"] = py.MustNewMethod("from_bytes", int_from_bytes, py.METH_CLASS, "")
	py.FloatType.Dict["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self, nil }}
	py.FloatType.Dict["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Float(0), nil }}
	py.FloatType.Dict["conjugate"] = py.MustNewMethod("conjugate", func(self py.Object) (py.Object, error) { return self, nil }, 0, "")
	py.FloatType.Dict["as_integer_ratio"] = py.MustNewMethod("as_integer_ratio", func(self py.Object) (py.Object, error) {
		f := float64(self.(py.Float))
		if math.IsInf(f, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
		}
		r, _ := new(big.Rat).SetString(new(big.Float).SetFloat64(f).Text('g', -1))
		r = new(big.Rat).SetFloat64(f)
		return py.Tuple{intObject(r.Num()), intObject(r.Denom())}, nil
	}, 0, "")
	py.FloatType.Dict["hex"] = py.MustNewMethod("hex", func(self py.Object) (py.Object, error) {
		return py.String(floatHex(float64(self.(py.Float)))), nil
	}, 0, "")
}

// floatHex is float.hex().
func floatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strings.Repeat("0", 13-len(big.NewInt(int64(mant)).Text(16))) + big.NewInt(int64(mant)).Text(16)
	es := "+"
	if exp < 0 {
		es = "-"
		exp = -exp
	}
	return sign + "0x" + string(rune('0'+lead)) + "." + m + "p" + es + itoa(exp)
}

func int_to_bytes(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "to_bytes", kw: kw}
	length, order := 1, "big"
	signed := false
	if len(args) > 0 {
		n, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		length = n
	}
	if len(args) > 1 {
		s, _ := args[1].(py.String)
		order = string(s)
	}
	if v, ok := k.get("length"); ok {
		n, err := py.IndexInt(v)
		if err != nil {
			return nil, err
		}
		length = n
	}
	if v, ok := k.get("byteorder"); ok {
		s, _ := v.(py.String)
		order = string(s)
	}
	if v, ok := k.get("signed"); ok {
		signed, _ = pyvm.Truth(v)
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	if order != "big" && order != "little" {
		return nil, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
	}
	n, _ := bigOf(self)
	if n.Sign() < 0 && !signed {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(n)
	if n.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	b := v.Bytes()
	limit := length
	if len(b) > limit || (signed && n.Sign() >= 0 && n.BitLen() >= 8*length && length > 0) || (signed && n.Sign() < 0 && v.Sign() < 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	out := make([]byte, length)
	copy(out[length-len(b):], b)
	if order == "little" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

func int_from_bytes(cls py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "from_bytes", kw: kw}
	var data py.Object
	order := "big"
	signed := false
	if len(args) > 0 {
		data = args[0]
	}
	if len(args) > 1 {
		s, _ := args[1].(py.String)
		order = string(s)
	}
	if v, ok := k.get("bytes"); ok {
		data = v
	}
	if v, ok := k.get("byteorder"); ok {
		s, _ := v.(py.String)
		order = string(s)
	}
	if v, ok := k.get("signed"); ok {
		signed, _ = pyvm.Truth(v)
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	var b []byte
	switch x := data.(type) {
	case py.Bytes:
		b = append([]byte{}, x...)
	default:
		items, err := toSlice(data)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			n, ok := it.(py.Int)
			if !ok || n < 0 || n > 255 {
				return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(n))
		}
	}
	if order == "little" {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	} else if order != "big" {
		return nil, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
	}
	n := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return intObject(n), nil
}

func installBytesMethods() {
	for name, f := range bytesMethods {
		py.BytesType.Dict[name] = py.MustNewMethod(name, f, 0, "")
	}
}

func selfBytes(self py.Object) []byte { return []byte(self.(py.Bytes)) }

func bytesArg(o py.Object) ([]byte, error) {
	b, ok := o.(py.Bytes)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
	}
	return b, nil
}

var bytesMethods = map[string]pyMethod{
	"decode": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var enc, errs py.Object
		if len(args) > 0 {
			enc = args[0]
		}
		if len(args) > 1 {
			errs = args[1]
		}
		if v, ok := kw["encoding"]; ok {
			enc = v
		}
		if v, ok := kw["errors"]; ok {
			errs = v
		}
		return decodeBytes(self.(py.Bytes), enc, errs)
	},
	"hex": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.String(hex.EncodeToString(selfBytes(self))), nil
	},
	"upper": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.Bytes(asciiMap(selfBytes(self), 'a', 'z', -32)), nil
	},
	"lower": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.Bytes(asciiMap(selfBytes(self), 'A', 'Z', 32)), nil
	},
	"strip": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		cut := " \t\n\r\v\f"
		if len(args) == 1 && args[0] != py.None {
			b, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			cut = string(b)
		}
		return py.Bytes(strings.Trim(string(selfBytes(self)), cut)), nil
	},
	"split": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s := string(selfBytes(self))
		var parts []string
		if len(args) == 0 || args[0] == py.None {
			parts = strings.Fields(s)
		} else {
			sep, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			parts = strings.Split(s, string(sep))
		}
		l := py.NewList()
		for _, p := range parts {
			l.Items = append(l.Items, py.Bytes(p))
		}
		return l, nil
	},
	"join": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "join() takes exactly one argument (%d given)", len(args))
		}
		var parts []string
		err := iterate(args[0], func(o py.Object) error {
			b, err := bytesArg(o)
			parts = append(parts, string(b))
			return err
		})
		return py.Bytes(strings.Join(parts, string(selfBytes(self)))), err
	},
	"startswith": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "startswith expected 1 argument, got %d", len(args))
		}
		b, err := bytesArg(args[0])
		return py.NewBool(strings.HasPrefix(string(selfBytes(self)), string(b))), err
	},
	"endswith": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "endswith expected 1 argument, got %d", len(args))
		}
		b, err := bytesArg(args[0])
		return py.NewBool(strings.HasSuffix(string(selfBytes(self)), string(b))), err
	},
	"find": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "find expected 1 argument, got %d", len(args))
		}
		b, err := bytesArg(args[0])
		return py.Int(strings.Index(string(selfBytes(self)), string(b))), err
	},
	"count": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "count expected 1 argument, got %d", len(args))
		}
		b, err := bytesArg(args[0])
		return py.Int(strings.Count(string(selfBytes(self)), string(b))), err
	},
}

func asciiMap(b []byte, lo, hi byte, delta int) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= lo && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out
}

func normEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf8", "utf-8", "u8":
		return "utf-8"
	case "ascii", "us-ascii":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
		return "latin-1"
	}
	return e
}

func encodeStr(s, enc string) (py.Object, error) {
	switch normEncoding(enc) {
	case "utf-8":
		return py.Bytes(s), nil
	case "ascii", "latin-1":
		limit := rune(0x7f)
		name := "ascii"
		if normEncoding(enc) == "latin-1" {
			limit, name = 0xff, "latin-1"
		}
		var out []byte
		i := 0
		for _, r := range s {
			if r > limit {
				return nil, unicodeError(py.UnicodeEncodeError, name, py.String(s), i, i+1, fmt.Sprintf("ordinal not in range(%d)", limit+1))
			}
			out = append(out, byte(r))
			i++
		}
		return py.Bytes(out), nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", enc)
}

func decodeBytes(b py.Bytes, encObj, errsObj py.Object) (py.Object, error) {
	enc := "utf-8"
	if s, ok := encObj.(py.String); ok {
		enc = string(s)
	}
	switch normEncoding(enc) {
	case "utf-8":
		if !utf8.Valid(b) {
			for i := 0; i < len(b); {
				r, size := utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && size == 1 {
					if s, ok := errsObj.(py.String); ok && s == "replace" {
						return py.String(strings.ToValidUTF8(string(b), "\ufffd")), nil
					}
					if s, ok := errsObj.(py.String); ok && s == "ignore" {
						return py.String(strings.ToValidUTF8(string(b), "")), nil
					}
					return nil, unicodeError(py.UnicodeDecodeError, "utf-8", b, i, i+1, "invalid start byte")
				}
				i += size
			}
		}
		return py.String(b), nil
	case "ascii":
		for i, c := range b {
			if c > 0x7f {
				return nil, unicodeError(py.UnicodeDecodeError, "ascii", b, i, i+1, "ordinal not in range(128)")
			}
		}
		return py.String(b), nil
	case "latin-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return py.String(string(rs)), nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", enc)
}
