package pyrt

// This file rewrites the messages of some exceptions gpython raises into
// CPython's wording (gap C-MSG). gpython builds them inside its Go
// methods, where nbcheck cannot reach, so the rewrite happens when an
// exception is turned into text (str(e), repr(e), error outputs). Only
// messages whose exact shape is gpython's own are rewritten, so a user's
// message is left alone.

import (
	"regexp"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

var (
	reNoAttr  = lazyRegexp(`^'([A-Za-z_][\w.]*)' has no attribute '([^']*)'$`)
	reBinOp   = lazyRegexp(`^unsupported operand type\(s\) for (\S+): '([\w.]+)' and '([\w.]+)'$`)
	reUnaryOp = lazyRegexp(`^unsupported operand type\(s\) for (\S+): '([\w.]+)'$`)
)

var sequenceTypes = map[string]bool{"str": true, "list": true, "tuple": true, "bytes": true, "bytearray": true}

// cpythonMessage returns CPython's message for a gpython message of an
// exception of type t.
func cpythonMessage(t *py.Type, msg string) string {
	switch {
	case t.IsSubtype(py.AttributeError):
		if m := reNoAttr().FindStringSubmatch(msg); m != nil && m[1] != "module" && m[1] != "type" {
			return "'" + m[1] + "' object has no attribute '" + m[2] + "'"
		}
	case t.IsSubtype(py.TypeError):
		if m := reBinOp().FindStringSubmatch(msg); m != nil {
			op, a, b := m[1], m[2], m[3]
			switch op {
			case "<", "<=", ">", ">=":
				return "'" + op + "' not supported between instances of '" + a + "' and '" + b + "'"
			case "+":
				if (a == "str" || a == "list" || a == "tuple") && a != b {
					return "can only concatenate " + a + " (not \"" + b + "\") to " + a
				}
			case "*":
				if sequenceTypes[a] && b != "int" && b != "bool" {
					return "can't multiply sequence by non-int of type '" + b + "'"
				}
				if sequenceTypes[b] && a != "int" && a != "bool" {
					return "can't multiply sequence by non-int of type '" + a + "'"
				}
			}
		}
		if m := reUnaryOp().FindStringSubmatch(msg); m != nil {
			switch m[1] {
			case "abs":
				return "bad operand type for abs(): '" + m[2] + "'"
			case "-", "+", "~":
				return "bad operand type for unary " + m[1] + ": '" + m[2] + "'"
			}
		}
	case t.IsSubtype(py.OverflowError):
		if msg == "long int too large to convert to float" {
			return "int too large to convert to float"
		}
	case t.IsSubtype(py.ValueError):
		if strings.HasPrefix(msg, "need more than ") && strings.HasSuffix(msg, " value(s) to unpack") {
			n := strings.TrimSuffix(strings.TrimPrefix(msg, "need more than "), " value(s) to unpack")
			return "not enough values to unpack (got " + n + ")"
		}
	}
	return msg
}

// excMessageArgs returns e's args with a gpython message rewritten.
func excMessageArgs(e *py.Exception) py.Tuple {
	args := excArgs(e)
	if len(args) != 1 {
		return args
	}
	s, ok := args[0].(py.String)
	if !ok {
		return args
	}
	if m := cpythonMessage(e.Base, string(s)); m != string(s) {
		return py.Tuple{py.String(m)}
	}
	return args
}

// lazyRegexp returns a function that compiles expr on its first call, so
// that a process starting does not compile expressions it may never use
// (nbcheck starts one worker process per notebook).
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
