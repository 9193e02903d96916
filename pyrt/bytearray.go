package pyrt

// This file defines bytearray, which gpython v0.2.0 lacks (gap B-BYTES):
// construction, repr, len, indexing and slicing, item assignment,
// append/extend/pop/clear, decode, hex, iteration, ==, + and in.

import (
	"encoding/hex"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// ByteArray is CPython's bytearray.
type ByteArray struct{ b []byte }

// ByteArrayType is installed as builtins.bytearray.
var ByteArrayType = py.NewTypeX("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array", nil, nil)

func init() {
	ByteArrayType.New = bytearrayNew
	ByteArrayType.Dict["__hash__"] = py.None
	m := map[string]any{
		"append": func(self, x py.Object) (py.Object, error) {
			c, err := byteValue(x)
			if err != nil {
				return nil, err
			}
			self.(*ByteArray).b = append(self.(*ByteArray).b, c)
			return py.None, nil
		},
		"extend": func(self, x py.Object) (py.Object, error) {
			bs, err := bytesOf(x)
			if err != nil {
				return nil, err
			}
			self.(*ByteArray).b = append(self.(*ByteArray).b, bs...)
			return py.None, nil
		},
		"pop": func(self py.Object, args py.Tuple) (py.Object, error) {
			a := self.(*ByteArray)
			if len(a.b) == 0 {
				return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
			}
			i := len(a.b) - 1
			if len(args) == 1 {
				n, err := py.IndexInt(args[0])
				if err != nil {
					return nil, err
				}
				if n < 0 {
					n += len(a.b)
				}
				if n < 0 || n >= len(a.b) {
					return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
				}
				i = n
			}
			c := a.b[i]
			a.b = append(a.b[:i], a.b[i+1:]...)
			return py.Int(c), nil
		},
		"clear": func(self py.Object) (py.Object, error) {
			self.(*ByteArray).b = nil
			return py.None, nil
		},
		"copy": func(self py.Object) (py.Object, error) {
			return &ByteArray{b: append([]byte{}, self.(*ByteArray).b...)}, nil
		},
		"hex": func(self py.Object) (py.Object, error) {
			return py.String(hex.EncodeToString(self.(*ByteArray).b)), nil
		},
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
			return decodeBytes(py.Bytes(self.(*ByteArray).b), enc, errs)
		},
	}
	for name, f := range m {
		ByteArrayType.Dict[name] = py.MustNewMethod(name, f, 0, "")
	}
}

func byteValue(x py.Object) (byte, error) {
	n, ok := bigOf(x)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(x))
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n.Int64()), nil
}

// bytesOf returns the bytes of a bytes-like object or an iterable of ints.
func bytesOf(x py.Object) ([]byte, error) {
	switch v := x.(type) {
	case py.Bytes:
		return append([]byte{}, v...), nil
	case *ByteArray:
		return append([]byte{}, v.b...), nil
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'str' object to bytearray")
	}
	var out []byte
	err := iterate(x, func(o py.Object) error {
		c, err := byteValue(o)
		out = append(out, c)
		return err
	})
	return out, err
}

func bytearrayNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return &ByteArray{}, nil
	}
	if s, ok := args[0].(py.String); ok {
		if len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		enc, _ := args[1].(py.String)
		b, err := encodeStr(string(s), string(enc))
		if err != nil {
			return nil, err
		}
		return &ByteArray{b: []byte(b.(py.Bytes))}, nil
	}
	if n, ok := args[0].(py.Int); ok {
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		if n > maxWidth {
			return nil, tooWide()
		}
		return &ByteArray{b: make([]byte, n)}, nil
	}
	b, err := bytesOf(args[0])
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

func (a *ByteArray) M__repr__() (py.Object, error) {
	return py.String(bytearrayRepr(a.b)), nil
}

// bytearrayRepr is CPython's bytearray repr, which escapes ' even inside
// double quotes.
func bytearrayRepr(bs []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(bs), '\'') >= 0 && strings.IndexByte(string(bs), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("bytearray(b")
	b.WriteByte(quote)
	for _, c := range bs {
		switch {
		case c == '\'' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex.EncodeToString([]byte{c}))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	b.WriteString(")")
	return b.String()
}
func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }
func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.b)), nil }
func (a *ByteArray) M__bool__() (py.Object, error) {
	return py.NewBool(len(a.b) > 0), nil
}

func (a *ByteArray) M__iter__() (py.Object, error) {
	items := make([]py.Object, len(a.b))
	for i, c := range a.b {
		items[i] = py.Int(c)
	}
	return &sliceIter{items: items}, nil
}

func (a *ByteArray) M__getitem__(k py.Object) (py.Object, error) {
	if s, ok := k.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, 0, n)
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			out = append(out, a.b[i])
		}
		_ = stop
		return &ByteArray{b: out}, nil
	}
	i, err := py.IndexInt(k)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(a.b)
	}
	if i < 0 || i >= len(a.b) {
		return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
	}
	return py.Int(a.b[i]), nil
}

func (a *ByteArray) M__setitem__(k, v py.Object) (py.Object, error) {
	i, err := py.IndexInt(k)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(a.b)
	}
	if i < 0 || i >= len(a.b) {
		return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	a.b[i] = c
	return py.None, nil
}

func (a *ByteArray) M__contains__(x py.Object) (py.Object, error) {
	if c, err := byteValue(x); err == nil {
		return py.NewBool(strings.IndexByte(string(a.b), c) >= 0), nil
	}
	bs, err := bytesOf(x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(strings.Contains(string(a.b), string(bs))), nil
}

func (a *ByteArray) M__add__(x py.Object) (py.Object, error) {
	switch x.(type) {
	case py.Bytes, *ByteArray:
		bs, _ := bytesOf(x)
		return &ByteArray{b: append(append([]byte{}, a.b...), bs...)}, nil
	}
	return py.NotImplemented, nil
}

func (a *ByteArray) M__iadd__(x py.Object) (py.Object, error) {
	switch x.(type) {
	case py.Bytes, *ByteArray:
		bs, _ := bytesOf(x)
		a.b = append(a.b, bs...)
		return a, nil
	}
	return py.NotImplemented, nil
}

func (a *ByteArray) M__eq__(x py.Object) (py.Object, error) {
	switch x.(type) {
	case py.Bytes, *ByteArray:
		bs, _ := bytesOf(x)
		return py.NewBool(string(bs) == string(a.b)), nil
	}
	return py.NotImplemented, nil
}

func (a *ByteArray) M__ne__(x py.Object) (py.Object, error) {
	return pyvm.NotEq(a.M__eq__(x))
}
