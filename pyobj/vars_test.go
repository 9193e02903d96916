package pyobj_test

import "testing"

// TestVarsIsDict: vars() and __dict__ are dicts for isinstance, as in
// CPython (json's encoder serialises vars(obj)).
func TestVarsIsDict(t *testing.T) {
	got := runPy(t, `
class P:
    def __init__(self):
        self.x = 1
p = P()
print(isinstance(vars(p), dict), isinstance(p.__dict__, dict), isinstance(p, dict))
`)
	if want := "True True False\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
