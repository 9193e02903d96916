package pyrun

// This file gives an uncaught IndexError of a list, tuple or str
// CPython's message. gpython raises "index out of range" for all three
// (py.IndexIntCheck, inside Go methods nbcheck cannot replace), where
// CPython says "list index out of range", "tuple index out of range",
// "string index out of range" or "list assignment index out of range".
// When such an exception reaches the kernel, the instruction that raised
// it is known from the traceback: an item assignment or deletion can only
// be a list's; for a subscript, the container is found again by reading
// the instructions that loaded it (a name, or an attribute of a name:
// lst[i], self.items[i + 1], t[-1]); when they are something else, the
// message says list, the likeliest. An IndexError caught by the program
// gets it too when it leaves the function that raised it (the VM
// wrappers of recursion.go); one caught in the frame that raised it keeps
// gpython's message (gpython has no sys.exc_info to find where it was
// raised).

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

const gpythonIndexMsg = "index out of range"

// fixIndexMessage rewrites the message of e, raised at the innermost
// entry of tb, when it is gpython's bare "index out of range".
func fixIndexMessage(e *py.Exception, tb *py.Traceback) {
	if e == nil || tb == nil || !e.Base.IsSubtype(py.IndexError) {
		return
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 || args[0] != py.String(gpythonIndexMsg) {
		return
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	if msg := indexMessage(tb.Frame, int(tb.Lasti)); msg != "" {
		e.Args = py.Tuple{py.String(msg)}
	}
}

// fixIndexError applies fixIndexMessage to a gpython error.
func fixIndexError(err error) {
	switch e := err.(type) {
	case py.ExceptionInfo:
		if v, ok := e.Value.(*py.Exception); ok {
			fixIndexMessage(v, e.Traceback)
		}
	case *py.ExceptionInfo:
		if v, ok := e.Value.(*py.Exception); ok {
			fixIndexMessage(v, e.Traceback)
		}
	}
}

// instr is one decoded instruction.
type instr struct {
	op  vm.OpCode
	arg int
}

// indexMessage returns CPython's message for the IndexError raised by the
// instruction that ends at lasti in frame, or "" when that instruction is
// not a subscript.
func indexMessage(frame *py.Frame, lasti int) string {
	if frame == nil || frame.Code == nil {
		return ""
	}
	code := frame.Code.Code
	if lasti < 1 || lasti > len(code) {
		return ""
	}
	var ins []instr
	for i := 0; i < lasti; {
		op := vm.OpCode(code[i])
		if op.HAS_ARG() {
			if i+2 >= len(code) {
				return ""
			}
			ins = append(ins, instr{op, int(code[i+1]) | int(code[i+2])<<8})
			i += 3
			continue
		}
		ins = append(ins, instr{op, 0})
		i++
	}
	if len(ins) == 0 {
		return ""
	}
	switch ins[len(ins)-1].op {
	case vm.STORE_SUBSCR, vm.DELETE_SUBSCR:
		return "list assignment index out of range"
	case vm.BINARY_SUBSCR:
	default:
		return ""
	}
	k := len(ins) - 1 // the subscript
	// Skip the index expression: a load, -load, or load +/- load.
	switch {
	case k >= 2 && isLoad(ins[k-1].op):
		k -= 1
	case k >= 3 && ins[k-1].op == vm.UNARY_NEGATIVE && isLoad(ins[k-2].op):
		k -= 2
	case k >= 4 && (ins[k-1].op == vm.BINARY_ADD || ins[k-1].op == vm.BINARY_SUBTRACT) && isLoad(ins[k-2].op) && isLoad(ins[k-3].op):
		k -= 3
	default:
		return "list index out of range"
	}
	// ins[k-1] loaded the container.
	var container py.Object
	switch c := ins[k-1]; {
	case isLoad(c.op):
		container = loadValue(frame, c)
	case c.op == vm.LOAD_ATTR && k >= 2 && isLoad(ins[k-2].op) && ins[k-2].op != vm.LOAD_CONST:
		if obj := loadValue(frame, ins[k-2]); obj != nil && c.arg < len(frame.Code.Names) {
			if v, err := py.GetAttrString(obj, frame.Code.Names[c.arg]); err == nil {
				container = v
			}
		}
	}
	switch container.(type) {
	case py.Tuple:
		return "tuple index out of range"
	case py.String:
		return "string index out of range"
	}
	return "list index out of range"
}

func isLoad(op vm.OpCode) bool {
	switch op {
	case vm.LOAD_CONST, vm.LOAD_FAST, vm.LOAD_NAME, vm.LOAD_GLOBAL:
		return true
	}
	return false
}

// loadValue returns the current value of the name a load instruction
// reads, or nil.
func loadValue(frame *py.Frame, in instr) py.Object {
	c := frame.Code
	switch in.op {
	case vm.LOAD_CONST:
		if in.arg < len(c.Consts) {
			return c.Consts[in.arg]
		}
	case vm.LOAD_FAST:
		if in.arg < len(frame.LocalVars) {
			return frame.LocalVars[in.arg]
		}
	case vm.LOAD_NAME:
		if in.arg < len(c.Names) {
			if v, ok := frame.Lookup(c.Names[in.arg]); ok {
				return v
			}
		}
	case vm.LOAD_GLOBAL:
		if in.arg < len(c.Names) {
			if v, ok := frame.LookupGlobal(c.Names[in.arg]); ok {
				return v
			}
		}
	}
	return nil
}
