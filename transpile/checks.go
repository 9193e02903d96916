package transpile

// This file defines stand-ins for the interruption checks the transpiler
// emits on loop back-edges (docs/lowering.md): `__nbc_on` in while tests
// and comprehensions, `__nbc_loop(x)` around a for loop's iterable and
// `__nbc_tick()` in its else clause. pyrun installs the real ones, which
// raise when a cell runs past its limits; these never interrupt, so that
// lowered code also runs on a bare gpython context.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// installChecks adds the stand-ins to builtins b unless they are there.
func installChecks(b *py.Module) {
	if _, ok := b.Globals["__nbc_on"]; ok {
		return
	}
	b.Globals["__nbc_on"] = py.True
	b.Globals["__nbc_tick"] = py.MustNewMethod("__nbc_tick", func(py.Object, py.Tuple) (py.Object, error) {
		return py.None, nil
	}, 0, "__nbc_tick() checks whether the cell must stop")
	b.Globals["__nbc_loop"] = py.MustNewMethod("__nbc_loop", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_loop expected 1 argument, got %d", len(args))
		}
		return pyrt.Iter(args[0])
	}, 0, "__nbc_loop(x) is iter(x), checking at each step whether the cell must stop")
}
