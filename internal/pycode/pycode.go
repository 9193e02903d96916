// Package pycode writes gpython code objects as bytes and reads them
// back, so that a module compiled in one nbcheck process can run in
// another (the parent compiles the standard modules its worker processes
// import, once per run, and hands the code to the workers it starts
// next: see cmd/nbcheck/worker.go). Reading gives back a *py.Code equal
// field by field to the one written.
//
// Only what gpython's compiler puts in a code object is handled: None,
// Ellipsis, bool, int (small and big), float, complex, str, bytes, tuples
// and nested code objects. Encode refuses anything else, and Decode
// refuses input it did not write, rather than guessing.
package pycode

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// version starts every encoding; Decode refuses another.
const version = 1

// Object tags.
const (
	tagNone = iota + 1
	tagEllipsis
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagComplex
	tagString
	tagBytes
	tagTuple
	tagCode
)

// Encode returns code as bytes.
func Encode(code *py.Code) ([]byte, error) {
	e := &encoder{buf: []byte{version}}
	if err := e.code(code); err != nil {
		return nil, err
	}
	return e.buf, nil
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int64)   { e.buf = binary.AppendVarint(e.buf, n) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.buf = append(e.buf, s...) }
func (e *encoder) strs(s []string) {
	e.buf = append(e.buf, boolByte(s != nil))
	e.uint(uint64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}

func (e *encoder) code(c *py.Code) error {
	for _, n := range []int32{c.Argcount, c.Kwonlyargcount, c.Nlocals, c.Stacksize, c.Flags, c.Firstlineno} {
		e.int(int64(n))
	}
	e.str(c.Code)
	e.strs(c.Names)
	e.strs(c.Varnames)
	e.strs(c.Freevars)
	e.strs(c.Cellvars)
	e.buf = append(e.buf, boolByte(c.Cell2arg != nil))
	e.str(string(c.Cell2arg))
	e.str(c.Filename)
	e.str(c.Name)
	e.str(c.Lnotab)
	if c.Weakreflist != nil {
		return errors.New("pycode: a code object with weak references")
	}
	return e.tuple(c.Consts)
}

func (e *encoder) tuple(t py.Tuple) error {
	e.buf = append(e.buf, boolByte(t != nil))
	e.uint(uint64(len(t)))
	for _, o := range t {
		if err := e.object(o); err != nil {
			return err
		}
	}
	return nil
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func (e *encoder) object(o py.Object) error {
	switch o := o.(type) {
	case py.NoneType:
		e.buf = append(e.buf, tagNone)
	case py.EllipsisType:
		e.buf = append(e.buf, tagEllipsis)
	case py.Bool:
		if o {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
	case py.Int:
		e.buf = append(e.buf, tagInt)
		e.int(int64(o))
	case *py.BigInt:
		b, err := (*big.Int)(o).GobEncode()
		if err != nil {
			return err
		}
		e.buf = append(e.buf, tagBigInt)
		e.str(string(b))
	case py.Float:
		e.buf = append(e.buf, tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(float64(o)))
	case py.Complex:
		e.buf = append(e.buf, tagComplex)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(real(o)))
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(imag(o)))
	case py.String:
		e.buf = append(e.buf, tagString)
		e.str(string(o))
	case py.Bytes:
		e.buf = append(e.buf, tagBytes)
		e.buf = append(e.buf, boolByte(o != nil))
		e.str(string(o))
	case py.Tuple:
		e.buf = append(e.buf, tagTuple)
		return e.tuple(o)
	case *py.Code:
		e.buf = append(e.buf, tagCode)
		return e.code(o)
	default:
		return fmt.Errorf("pycode: cannot encode a constant of type %T", o)
	}
	return nil
}

// Decode reads a code object Encode wrote.
func Decode(b []byte) (code *py.Code, err error) {
	if len(b) == 0 || b[0] != version {
		return nil, errors.New("pycode: not an encoded code object of this version")
	}
	d := &decoder{buf: b[1:]}
	code = d.code(0)
	if d.err == nil && len(d.buf) != 0 {
		d.err = errors.New("pycode: trailing bytes")
	}
	if d.err != nil {
		return nil, d.err
	}
	return code, nil
}

type decoder struct {
	buf []byte
	err error
}

var errShort = errors.New("pycode: truncated input")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = nil
}

