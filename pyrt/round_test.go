package pyrt_test

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// rounder is a Go type with __round__, as pyobj's instances of classes
// that define it are.
type rounder struct{}

var rounderType = py.NewType("Rounder", "")

func (rounder) Type() *py.Type { return rounderType }

func (rounder) M__round__(n py.Object) (py.Object, error) {
	return py.Tuple{py.String("round"), n}, nil
}

func TestRoundCallsMRound(t *testing.T) {
	src := "print(round(R()), round(R(), 2), round(R(), None))\n"
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "roundertest"},
		Methods: []*py.Method{py.MustNewMethod("R", func(py.Object, py.Tuple) (py.Object, error) { return rounder{}, nil }, 0, "")},
	})
	got := runPy(t, "round.py", "from roundertest import R\n"+src)
	if want := "('round', None) ('round', 2) ('round', None)\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestIntFloatOfBool(t *testing.T) {
	got := runPy(t, "bool.py", "print(int(True), int(False), float(True), float(False), int(3 > 2))\n")
	if want := "1 0 1.0 0.0 1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
