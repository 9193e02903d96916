package pyobj_test

import "testing"

// TestTpName: a class that sets __nbc_tpname__ (a pystd class standing
// for a C type) is named so in the interpreter's messages, while
// __name__, __qualname__ and its repr keep the short name.
func TestTpName(t *testing.T) {
	got := runPy(t, `
class date:
    def __lt__(self, other):
        return NotImplemented
date.__nbc_tpname__ = 'datetime.date'
print(date.__name__, date.__qualname__)
try:
    date() + 1
except TypeError as e:
    print(e)
class Sub(date):
    pass
try:
    Sub() + 1
except TypeError as e:
    print(e)
print(Sub.__name__)
`)
	want := `date date
unsupported operand type(s) for +: 'datetime.date' and 'int'
unsupported operand type(s) for +: 'Sub' and 'int'
Sub
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
