package transpile_test

import "testing"

// TestExecLowering: calls of the names exec and eval pass the caller's
// namespaces to __nbc_exec (docs/lowering.md).
func TestExecLowering(t *testing.T) {
	expectTranspiled(t, "exec(src, ns);", "__nbc_exec(exec, __nbc_globals(), __nbc_locals(), src, ns)")
	expectTranspiled(t, "x = eval('1')", "x = __nbc_exec(eval, __nbc_globals(), __nbc_locals(), '1')")
	expectTranspiled(t, "exec(*a);", "exec(*a)")
	expectTranspiled(t, "y = m.exec(s)", "y = m.exec(s)")
}
