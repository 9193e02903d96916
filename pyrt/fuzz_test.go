package pyrt_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

var fuzzValues = []py.Object{
	py.Int(-1234567), py.Float(-0.0), py.Float(3.14159), py.String("héllo"),
	py.True, py.Complex(complex(1, -2)), py.None, py.Tuple{py.Int(1)},
}

// FuzzFormat checks that no format spec makes Format panic.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"", ">10", "*^+#010,.3f", "_x", "z.2e", "c", "%", ".0g", "=+8,d", "\x00<5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		for _, v := range fuzzValues {
			pyrt.Format(v, spec)
		}
	})
}

// FuzzStrFormat checks that no template makes str.format panic.
func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0[1]}", "{x.real!r:>{w}}", "{{}}", "{:{}}", "{0", "}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tmpl string) {
		kw := pyrt.NewDict()
		kw.SetItem(py.String("x"), py.Complex(complex(1, 2)))
		kw.SetItem(py.String("w"), py.Int(5))
		pyrt.StrFormat(tmpl, py.Tuple{py.String("a"), py.NewListFromItems([]py.Object{py.Int(1), py.Int(2)})}, kw)
	})
}

// FuzzPercent checks that no %-template makes PercentFormat panic.
func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s %%", "%-*.*f", "%#010x", "%c", "%(", "%5.2e %r %a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tmpl string) {
		pyrt.PercentFormat(tmpl, py.Tuple{py.Int(5), py.Int(2), py.Float(1.5), py.String("x")})
		d := pyrt.NewDict()
		d.SetItem(py.String("a"), py.Int(1))
		pyrt.PercentFormat(tmpl, d)
	})
}
