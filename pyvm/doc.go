// Package pyvm is nbcheck's own evaluator of gpython v0.2.0 code objects
// (CPython 3.4 bytecode as gpython's compiler emits it).
//
// Why: gpython's VM makes every Python call expensive. Each call goes
// through py.Call, the function's M__call__ (a new locals map, a bound
// method's new argument slice), py.VmEvalCode (a new Frame, its locals
// and stack slices) and vm.RunFrame (a new Vm struct, one indirect call
// per instruction), and nbcheck had to wrap py.VmEvalCode and
// py.VmRunFrame twice more (recursion limit, interruption, panics,
// message fixes, keyword order). pyvm replaces py.VmRunFrame ([Run]) and
// py.VmEvalCode ([EvalCode]) with one switch loop that:
//
//   - calls Python functions and methods of Python functions from
//     CALL_FUNCTION directly: arguments are bound from the caller's stack
//     into the new frame's fast locals, with no locals map, argument copy
//     or bound-method call in between;
//   - takes frames from a per-context pool and gives them back after a
//     normal return when nothing can still refer to them (see [State]);
//   - adds int and float fast paths with pre-boxed small ints;
//   - does in one place what the wrappers did: the recursion limit, the
//     interruption tick, panics turned into SystemError, the message
//     fixes and the keyword-order checks, through the hooks of hooks.go,
//     which pyrun and pyrt install (pyvm imports neither).
//
// Frames are gpython's own py.Frame, with the same stack, block stack,
// Lasti and Yielded conventions, so a generator started by gpython's VM
// (through exec or eval, say) can be resumed by pyvm and the other way
// round. Where gpython's VM is known wrong, pyvm does what CPython does:
// FOR_ITER lets an iterator's exception other than StopIteration
// propagate, `yield from` evaluates to the subiterator's return value,
// LOAD_CLASSDEREF pushes one value, unpacking errors have CPython's
// messages.
package pyvm
