package transpile

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestRuntimeCode checks that every runtime source compiles, and that
// code given with SetRuntimeCode is what the process then uses, while
// code given after the source was compiled here is ignored.
func TestRuntimeCode(t *testing.T) {
	if len(RuntimeNames()) < 2 {
		t.Fatalf("RuntimeNames() = %v, want the exception groups and the type parameters", RuntimeNames())
	}
	for _, name := range RuntimeNames() {
		if RuntimeCode(name) == nil {
			t.Errorf("runtime source %s does not compile", name)
		}
	}
	if RuntimeCode("no such source") != nil {
		t.Error("RuntimeCode of an unknown name is not nil")
	}
	given := &py.Code{Name: "given"}
	newRuntimeSource("test-given", "<test>", "x = 1\n")
	defer delete(runtimeSources, "test-given")
	SetRuntimeCode("test-given", given)
	if got := RuntimeCode("test-given"); got != given {
		t.Errorf("after SetRuntimeCode, RuntimeCode = %v, want the code given", got)
	}
	compiled := RuntimeCode("exceptstar")
	SetRuntimeCode("exceptstar", given)
	if got := RuntimeCode("exceptstar"); got != compiled {
		t.Error("SetRuntimeCode replaced code already compiled")
	}
}
