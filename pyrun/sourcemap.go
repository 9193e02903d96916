package pyrun

// This file maps traceback lines back to the user's source. The code a
// kernel runs is the transpiler's output, whose lines can differ from the
// source's (a rewrite that needs more lines shifts what follows, and
// prologues such as hoisted decorators take lines of their own). Every
// code object compiled from transpiled source is registered, with its
// nested functions, against the original source and the transpiler's
// line map, so that a traceback names the user's line and shows the
// user's text, wherever the frame's function was defined (an earlier
// cell, an exec'd string, the script).

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/transpile"
)

// sourceInfo is the original source of compiled code.
type sourceInfo struct {
	lines []string           // the original source, split into lines
	m     *transpile.LineMap // generated line -> original line; nil: the same
	show  bool               // print the source line (not for exec'd strings)
}

// maxExecSources bounds the code objects registered for exec'd strings,
// so that exec in a loop cannot grow the registry without end.
const maxExecSources = 4096

// newSource returns the sourceInfo of src transpiled with map m.
func newSource(src string, m *transpile.LineMap, show bool) *sourceInfo {
	return &sourceInfo{lines: strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n"), m: m, show: show}
}

// register records si as the source of code and every code object nested
// in it.
func (k *Kernel) register(code *py.Code, si *sourceInfo) {
	if code == nil || si == nil {
		return
	}
	if k.sources == nil {
		k.sources = map[*py.Code]*sourceInfo{}
	}
	if !si.show && len(k.sources) >= maxExecSources {
		return
	}
	k.sources[code] = si
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			k.register(sub, si)
		}
	}
}

// mapFrames rewrites the frames' lines to the original source's and
// attaches its text.
func (k *Kernel) mapFrames(frames []frame) {
	for i := range frames {
		f := &frames[i]
		si := k.sources[f.code]
		if si == nil {
			continue
		}
		if si.m != nil && f.line >= 1 {
			l, _ := si.m.Find(f.line - 1)
			f.line = l + 1
		}
		f.text, f.hasText = "", false
		if si.show && f.line >= 1 && f.line <= len(si.lines) {
			f.text, f.hasText = si.lines[f.line-1], true
		}
	}
}
