package pyrun

// This file turns gpython errors into ipykernel-style error outputs and
// CPython-style script tracebacks.

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

func jsonString(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}

// frame is one traceback entry.
type frame struct {
	file string
	line int // 1-based
	name string
	code *py.Code // the frame's code, for the source map (sourcemap.go)
	// text is the source line to show when hasText (set by mapFrames).
	text    string
	hasText bool
}

// excParts returns the exception object, its class name and str(), and
// the traceback frames of a gpython error.
func excParts(err error) (value py.Object, ename, evalue string, frames []frame) {
	var tb *py.Traceback
	switch e := err.(type) {
	case py.ExceptionInfo:
		value, tb = e.Value, e.Traceback
		if value == nil && e.Type != nil {
			value = &py.Exception{Base: e.Type, Args: py.Tuple{}, Dict: py.StringDict{}}
		}
	case *py.ExceptionInfo:
		value, tb = e.Value, e.Traceback
	case *py.Exception:
		value = e
	case *py.Type:
		value = &py.Exception{Base: e, Args: py.Tuple{}, Dict: py.StringDict{}}
	default:
		return nil, "SystemError", fmt.Sprintf("%s: %v", InternalError, err), nil
	}
	if value == nil {
		return nil, "SystemError", InternalError + ": exception without a value", nil
	}
	if e, ok := value.(*py.Exception); ok {
		pyrt.FixIndexMessage(e, tb)
	}
	ename = pyrt.TypeName(value)
	if t, ok := value.(*py.Type); ok && t.Name != "" {
		ename = t.Name
	}
	s, serr := pyrt.Str(value)
	if serr != nil {
		s = fmt.Sprintf("<exception str() failed: %v>", serr)
	}
	evalue = s
	if e, ok := value.(*py.Exception); ok && e.Base.IsSubtype(py.SyntaxError) {
		evalue, frames = syntaxParts(e)
	}
	for ; tb != nil; tb = tb.Next {
		frames = append(frames, frame{file: tb.Frame.Code.Filename, line: int(tb.Lineno), name: tb.Frame.Code.Name, code: tb.Frame.Code})
	}
	return value, ename, evalue, frames
}

// syntaxParts returns the message of a gpython SyntaxError and its
// position as a frame.
func syntaxParts(e *py.Exception) (string, []frame) {
	msg := ""
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	var frames []frame
	file, _ := e.Dict["filename"].(py.String)
	line, _ := e.Dict["lineno"].(py.Int)
	if line > 0 {
		msg = fmt.Sprintf("%s (%s, line %d)", msg, file, line)
		frames = append(frames, frame{file: string(file), line: int(line)})
	}
	return msg, frames
}

// pyError builds the PyError of a cell, with ipykernel's traceback shape:
// a rule, the class name and "Traceback (most recent call last)", one
// block per frame, and "ename: evalue".
func (k *Kernel) pyError(err error) *PyError {
	lines := []string{strings.Repeat("-", 75)}
	// The exceptions it chains to come first, as IPython shows them.
	for _, c := range chainOf(err) {
		_, ename, evalue, frames := excParts(c.info)
		lines = k.appendTraceback(lines, ename, evalue, frames, false)
		lines = append(lines, "\n"+c.separator+"\n")
	}
	value, ename, evalue, frames := excParts(err)
	lines = k.appendTraceback(lines, ename, evalue, frames, true)
	return &PyError{Ename: ename, Evalue: evalue, Traceback: lines, Value: value}
}

// chained is an exception that another one chains to, and the line
// CPython prints between the two.
type chained struct {
	info      py.ExceptionInfo
	separator string
}

const (
	causeSeparator   = "The above exception was the direct cause of the following exception:"
	contextSeparator = "During handling of the above exception, another exception occurred:"
)

