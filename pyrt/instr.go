package pyrt

// This file reads the instructions of a frame that raised, for the
// message fixes that need to know what the failing instruction was and
// what it operated on: FixModuleAttrError (modattr.go) and the
// IndexError messages (indexmsg.go). gpython's VM runs CPython
// 3.4's bytecode: one opcode byte, then a 16-bit little-endian argument
// for opcodes from HAVE_ARGUMENT on, widened by EXTENDED_ARG.

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Instr is one decoded instruction; an EXTENDED_ARG prefix is folded
// into the Arg of the instruction it extends.
type Instr struct {
	Op  vm.OpCode
	Arg int
}

// DecodeUpTo decodes code's instructions that end at or before end (a
// frame's Lasti, just past the instruction that raised); nil when no
// instruction ends exactly there.
func DecodeUpTo(code string, end int) []Instr {
	var out []Instr
	ext := 0
	for i := 0; i < end && i < len(code); {
		in := Instr{Op: vm.OpCode(code[i])}
		i++
		if in.Op.HAS_ARG() {
			if i+2 > len(code) {
				return nil
			}
			in.Arg = int(code[i]) | int(code[i+1])<<8 | ext<<16
			i += 2
		}
		ext = 0
		if in.Op == vm.EXTENDED_ARG {
			ext = in.Arg
			continue
		}
		out = append(out, in)
		if i == end {
			return out
		}
	}
	return nil
}

// Raised returns the exception value of a gpython error and the
// innermost entry of its traceback (the frame that raised it, and its
// Lasti), or nils when err carries no *py.Exception with a traceback.
func Raised(err error) (*py.Exception, *py.Traceback) {
	var exc *py.Exception
	var tb *py.Traceback
	switch e := err.(type) {
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
		tb = e.Traceback
	case *py.ExceptionInfo:
		if e != nil {
			exc, _ = e.Value.(*py.Exception)
			tb = e.Traceback
		}
	}
	if exc == nil || tb == nil {
		return nil, nil
	}
	return exc, Innermost(tb)
}

// Innermost returns the last entry of tb, where the exception was raised.
func Innermost(tb *py.Traceback) *py.Traceback {
	for tb != nil && tb.Next != nil {
		tb = tb.Next
	}
	return tb
}

// FailingInstrs decodes the instructions of tb's frame up to and
// including the one that raised; nil when the frame has no code or Lasti
// does not end an instruction.
func FailingInstrs(tb *py.Traceback) []Instr {
	if tb == nil || tb.Frame == nil || tb.Frame.Code == nil {
		return nil
	}
	return DecodeUpTo(tb.Frame.Code.Code, int(tb.Lasti))
}

// IsLoad reports whether op pushes a constant or a variable's value
// (LOAD_CONST, LOAD_FAST, LOAD_NAME, LOAD_GLOBAL).
func IsLoad(op vm.OpCode) bool {
	switch op {
	case vm.LOAD_CONST, vm.LOAD_FAST, vm.LOAD_NAME, vm.LOAD_GLOBAL:
		return true
	}
	return false
}

// LoadedValue returns the current value that the load instruction in
// (see IsLoad) pushes in frame f; false when it is unbound or in is not
// such a load.
func LoadedValue(f *py.Frame, in Instr) (py.Object, bool) {
	c := f.Code
	switch in.Op {
	case vm.LOAD_CONST:
		if in.Arg < len(c.Consts) {
			return c.Consts[in.Arg], true
		}
	case vm.LOAD_FAST:
		if in.Arg < len(f.LocalVars) && f.LocalVars[in.Arg] != nil {
			return f.LocalVars[in.Arg], true
		}
	case vm.LOAD_NAME:
		if in.Arg < len(c.Names) {
			return f.Lookup(c.Names[in.Arg])
		}
	case vm.LOAD_GLOBAL:
		if in.Arg < len(c.Names) {
			return f.LookupGlobal(c.Names[in.Arg])
		}
	}
	return nil, false
}
