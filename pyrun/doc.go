// Package pyrun runs notebook cells on gpython.
//
// A [Kernel] is one notebook namespace (__main__) in one gpython context,
// with ipykernel's semantics: stdout and stderr captured in write order,
// the value of a cell's last expression displayed as an execute_result
// (through the __nbc_display helper the transpiler emits), display(),
// _/__/___/Out/In, and uncaught exceptions turned into error outputs.
// A Go panic inside gpython becomes an exception in that cell, and deep
// recursion raises RecursionError instead of overflowing the Go stack.
//
// The code a Kernel runs is already in gpython's dialect: the transpiler
// runs before.
package pyrun
