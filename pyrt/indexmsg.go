package pyrt

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
// gets it too when it leaves the function that raised it (FixMessages,
// from the VM wrappers of pyrun/recursion.go and this package's
// wrapEvalCode); one caught in the frame that raised it keeps gpython's
// message (gpython has no sys.exc_info to find where it was raised).

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyvm"
)

const gpythonIndexMsg = "index out of range"

// FixIndexMessage rewrites the message of e, raised at the innermost
// entry of tb, when it is gpython's bare "index out of range".
func FixIndexMessage(e *py.Exception, tb *py.Traceback) {
	if e == nil || tb == nil || !e.Base.IsSubtype(py.IndexError) {
		return
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 || args[0] != py.String(gpythonIndexMsg) {
		return
	}
	tb = Innermost(tb)
	if msg := indexMessage(tb.Frame, FailingInstrs(tb)); msg != "" {
		e.Args = py.Tuple{py.String(msg)}
	}
}

// FixMessages gives an error leaving a frame CPython's message where
// gpython's depends on the failing instruction: an IndexError's
// (FixIndexMessage) and a missing module attribute's (FixModuleAttrError,
// modattr.go). It runs where errors leave a function's frame (pyrt's and
// pyrun's VM wrappers) and a cell (asyncshim's Loop.RunCell).
func FixMessages(err error) {
	FixIndexMessage(Raised(err))
	FixModuleAttrError(err)
}

// indexMessage returns CPython's message for the IndexError raised in
// frame by the last of ins (its instructions up to the failing one, see
// FailingInstrs), or "" when that instruction is not a subscript.
func indexMessage(frame *py.Frame, ins []Instr) string {
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
	k := len(ins) - 1 // the subscript
	// Skip the index expression: a load, -load, or load +/- load.
	switch {
	case k >= 2 && IsLoad(ins[k-1].Op):
		k -= 1
	case k >= 3 && ins[k-1].Op == vm.UNARY_NEGATIVE && IsLoad(ins[k-2].Op):
		k -= 2
	case k >= 4 && (ins[k-1].Op == vm.BINARY_ADD || ins[k-1].Op == vm.BINARY_SUBTRACT) && IsLoad(ins[k-2].Op) && IsLoad(ins[k-3].Op):
		k -= 3
	default:
		return "list index out of range"
	}
	// ins[k-1] loaded the container.
	var container py.Object
	switch c := ins[k-1]; {
	case IsLoad(c.Op):
		container, _ = LoadedValue(frame, c)
	case c.Op == vm.LOAD_ATTR && k >= 2 && IsLoad(ins[k-2].Op) && ins[k-2].Op != vm.LOAD_CONST:
		if obj, ok := LoadedValue(frame, ins[k-2]); ok && c.Arg < len(frame.Code.Names) {
			if v, err := pyvm.GetAttr(obj, frame.Code.Names[c.Arg]); err == nil {
				container = v
			}
		}
	}
	switch container.(type) {
	case py.Bytes:
		return "" // CPython's message for bytes is "index out of range" too
	case py.Tuple:
		return "tuple index out of range"
	case py.String:
		return "string index out of range"
	}
	return "list index out of range"
}
