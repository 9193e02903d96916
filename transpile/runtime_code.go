package transpile

// This file holds the Python halves of the lowerings (exception groups,
// type parameters), compiled once per process, and lets a process be
// given that code compiled by another: nbcheck's parent process compiles
// it once per run and hands it to each worker process it starts, which
// would otherwise spend a few milliseconds of its start compiling it.

import (
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/go-python/gpython/py"
)

// runtimeSource is the Python half of a lowering.
type runtimeSource struct {
	name, filename, source string
	once                   sync.Once
	code                   *py.Code
	err                    error
}

// runtimeSources are all of them, by name.
var runtimeSources = map[string]*runtimeSource{}

func newRuntimeSource(name, filename, source string) *runtimeSource {
	r := &runtimeSource{name: name, filename: filename, source: source}
	runtimeSources[name] = r
	return r
}

// compiled returns the code, compiling it on first use.
func (r *runtimeSource) compiled() (*py.Code, error) {
	r.once.Do(func() {
		var code py.Object
		code, r.err = py.Compile(r.source, r.filename, py.ExecMode, 0, true)
		if r.err == nil {
			r.code = code.(*py.Code)
		}
	})
	return r.code, r.err
}

// install runs the code in a new module named module and defines its
// globals names in the builtins b.
func (r *runtimeSource) install(ctx py.Context, b *py.Module, module string, names []string) error {
	code, err := r.compiled()
	if err != nil {
		return fmt.Errorf("transpile: compiling %s: %w", r.filename, err)
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: module}})
	if err != nil {
		return err
	}
	if _, err := ctx.RunCode(code, m.Globals, m.Globals, nil); err != nil {
		return fmt.Errorf("transpile: running %s: %w", r.filename, err)
	}
	for _, name := range names {
		v, ok := m.Globals[name]
		if !ok {
			return fmt.Errorf("transpile: %s does not define %s", r.filename, name)
		}
		b.Globals[name] = v
	}
	return nil
}

// RuntimeNames returns the names of the runtime sources, sorted.
func RuntimeNames() []string { return slices.Sorted(maps.Keys(runtimeSources)) }

// RuntimeCode returns the compiled code of the runtime source name; nil
// when there is no such source or it does not compile.
func RuntimeCode(name string) *py.Code {
	r := runtimeSources[name]
	if r == nil {
		return nil
	}
	code, _ := r.compiled()
	return code
}

// SetRuntimeCode gives this process the code of runtime source name,
// compiled from the same source by the same nbcheck binary in another
// process (RuntimeCode there). It has no effect once the code is
// compiled here, or when there is no such source.
func SetRuntimeCode(name string, code *py.Code) {
	if r := runtimeSources[name]; r != nil && code != nil {
		r.once.Do(func() { r.code = code })
	}
}
