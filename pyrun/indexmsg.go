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

	"github.com/nbcheck/nbcheck/pyrt"
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
	tb = pyrt.Innermost(tb)
	if msg := indexMessage(tb.Frame, pyrt.FailingInstrs(tb)); msg != "" {
		e.Args = py.Tuple{py.String(msg)}
	}
}

// fixIndexError applies fixIndexMessage to a gpython error.
func fixIndexError(err error) {
	fixIndexMessage(pyrt.Raised(err))
}

// indexMessage returns CPython's message for the IndexError raised in
// frame by the last of ins (its instructions up to the failing one, see
// pyrt.FailingInstrs), or "" when that instruction is not a subscript.
func indexMessage(frame *py.Frame, ins []pyrt.Instr) string {
	if len(ins) == 0 {
		return ""
	}
	switch ins[len(ins)-1].Op {
	case vm.STORE_SUBSCR, vm.DELETE_SUBSCR:
		return "list assignment index out of range"
	case vm.BINARY_SUBSCR:
	default:
		return ""
	}
	isLoad := pyrt.IsLoad
	k := len(ins) - 1 // the subscript
	// Skip the index expression: a load, -load, or load +/- load.
	switch {
	case k >= 2 && isLoad(ins[k-1].Op):
		k -= 1
	case k >= 3 && ins[k-1].Op == vm.UNARY_NEGATIVE && isLoad(ins[k-2].Op):
		k -= 2
	case k >= 4 && (ins[k-1].Op == vm.BINARY_ADD || ins[k-1].Op == vm.BINARY_SUBTRACT) && isLoad(ins[k-2].Op) && isLoad(ins[k-3].Op):
		k -= 3
	default:
		return "list index out of range"
	}
	// ins[k-1] loaded the container.
	var container py.Object
	switch c := ins[k-1]; {
	case isLoad(c.Op):
		container, _ = pyrt.LoadedValue(frame, c)
	case c.Op == vm.LOAD_ATTR && k >= 2 && isLoad(ins[k-2].Op) && ins[k-2].Op != vm.LOAD_CONST:
		if obj, ok := pyrt.LoadedValue(frame, ins[k-2]); ok && c.Arg < len(frame.Code.Names) {
			if v, err := py.GetAttrString(obj, frame.Code.Names[c.Arg]); err == nil {
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
