package pyvm

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestIdentical(t *testing.T) {
	tup := py.Tuple{py.Int(1), py.Int(2)}
	b := py.Bytes("ab")
	l := py.NewList()
	d := py.StringDict{}
	tests := []struct {
		a, b py.Object
		want bool
	}{
		{tup, tup, true},
		{tup, py.Tuple{py.Int(1), py.Int(2)}, false},
		{tup, tup[:1], false},
		{py.Tuple{}, py.Tuple{}, true}, // CPython's one empty tuple
		{b, b, true},
		{b, py.Bytes("ab"), false},
		{py.Bytes{}, py.Bytes(""), true},
		{d, d, true},
		{d, py.StringDict{}, false},
		{l, l, true},
		{l, py.NewList(), false},
		{py.None, py.None, true},
		{py.Int(1), py.Int(1), true},
		{py.Int(1), py.Float(1), false},
		{py.Int(1), py.True, false},
		{tup, py.None, false},
		{nil, nil, true},
		{nil, py.None, false},
	}
	for i, tt := range tests {
		if got := Identical(tt.a, tt.b); got != tt.want {
			t.Errorf("%d: Identical = %v, want %v", i, got, tt.want)
		}
	}
}

// notBool's __bool__ returns an int, which CPython refuses.
type notBool struct{}

func (notBool) Type() *py.Type                { return py.ObjectType }
func (notBool) M__bool__() (py.Object, error) { return py.Int(1), nil }

// plain has neither __eq__ nor __ne__.
type plain struct{ _ int }

func (*plain) Type() *py.Type { return py.ObjectType }

// neverEq is equal to nothing, itself included.
type neverEq struct{ _ int }

func (*neverEq) Type() *py.Type                       { return py.ObjectType }
func (*neverEq) M__eq__(py.Object) (py.Object, error) { return py.False, nil }

// eqOnly has __eq__ (equal to every eqOnly) and no __ne__.
type eqOnly struct{ v int }

func (eqOnly) Type() *py.Type { return py.ObjectType }
func (x eqOnly) M__eq__(o py.Object) (py.Object, error) {
	y, ok := o.(eqOnly)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(x.v == y.v), nil
}

func TestTruth(t *testing.T) {
	for _, tt := range []struct {
		x    py.Object
		want bool
	}{
		{py.None, false}, {py.Bytes{}, false}, {py.Bytes("a"), true},
		{py.Int(0), false}, {py.Int(-1), true}, {py.String(""), false},
		{py.Tuple{py.None}, true}, {py.NewList(), false},
	} {
		got, err := Truth(tt.x)
		if err != nil || got != tt.want {
			t.Errorf("Truth(%#v) = %v, %v; want %v", tt.x, got, err, tt.want)
		}
	}
	_, err := Truth(notBool{})
	if err == nil || !strings.Contains(err.Error(), "__bool__ should return bool, returned int") {
		t.Errorf("Truth of a __bool__ returning an int: %v", err)
	}
}

// TestEqFallback: == and != with no method on either side are identity,
// as CPython; gpython's py.Eq and py.Ne raised TypeError for two objects
// of one type.
func TestEqFallback(t *testing.T) {
	m1, m2 := &plain{}, &plain{} // as two functions or modules
	cases := []struct {
		a, b   py.Object
		eq, ne bool
	}{
		{m1, m1, true, false},
		{m1, m2, false, true},
		{eqOnly{1}, eqOnly{1}, true, false}, // != inverts __eq__
		{eqOnly{1}, eqOnly{2}, false, true},
		{eqOnly{1}, m1, false, true},
		{m1, eqOnly{1}, false, true},
	}
	for i, c := range cases {
		for _, ne := range []bool{false, true} {
			r, err := richEq(c.a, c.b, ne)
			want := c.eq
			if ne {
				want = c.ne
			}
			if err != nil || r != py.NewBool(want) {
				t.Errorf("%d: richEq(ne=%v) = %v, %v; want %v", i, ne, r, err, want)
			}
		}
	}
	// Containers compare items with Eq: identity first (an object that
	// is never equal, like nan, is still equal to itself), then ==.
	x := &neverEq{}
	l := []py.Object{m1, x, py.Int(3)}
	if eq, err := itemsEqual(l, []py.Object{m1, x, py.Int(3)}); err != nil || !eq {
		t.Errorf("[m1, x, 3] == [m1, x, 3]: %v, %v", eq, err)
	}
	if eq, err := itemsEqual(l, []py.Object{m1, &neverEq{}, py.Int(3)}); err != nil || eq {
		t.Errorf("[m1, x, 3] == [m1, y, 3]: %v, %v", eq, err)
	}
	for _, c := range []struct {
		a    py.Object
		want bool
	}{{m1, true}, {m2, false}, {x, true}, {&neverEq{}, false}, {py.Float(3), true}} {
		if in, err := itemsContain(l, c.a); err != nil || in != c.want {
			t.Errorf("%v in [m1, x, 3]: %v, %v", c.a, in, err)
		}
	}
}