// chainOf lists the exceptions err chains to, the oldest first: its
// __cause__, or else its __context__ unless suppressed, and theirs, each
// once.
func chainOf(err error) []chained {
	seen := map[*py.Exception]bool{}
	var out []chained
	x := pyvm.ExceptionOf(err)
	for x != nil && !seen[x] {
		seen[x] = true
		cause, _ := x.Cause.(*py.Exception)
		context, _ := x.Context.(*py.Exception)
		var next *py.Exception
		sep := ""
		switch {
		case cause != nil:
			next, sep = cause, causeSeparator
		case !x.SuppressContext && context != nil:
			next, sep = context, contextSeparator
		}
		if next == nil || seen[next] {
			break
		}
		out = append(out, chained{chainedInfo(next), sep})
		x = next
	}
	// Oldest first.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// appendTraceback appends one exception's block as IPython shows it:
// the header, its frames, and its last line (after an empty one for the
// exception the cell raised, not for those it chains to).
func (k *Kernel) appendTraceback(lines []string, ename, evalue string, frames []frame, raised bool) []string {
	k.mapFrames(frames)
	lines = append(lines, fmt.Sprintf("%-42sTraceback (most recent call last)", ename))
	lines = appendFrames(lines, frames)
	last := ename
	if evalue != "" {
		last += ": " + evalue
	}
	if raised {
		lines = append(lines, "")
	}
	return append(lines, last)
}

// appendFrames appends one block per frame, in IPython's order: "Cell
// In[2], line 5, in f" and the source line.
func appendFrames(lines []string, frames []frame) []string {
	for _, f := range frames {
		block := fmt.Sprintf("%s, line %d", f.file, f.line)
		if f.name != "" && f.name != "<module>" {
			block += ", in " + f.name
		}
		if f.hasText {
			block += "\n----> " + fmt.Sprint(f.line) + " " + strings.TrimSpace(f.text)
		}
		lines = append(lines, block)
	}
	return lines
}

// scriptTraceback formats an uncaught exception as CPython prints it,
// except for the ^^^^ markers CPython 3.11 prints under the failing
// expression: gpython's tracebacks know lines, not columns.
func (k *Kernel) scriptTraceback(err error) string {
	var b strings.Builder
	// The exceptions it chains to first, as CPython prints them.
	for _, c := range chainOf(err) {
		k.writeTraceback(&b, c.info)
		b.WriteString("\n" + c.separator + "\n\n")
	}
	k.writeTraceback(&b, err)
	return b.String()
}

// chainedInfo is a chained exception with its traceback.
func chainedInfo(e *py.Exception) py.ExceptionInfo {
	tb, _ := e.Traceback.(*py.Traceback)
	return py.ExceptionInfo{Type: e.Base, Value: e, Traceback: tb}
}

// writeTraceback writes one exception's traceback and last line.
func (k *Kernel) writeTraceback(b *strings.Builder, err error) {
	value, ename, evalue, frames := excParts(err)
	k.mapFrames(frames)
	ename = qualifiedName(value, ename)
	if len(frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
	}
	for _, f := range frames {
		name := f.name
		if name == "" {
			name = "<module>"
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", f.file, f.line, name)
		if t := strings.TrimSpace(f.text); f.hasText && t != "" {
			fmt.Fprintf(b, "    %s\n", t)
		}
	}
	b.WriteString(ename)
	if evalue != "" {
		b.WriteString(": " + evalue)
	}
	b.WriteString("\n")
}

// qualifiedName is the name CPython's traceback gives the class of value
// on its last line: module.QualName, or the bare name for a class of
// builtins or __main__ (statistics.StatisticsError, json.decoder.
// JSONDecodeError, but ValueError and a script's own classes). ename is
// the fallback.
func qualifiedName(value py.Object, ename string) string {
	if value == nil {
		return ename
	}
	t := value.Type()
	m, err := py.GetAttrString(t, "__module__")
	if err != nil {
		return ename
	}
	mod, ok := m.(py.String)
	if !ok || mod == "" || mod == "builtins" || mod == "__main__" {
		return ename
	}
	name := ename
	if q, err := py.GetAttrString(t, "__qualname__"); err == nil {
		if qs, ok := q.(py.String); ok && qs != "" {
			name = string(qs)
		}
	}
	return string(mod) + "." + name
}
