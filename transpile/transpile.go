// Package transpile turns Python 3.12 notebook cells into the Python 3.4
// dialect that gpython v0.2.0 compiles, with a source map.
package transpile

// This file defines the entry points, the feature gate and the error
// types. The pipeline is: IPython input transforms and magics (cell.go),
// parse with pysyntax, refuse names gpython cannot read (idents.go),
// rewrite generic definitions (lower_typeparams.go), then one printing
// walk over the tree (print.go) that lowers each modern construct as it
// meets it (lower_*.go) and records a line map (linemap.go). The walk
// asks analyses computed once per scope or function as it needs them:
// scopes and closures (scope.go), which + and < may be tuples
// (lower_binop.go), which walruses move (lower_walrus.go). Every
// construct that cannot be lowered goes through one gate,
// printer.unsupported, so that the message and position are uniform and
// no code is dropped silently. The helpers the lowered code calls are
// listed in docs/lowering.md; those implemented here are installed by
// InstallHelpers (helpers.go, *_rt.go).

import (
	"errors"
	"fmt"
	"strings"
	"unsafe"

	"github.com/nbcheck/nbcheck/pysyntax"
)

// Feature is a bitset of the modern-Python constructs a cell uses that
// needed lowering (or could not be lowered).
type Feature uint64

// The features; keep featureNames in step.
const (
	FString        Feature = 1 << iota // f-strings
	AsyncDef                           // async def
	Await                              // await
	AsyncFor                           // async for
	AsyncWith                          // async with
	AsyncComp                          // async comprehensions
	DictDisplay                        // dict displays and comprehensions
	SetDisplay                         // set displays and comprehensions
	Unpack                             // PEP 448 unpacking
	Walrus                             // assignment expressions :=
	Match                              // match statement
	PosOnly                            // positional-only parameters /
	KwOnlyDefaults                     // keyword-only parameters with defaults
	Annotation                         // annotations
	NumUnderscore                      // underscores in numeric literals
	MatMul                             // @ and @=
	ExceptStar                         // except*
	ZeroArgSuper                       // zero-argument super()
	NameMangling                       // private names __x in a class
	ForIter                            // loops over iterators that may raise
	PercentFormat                      // % whose left operand may be a str (not a number literal)
	YieldFrom                          // yield from whose value is used
	Closure                            // arguments captured by closures
	Display                            // the cell's last expression is displayed
	Magic                              // IPython magics and shell lines
	TypeParams                         // PEP 695 type parameters and type statements
	Lambda                             // lambdas whose arguments are captured
)

// featureNames are the features' names, indexed by bit; keep in step with
// the constants above.
var featureNames = [...]string{
	"f-string", "async def", "await", "async for", "async with",
	"async comprehension", "dict display", "set display", "unpacking",
	"assignment expression", "match", "positional-only parameter",
	"keyword-only default", "annotation", "numeric underscore", "@",
	"except*", "super()", "name mangling", "for loop", "% formatting",
	"yield from", "closure", "display", "magic", "type parameters", "lambda",
}

// String returns the names of the features in f, joined by ", ".
func (f Feature) String() string {
	var names []string
	for i, n := range featureNames {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// Options controls transpiling. The zero value is the default.
type Options struct {
	// Filename names the source in syntax errors.
	Filename string
	// NoChecks leaves out the interruption checks on loop back-edges
	// (docs/lowering.md: __nbc_on, __nbc_loop), for measuring what they
	// cost; code without them cannot be stopped at its time limit.
	NoChecks bool
}

// Result is a transpiled cell or script.
type Result struct {
	// Code is the gpython-dialect source.
	Code string
	// Map maps lines of Code back to the original source.
	Map *LineMap
	// Features are the constructs that were lowered.
	Features Feature
	// Notes say what was skipped or emulated (shell lines, %pip, %time),
	// one sentence each.
	Notes []string
	// Skipped are the lines the cell could not run and skipped (shell
	// commands, %pip, %conda), as written: what they printed cannot be
	// reproduced.
	Skipped []string
}

// Pos is a position in the original cell or script.
type Pos struct {
	Line int // 1-based
	Col  int // 1-based, in bytes
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// UnsupportedError reports a construct that gpython cannot run and the
// transpiler cannot lower.
type UnsupportedError struct {
	Feature Feature
	Pos     Pos
	Msg     string
}

// Error formats the error as "line:col: msg".
func (e *UnsupportedError) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is every unsupported construct of one cell, in source order.
// It has at least one element.
type ErrorList []*UnsupportedError

// Error returns the first error's message, with a count of the others.
func (l ErrorList) Error() string {
	if len(l) == 1 {
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", l[0].Error(), len(l)-1)
}

// Unwrap returns the errors, so that errors.As finds an *UnsupportedError.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

var _ error = (*UnsupportedError)(nil)
var _ error = ErrorList(nil)

// Script transpiles a whole Python file: no top-level await, no display
// of the last expression, no magics. The error is a
// *pysyntax.SyntaxError or an [ErrorList].
func Script(src string, opts Options) (*Result, error) {
	mod, err := pysyntax.ParseString(filename(opts), src, pysyntax.Options{})
	if err != nil {
		return nil, err
	}
	return emit(mod, src, nil, opts)
}

// Module transpiles a parsed module as a script. It rewrites parts of the
// tree in place (generic definitions: lower_typeparams.go), so the tree
// is not to be printed or transpiled again.
func Module(mod *pysyntax.Module, src string, opts Options) (*Result, error) {
	return emit(mod, src, nil, opts)
}

func filename(opts Options) string {
	if opts.Filename == "" {
		return "<cell>"
	}
	return opts.Filename
}

// emit prints mod with the cell plan c (nil for a script).
func emit(mod *pysyntax.Module, src string, c *cellPlan, opts Options) (*Result, error) {
	p := newPrinter(src)
	p.noChecks = opts.NoChecks
	p.cell = c
	p.root = mod
	p.module(mod)
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	// The buffer is never written again: the code can share it.
	res := &Result{Code: unsafe.String(unsafe.SliceData(p.buf), len(p.buf)), Map: p.lm, Features: p.features}
	if c != nil {
		res.Notes, res.Skipped = c.notes, c.skipped
	}
	return res, nil
}

// IsUnsupported reports whether err is (or wraps) an [UnsupportedError].
func IsUnsupported(err error) bool {
	var u *UnsupportedError
	return errors.As(err, &u)
}
