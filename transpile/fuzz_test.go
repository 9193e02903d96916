package transpile_test

import (
	"errors"
	"testing"

	"github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/transpile"
)

// FuzzCell checks that whatever pysyntax accepts transpiles to code that
// gpython compiles, or to a clean unsupported error, and never panics.
func FuzzCell(f *testing.F) {
	for _, c := range corpusCells(f) {
		f.Add(c.src)
	}
	for _, s := range []string{"x = f'{a!r:{b}}'", "async def f():\n    await g()", "d = {**a, 1: 2}", "def f(a, /, *, b=1, c): pass", "while (x := f()): pass",
		"def f[T: int, *Ts, **P](x: T) -> T: return x", "class C[T](B):\n    def m(self): return super().m()", "type A[T] = list[T]",
		"def f():\n    return [y := x for x in r], y", "print([y := x for x in r], y)",
		"def f(a):\n    if a and (m := g(a)):\n        return m\n    return h() or (a := 2)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := pysyntax.Parse("<fuzz>", []byte(src), pysyntax.Options{TopLevelAwait: true}); err != nil {
			return
		}
		res, err := transpile.Cell(src, transpile.Options{})
		if err != nil {
			var ul transpile.ErrorList
			var se *pysyntax.SyntaxError
			if !errors.As(err, &ul) && !errors.As(err, &se) {
				t.Fatalf("Cell(%q): unexpected error %v", src, err)
			}
			return
		}
		if err := gpythonCompiles(res.Code); err != nil {
			t.Fatalf("Cell(%q): gpython cannot compile\n%s\n: %v", src, res.Code, err)
		}
	})
}