func (d *decoder) byte() byte {
	if len(d.buf) == 0 {
		d.fail(errShort)
		return 0
	}
	c := d.buf[0]
	d.buf = d.buf[1:]
	return c
}

func (d *decoder) uint() uint64 {
	n, k := binary.Uvarint(d.buf)
	if k <= 0 {
		d.fail(errShort)
		return 0
	}
	d.buf = d.buf[k:]
	return n
}

func (d *decoder) int() int64 {
	n, k := binary.Varint(d.buf)
	if k <= 0 {
		d.fail(errShort)
		return 0
	}
	d.buf = d.buf[k:]
	return n
}

func (d *decoder) int32() int32 {
	n := d.int()
	if n != int64(int32(n)) {
		d.fail(errors.New("pycode: a code field out of range"))
	}
	return int32(n)
}

// count reads a length that must fit in what is left of the input.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail(errShort)
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

func (d *decoder) strs() []string {
	notNil := d.byte() == 1
	n := d.count()
	if !notNil {
		if n != 0 {
			d.fail(errors.New("pycode: a nil list with items"))
		}
		return nil
	}
	s := make([]string, n)
	for i := range s {
		s[i] = d.str()
	}
	return s
}

func (d *decoder) u64() uint64 {
	if len(d.buf) < 8 {
		d.fail(errShort)
		return 0
	}
	n := binary.LittleEndian.Uint64(d.buf)
	d.buf = d.buf[8:]
	return n
}

// maxDepth bounds the nesting of tuples and code objects.
const maxDepth = 200

func (d *decoder) code(depth int) *py.Code {
	if depth > maxDepth {
		d.fail(errors.New("pycode: nested too deeply"))
		return nil
	}
	c := &py.Code{}
	c.Argcount, c.Kwonlyargcount, c.Nlocals = d.int32(), d.int32(), d.int32()
	c.Stacksize, c.Flags, c.Firstlineno = d.int32(), d.int32(), d.int32()
	c.Code = d.str()
	c.Names, c.Varnames, c.Freevars, c.Cellvars = d.strs(), d.strs(), d.strs(), d.strs()
	if d.byte() == 1 {
		c.Cell2arg = []byte(d.str())
	} else {
		d.str()
	}
	c.Filename, c.Name, c.Lnotab = d.str(), d.str(), d.str()
	c.Consts = d.tuple(depth)
	return c
}

func (d *decoder) tuple(depth int) py.Tuple {
	notNil := d.byte() == 1
	n := d.count()
	if !notNil {
		if n != 0 {
			d.fail(errors.New("pycode: a nil tuple with items"))
		}
		return nil
	}
	t := make(py.Tuple, n)
	for i := range t {
		t[i] = d.object(depth + 1)
	}
	return t
}

func (d *decoder) object(depth int) py.Object {
	switch tag := d.byte(); tag {
	case tagNone:
		return py.None
	case tagEllipsis:
		return py.Ellipsis
	case tagFalse:
		return py.False
	case tagTrue:
		return py.True
	case tagInt:
		return py.Int(d.int())
	case tagBigInt:
		b := new(big.Int)
		if err := b.GobDecode([]byte(d.str())); err != nil {
			d.fail(err)
		}
		return (*py.BigInt)(b)
	case tagFloat:
		return py.Float(math.Float64frombits(d.u64()))
	case tagComplex:
		re := math.Float64frombits(d.u64())
		return py.Complex(complex(re, math.Float64frombits(d.u64())))
	case tagString:
		return py.String(d.str())
	case tagBytes:
		notNil := d.byte() == 1
		s := d.str()
		if !notNil {
			return py.Bytes(nil)
		}
		return py.Bytes(s)
	case tagTuple:
		return d.tuple(depth)
	case tagCode:
		return d.code(depth)
	default:
		if d.err == nil {
			d.fail(fmt.Errorf("pycode: unknown tag %d", tag))
		}
		return py.None
	}
}
