package pyrt

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestIs(t *testing.T) {
	tup := py.Tuple{py.Int(1), py.Int(2)}
	l := py.NewList()
	tests := []struct {
		a, b py.Object
		want bool
	}{
		{tup, tup, true},
		{tup, py.Tuple{py.Int(1), py.Int(2)}, false},
		{tup, tup[:1], false},
		{py.Tuple{}, py.Tuple{}, true},
		{l, l, true},
		{l, py.NewList(), false},
		{py.None, py.None, true},
		{py.Int(1), py.Int(1), true},
		{py.Int(1), py.Float(1), false},
		{tup, py.None, false},
	}
	for i, tt := range tests {
		if got := Is(tt.a, tt.b); got != tt.want {
			t.Errorf("%d: Is = %v, want %v", i, got, tt.want)
		}
	}
}

func TestAddTuples(t *testing.T) {
	got, err := Add(py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(3)})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := Repr(got); r != "(1, 2, 3)" {
		t.Errorf("(1, 2) + (3,) = %s", r)
	}
	if _, err := Add(py.Tuple{py.Int(1)}, py.NewList()); err == nil {
		t.Errorf("tuple + list: no error")
	}
}
