package pyvm

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestNotEq: the __ne__ built from an __eq__ result passes errors and
// NotImplemented through and negates the truth of anything else.
func TestNotEq(t *testing.T) {
	boom := errors.New("boom")
	if r, err := NotEq(nil, boom); r != nil || err != boom {
		t.Errorf("error: got %v, %v", r, err)
	}
	for _, c := range []struct{ eq, want py.Object }{
		{py.NotImplemented, py.NotImplemented},
		{py.True, py.False},
		{py.False, py.True},
		{py.Int(2), py.False},
		{py.Tuple{}, py.True},
	} {
		if r, err := NotEq(c.eq, nil); err != nil || r != c.want {
			t.Errorf("NotEq(%v) = %v, %v; want %v", c.eq, r, err, c.want)
		}
	}
}
