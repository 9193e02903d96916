package pyrt

// This file lets packages see every code object the kernel compiles
// from a cell, a script or a string given to exec or eval, before it
// runs (pyobj declares the attribute names the code may set on
// exceptions).

import (
	"sync"

	"github.com/go-python/gpython/py"
)

var (
	compileHooksMu sync.RWMutex
	compileHooks   []func(*py.Code)
)

// OnCompile registers f to be called with each code object the kernel
// compiles. Call it from an init function.
func OnCompile(f func(*py.Code)) {
	compileHooksMu.Lock()
	defer compileHooksMu.Unlock()
	compileHooks = append(compileHooks, f)
}

// Compiled calls the OnCompile functions with code.
func Compiled(code *py.Code) {
	compileHooksMu.RLock()
	defer compileHooksMu.RUnlock()
	for _, f := range compileHooks {
		f(code)
	}
}
