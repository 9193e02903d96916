package pyrun_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/pyrun"
)

// TestSysPerKernel: what one kernel changes in sys is not in the next
// one's, as a fresh process would have it, in the same Go process (a
// reused worker): sys.modules entries, audit hooks, attributes, and the
// int/str digit limit, the one interpreter setting that is process-wide.
func TestSysPerKernel(t *testing.T) {
	first := `import sys, json
sys.modules['planted'] = 42
sys.addaudithook(lambda ev, args: print('hook', ev))
sys.set_int_max_str_digits(0)
sys.implementation.planted = 1
sys.warnoptions.append('planted')
sys.meta_path.append('planted')
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
`
	second := `import sys
print('planted' in sys.modules, 'json' in sys.modules, sys.get_int_max_str_digits())
print(hasattr(sys.implementation, 'planted'), sys.warnoptions, sys.meta_path)
sys.audit('case.event')
try:
    str(10 ** 5000)
except ValueError as e:
    print(str(e)[:26])
`
	run := func(code string) string {
		k, err := pyrun.New(pyrun.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer k.Close()
		var out strings.Builder
		if st := k.RunScript(code, "s.py", &out, &out); st != 0 {
			t.Fatalf("exit status %d: %s", st, out.String())
		}
		return out.String()
	}
	if got, want := run(first), "5001 0\n"; got != want {
		t.Errorf("first kernel: got %q, want %q", got, want)
	}
	want := "False False 4300\nFalse [] []\nExceeds the limit (4300 di\n"
	if got := run(second); got != want {
		t.Errorf("second kernel: got %q, want %q", got, want)
	}
}
