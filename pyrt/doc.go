// Package pyrt is nbcheck's runtime layer over gpython.
//
// gpython v0.2.0's own objects print and behave unlike CPython 3.11 in
// many ways. pyrt does not fork gpython: [Install] puts replacements into
// a context's builtins module (print, repr, str, format, dict, set, sorted,
// ...), adds missing methods to gpython's exported type dicts, and installs
// the reserved __nbc_* helpers that the transpiler emits (see
// docs/lowering.md). Every place that turns an object into text goes
// through [Repr], [Str] and [Format], which match CPython byte for byte.
package pyrt

// This file defines Install and the per-context state.
//
// Most of pyrt is context-free Go (Repr, Format, Dict, Set). The parts that
// need a context (print's default file, __import__) are closures built by
// Install over that context.

import (
	"github.com/go-python/gpython/py"
)

// Options configures [Install]. The zero value is the default.
type Options struct {
	// Input, when non-nil, is called by the builtin input(prompt); with
	// no Input, input() raises EOFError, as a notebook run has no stdin.
	Input func(prompt string) (string, error)
}

// Install puts pyrt's builtins, helpers and type methods into ctx. It must
// be called once per context, before any user code runs.
func Install(ctx py.Context, opts Options) error {
	installTypeMethods()
	installVM()
	b := ctx.Store().Builtins
	if b == nil {
		m, err := ctx.GetModule("builtins")
		if err != nil {
			return err
		}
		b = m
	}
	rt := &runtime{ctx: ctx, opts: opts, builtins: b}
	return rt.install()
}

// runtime is pyrt's state for one context.
type runtime struct {
	ctx      py.Context
	opts     Options
	builtins *py.Module
	// modules is sys.modules (sysmodules.go).
	modules *Dict
	// files holds the resolved path of each module imported from a file,
	// the one importlib.reload reads again.
	files map[string]string
}
