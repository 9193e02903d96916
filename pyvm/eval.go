package pyvm

// This file is the instruction loop. Semantics are CPython 3.4's (its
// dis documentation and ceval.c's stack layouts), on gpython's frames:
// the value stack is frame.Stack (a slice whose length is the stack
// level), blocks are frame.Blockstack/frame.Block, frame.Lasti is the
// offset of the next instruction, and a generator's frame has Yielded
// set while it is suspended. The loop keeps the stack in locals and
// writes it back to the frame whenever it leaves.

import (
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/internal/numcmp"
)

// why says why the loop is unwinding; the numbers are gpython's (an
// END_FINALLY may pop one pushed by gpython's VM).
type why byte

const (
	whyNot       why = iota // running normally
	whyException            // an exception is propagating
	whyReturn               // return statement
	whyBreak                // break statement
	whyContinue             // continue statement
	whyYield                // the frame yielded
	whySilenced             // a with statement's __exit__ silenced the exception
)

// stackSlack is the room kept above the compiler's stack size: the
// exception machinery pushes six values beyond what it counts.
const stackSlack = 8

const (
	nameErrorMsg       = "name '%s' is not defined"
	unboundLocalMsg    = "cannot access local variable '%s' where it is not associated with a value"
	unboundFreeMsg     = "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
	cannotCatchMsg     = "catching '%s' that does not inherit from BaseException is not allowed"
	catchClassesNeeded = "catching classes that do not inherit from BaseException is not allowed"
)

// guarded runs f with what every Python call gets: the depth limit, the
// interruption check (unless tick is false: module code, whose first
// statements may be what ends an interruption), a panic turned into an
// exception, and the message fixes of the error leaving the frame. keep reports that f may still be
// referred to (see State).
func guarded(f *py.Frame, st *State, tick bool) (res py.Object, err error, keep bool) {
	if st != nil {
		if st.Depth >= st.Limit {
			return nil, RecursionError(), false
		}
		if tick && st.Tick != nil {
			if err := st.Tick(); err != nil {
				return nil, err, false
			}
		}
		st.Depth++
	}
	var outer py.ExceptionInfo // the callers' handled exception
	if st != nil {
		outer = st.Handled
	}
	defer func() {
		if st != nil {
			st.Depth--
			st.Handled = outer
		}
		if r := recover(); r != nil {
			res, err, keep = nil, Panic(r), true
			if FixError != nil {
				FixError(err)
			}
		}
	}()
	res, err, keep = run(f, st)
	if err != nil && f.Code.Flags&py.CO_GENERATOR != 0 {
		err = generatorRaised(f, err)
	}
	if err != nil && FixError != nil {
		FixError(err)
	}
	return res, err, keep
}

// generatorRaised ends a generator whose body raised err: gpython's
// generator would resume it after the raising statement at the next
// next(), or run it again from the start if it had not yielded yet;
// CPython's is finished. A StopIteration leaving the body becomes
// RuntimeError "generator raised StopIteration", its cause (PEP 479).
func generatorRaised(f *py.Frame, err error) error {
	f.Yielded = false
	if f.Lasti == 0 {
		f.Lasti = int32(len(f.Code.Code))
	}
	x := ExceptionOf(err)
	if x == nil || !x.Base.IsSubtype(py.StopIteration) {
		return err
	}
	r := py.ExceptionNewf(py.RuntimeError, "generator raised StopIteration")
	r.Cause, r.Context, r.SuppressContext = x, x, true
	if ei, ok := err.(py.ExceptionInfo); ok {
		return py.ExceptionInfo{Type: py.RuntimeError, Value: r, Traceback: ei.Traceback}
	}
	return r
}

// grow returns a bigger copy of stack's first sp values.
func grow(stack []py.Object, sp, need int) []py.Object {
	n := make([]py.Object, 2*len(stack)+need)
	copy(n, stack[:sp])
	return n
}

// run is the loop. It returns the frame's return or yielded value, or
// the exception leaving it; keep as for guarded.
func run(f *py.Frame, st *State) (retval py.Object, err error, keep bool) {
	co := f.Code
	code := co.Code
	if int(f.Lasti) >= len(code) {
		return nil, errorf(py.SystemError, "vm: instruction out of range - code most likely finished already"), false
	}
	stack := f.Stack[:cap(f.Stack)]
	sp := len(f.Stack)
	if need := int(co.Stacksize) + stackSlack; len(stack) < need {
		stack = grow(stack, sp, need)
	}
	fast := f.Localsplus
	var (
		reason why
		curexc py.ExceptionInfo // the exception propagating
		exc    py.ExceptionInfo // the exception being handled (bare raise)
		ext    int
		// pendSlot is the stack slot of a function LOAD_ATTR pushed
		// for the CALL_FUNCTION that follows, to be called with
		// pendSelf first (attr.go); -1 when there is none.
		pendSlot = -1
		pendSelf py.Object
		// lent says that a slice of the stack was given to Go code as
		// arguments: the frame's stack array is then not kept for reuse.
		lent bool
	)
	pc := int(f.Lasti)
	var outer py.ExceptionInfo // the callers' handled exception
	if st != nil {
		outer = st.Handled
	}

	for {
		if len(stack)-sp < stackSlack {
			stack = grow(stack, sp, stackSlack)
		}
		at := pc // the instruction's address, for its traceback line
		op := vm.OpCode(code[pc])
		pc++
		var arg int
		if op >= vm.HAVE_ARGUMENT {
			arg = int(code[pc]) | int(code[pc+1])<<8 | ext
			ext = 0
			pc += 2
		}
		var e error
		switch op {
		case vm.NOP:
			continue
		case vm.POP_TOP:
			sp--
			stack[sp] = nil
			continue
		case vm.ROT_TWO:
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
			continue
		case vm.ROT_THREE:
			stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
			continue
		case vm.DUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
			continue
		case vm.DUP_TOP_TWO:
			stack[sp], stack[sp+1] = stack[sp-2], stack[sp-1]
			sp += 2
			continue

		case vm.LOAD_FAST:
			if v := fast[arg]; v != nil {
				stack[sp] = v
				sp++
				continue
			}
			e = errorf(py.UnboundLocalError, unboundLocalMsg, co.Varnames[arg])
		case vm.STORE_FAST:
			sp--
			fast[arg] = stack[sp]
			stack[sp] = nil
			continue
		case vm.DELETE_FAST:
			if fast[arg] == nil {
				e = errorf(py.UnboundLocalError, unboundLocalMsg, co.Varnames[arg])
			} else {
				fast[arg] = nil
				continue
			}
		case vm.LOAD_CONST:
			stack[sp] = co.Consts[arg]
			sp++
			continue
		case vm.LOAD_GLOBAL:
			name := co.Names[arg]
			if v, ok := f.Globals[name]; ok {
				stack[sp] = v
				sp++
				continue
			}
			if v, ok := f.Builtins[name]; ok {
				stack[sp] = v
				sp++
				continue
			}
			e = nameError(name)
		case vm.LOAD_NAME:
			name := co.Names[arg]
			if v, ok := lookupName(f, name); ok {
				stack[sp] = v
				sp++
				continue
			}
			e = nameError(name)
		case vm.STORE_NAME:
			if f.Locals == nil {
				f.Locals = py.NewStringDict()
				keep = true
			}
			sp--
			f.Locals[co.Names[arg]] = stack[sp]
			stack[sp] = nil
			continue
		case vm.DELETE_NAME:
			name := co.Names[arg]
			if _, ok := f.Locals[name]; !ok {
				e = nameError(name)
			} else {
				delete(f.Locals, name)
				continue
			}
		case vm.STORE_GLOBAL:
			sp--
			f.Globals[co.Names[arg]] = stack[sp]
			stack[sp] = nil
			continue
		case vm.DELETE_GLOBAL:
			name := co.Names[arg]
			if _, ok := f.Globals[name]; !ok {
				e = nameError(name)
			} else {
				delete(f.Globals, name)
				continue
			}
		case vm.LOAD_CLOSURE:
			stack[sp] = f.CellAndFreeVars[arg]
			sp++
			continue
		case vm.LOAD_DEREF:
			if v := f.CellAndFreeVars[arg].(*py.Cell).Get(); v != nil {
				stack[sp] = v
				sp++
				continue
			}
			e = unboundDeref(co, arg)
		case vm.LOAD_CLASSDEREF:
			name, _ := derefName(co, arg)
			if v, ok := f.Locals[name]; ok {
				stack[sp] = v
				sp++
				continue
			}
			if v := f.CellAndFreeVars[arg].(*py.Cell).Get(); v != nil {
				stack[sp] = v
				sp++
				continue
			}
			e = unboundDeref(co, arg)
		case vm.STORE_DEREF:
			sp--
			f.CellAndFreeVars[arg].(*py.Cell).Set(stack[sp])
			stack[sp] = nil
			continue
		case vm.DELETE_DEREF:
			c := f.CellAndFreeVars[arg].(*py.Cell)
			if c.Get() == nil {
				e = unboundDeref(co, arg)
			} else {
				c.Delete()
				continue
			}
		case vm.LOAD_ATTR:
			if pendSlot < 0 && callsNext(code, pc) {
				if fn, ok := methodOf(stack[sp-1], co.Names[arg]); ok {
					pendSlot, pendSelf = sp-1, stack[sp-1]
					stack[sp-1] = fn
					continue
				}
			}
			var v py.Object
			v, e = getAttr(stack[sp-1], co.Names[arg])
			if e == nil {
				stack[sp-1] = v
				continue
			}
			attrErrorContext(e, stack[sp-1], co.Names[arg])
		case vm.STORE_ATTR:
			e = setAttr(stack[sp-1], co.Names[arg], stack[sp-2])
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
		case vm.DELETE_ATTR:
			sp--
			e = py.DeleteAttrString(stack[sp], co.Names[arg])
			stack[sp] = nil

		case vm.UNARY_POSITIVE, vm.UNARY_NEGATIVE, vm.UNARY_NOT, vm.UNARY_INVERT:
			var v py.Object
			v, e = unary(op, stack[sp-1])
			if e == nil {
				stack[sp-1] = v
				continue
			}
		case vm.BINARY_ADD, vm.BINARY_SUBTRACT, vm.BINARY_MULTIPLY, vm.BINARY_MODULO,
			vm.BINARY_POWER, vm.BINARY_FLOOR_DIVIDE, vm.BINARY_TRUE_DIVIDE,
			vm.BINARY_LSHIFT, vm.BINARY_RSHIFT, vm.BINARY_AND, vm.BINARY_XOR, vm.BINARY_OR,
			vm.INPLACE_ADD, vm.INPLACE_SUBTRACT, vm.INPLACE_MULTIPLY, vm.INPLACE_MODULO,
			vm.INPLACE_POWER, vm.INPLACE_FLOOR_DIVIDE, vm.INPLACE_TRUE_DIVIDE,
			vm.INPLACE_LSHIFT, vm.INPLACE_RSHIFT, vm.INPLACE_AND, vm.INPLACE_XOR, vm.INPLACE_OR:
			var v py.Object
			v, e = binary(op, stack[sp-2], stack[sp-1])
			sp--
			stack[sp] = nil
			if e == nil {
				stack[sp-1] = v
				continue
			}
		case vm.BINARY_SUBSCR:
			var v py.Object
			v, e = subscript(stack[sp-2], stack[sp-1])
			sp--
			stack[sp] = nil
			if e == nil {
				stack[sp-1] = v
				continue
			}
		case vm.STORE_SUBSCR:
			_, e = py.SetItem(stack[sp-2], stack[sp-1], stack[sp-3])
			sp -= 3
			stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
		case vm.DELETE_SUBSCR:
			_, e = py.DelItem(stack[sp-2], stack[sp-1])
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
		case vm.COMPARE_OP:
			var v py.Object
			v, e = compare(arg, stack[sp-2], stack[sp-1])
			sp--
			stack[sp] = nil
			if e == nil {
				stack[sp-1] = v
				continue
			}

		case vm.JUMP_FORWARD:
			pc += arg
			continue
		case vm.JUMP_ABSOLUTE:
			pc = arg
			continue
		case vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			var t bool
			if b, ok := v.(py.Bool); ok {
				t = bool(b)
			} else if t, e = Truth(v); e != nil {
				break
			}
			if t == (op == vm.POP_JUMP_IF_TRUE) {
				pc = arg
			}
			continue
		case vm.JUMP_IF_FALSE_OR_POP, vm.JUMP_IF_TRUE_OR_POP:
			var t bool
			if t, e = Truth(stack[sp-1]); e != nil {
				break
			}
			if t == (op == vm.JUMP_IF_TRUE_OR_POP) {
				pc = arg
			} else {
				sp--
				stack[sp] = nil
			}
			continue
		case vm.GET_ITER:
			var v py.Object
			v, e = Iter(stack[sp-1])
			if e == nil {
				stack[sp-1] = v
				continue
			}
		case vm.FOR_ITER:
			v, err := py.Next(stack[sp-1])
			if err == nil {
				stack[sp] = v
				sp++
				continue
			}
			if isStop(err) {
				sp--
				stack[sp] = nil
				pc += arg
				continue
			}
			e = err

		case vm.SETUP_LOOP:
			f.PushBlock(py.TryBlockSetupLoop, int32(pc+arg), sp)
			continue
		case vm.SETUP_EXCEPT:
			f.PushBlock(py.TryBlockSetupExcept, int32(pc+arg), sp)
			continue
		case vm.SETUP_FINALLY:
			f.PushBlock(py.TryBlockSetupFinally, int32(pc+arg), sp)
			continue
		case vm.POP_BLOCK:
			f.PopBlock()
			continue
		case vm.BREAK_LOOP:
			reason = whyBreak
		case vm.CONTINUE_LOOP:
			retval = py.Int(arg)
			reason = whyContinue
		case vm.POP_EXCEPT:
			if f.Block == nil || f.Block.Type != py.TryBlockExceptHandler {
				e = errorf(py.SystemError, "popped block is not an except handler")
				break
			}
			b := *f.Block
			f.PopBlock()
			sp = unwindExcept(stack, sp, b, &exc)
			setHandled(st, exc, outer)
			continue
		case vm.END_FINALLY:
			sp--
			v := stack[sp]
			stack[sp] = nil
			switch x := v.(type) {
			case py.NoneType:
			case py.Int:
				reason = why(x)
				switch reason {
				case whyReturn, whyContinue:
					sp--
					retval = stack[sp]
					stack[sp] = nil
				case whySilenced:
					if f.Block == nil || f.Block.Type != py.TryBlockExceptHandler {
						e = errorf(py.SystemError, "vm: expecting an except handler in END_FINALLY")
						reason = whyNot
						break
					}
					b := *f.Block
					f.PopBlock()
					sp = unwindExcept(stack, sp, b, &exc)
					setHandled(st, exc, outer)
					reason = whyNot
				case whyYield, whyException:
					e = errorf(py.SystemError, "vm: unexpected why code in END_FINALLY")
					reason = whyNot
				}
			default:
				if !py.ExceptionClassCheck(v) {
					e = errorf(py.SystemError, "'finally' pops bad exception")
					break
				}
				curexc.Type, _ = v.(*py.Type)
				curexc.Value = stack[sp-1]
				curexc.Traceback, _ = stack[sp-2].(*py.Traceback)
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
				reason = whyException
			}
		case vm.SETUP_WITH:
			enter, exit, err := withMethods(stack[sp-1])
			if err != nil {
				e = err
				break
			}
			stack[sp-1] = exit
			res, err := py.Call(enter, nil, nil)
			if err != nil {
				e = err
				break
			}
			f.PushBlock(py.TryBlockSetupFinally, int32(pc+arg), sp)
			stack[sp] = res
			sp++
			continue
		case vm.WITH_CLEANUP:
			sp, e = withCleanup(f, stack, sp)
		case vm.RETURN_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			f.Yielded = false
			reason = whyReturn
		case vm.YIELD_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			f.Yielded = true
			f.Stack = stack[:sp]
			f.Lasti = int32(pc)
			return retval, nil, true
		case vm.YIELD_FROM:
			sp--
			u := stack[sp]
			stack[sp] = nil
			var v py.Object
			var err error
			if g, ok := stack[sp-1].(*py.Generator); ok {
				var done bool
				if v, done, err = genSend(g, u); err == nil && done {
					stack[sp-1] = v
					continue
				}
			} else if u == py.None {
				v, err = py.Next(stack[sp-1])
			} else {
				v, err = py.Send(stack[sp-1], u)
			}
			if err != nil {
				if val, ok := stopValue(err); ok {
					stack[sp-1] = val
					continue
				}
				e = err
				break
			}
			f.Yielded = true
			f.Stack = stack[:sp]
			f.Lasti = int32(pc - 1) // YIELD_FROM again when resumed
			return v, nil, true
		case vm.RAISE_VARARGS:
			var cause, x py.Object
			switch arg {
			case 2:
				sp--
				cause = stack[sp]
				stack[sp] = nil
				fallthrough
			case 1:
				sp--
				x = stack[sp]
				stack[sp] = nil
			case 0:
			default:
				e = errorf(py.SystemError, "bad RAISE_VARARGS oparg")
			}
			if e != nil {
				break
			}
			if x == nil {
				re := exc
				if !re.IsSet() && st != nil {
					re = st.Handled // a function called from a handler
				}
				if !re.IsSet() {
					e = errorf(py.RuntimeError, "No active exception to reraise")
					break
				}
				curexc = re
				reason = whyException
				break
			}
			switch x.(type) {
			case *py.Exception, *py.Type:
			default:
				e = errorf(py.TypeError, "exceptions must derive from BaseException")
			}
			if e != nil {
				break
			}
			if cause != nil && cause != py.None && !isExceptionOrClass(cause) {
				e = errorf(py.TypeError, "exception causes must derive from BaseException")
				break
			}
			ex := py.MakeException(x)
			if cause == py.None {
				// raise ... from None: no cause, and the context is not
				// shown.
				ex.Cause, ex.SuppressContext = py.None, true
			} else if cause != nil {
				ex.Cause = py.MakeException(cause)
				ex.SuppressContext = true
			}
			e = ex

		case vm.CALL_FUNCTION:
			nargs, nkw := arg&0xff, (arg>>8)&0xff
			base := sp - 2*nkw - nargs - 1
			var res py.Object
			var used bool
			if base == pendSlot {
				// A method call prepared by LOAD_ATTR.
				self := pendSelf
				pendSlot, pendSelf = -1, nil
				switch fn := stack[base].(type) {
				case *py.Function:
					stack[base] = self
					res, e = callFunction(f, st, fn, stack[base:sp], nil)
					clear(stack[base:sp])
				case *py.Method:
					res, e = fn.Call(self, stack[base+1:sp])
					lent = lent || sp > base+1
				}
				sp = base
				goto called
			}
			if nkw == 0 {
				switch fn := stack[base].(type) {
				case *py.Function:
					res, e = callFunction(f, st, fn, stack[base+1:sp], nil)
					clear(stack[base:sp])
					sp = base
					goto called
				case *py.BoundMethod:
					if pf, ok := fn.Method.(*py.Function); ok {
						stack[base] = fn.Self
						res, e = callFunction(f, st, pf, stack[base:sp], nil)
						clear(stack[base:sp])
						sp = base
						goto called
					}
				case *py.Type:
					// A plain class (pyobj's one-step path) copies its
					// arguments into __init__'s frame and keeps none, so
					// the stack is not lent.
					if CallClass != nil {
						if r, ok, err := CallClass(fn, stack[base+1:sp], nil); ok {
							res, e = r, err
							clear(stack[base:sp])
							sp = base
							goto called
						}
					}
				case *py.Method:
					if nargs == 2 || nargs == 3 {
						if r, ok := helperFast(st, fn, nargs, stack[base+1], stack[base+2]); ok {
							clear(stack[base:sp])
							sp = base
							stack[sp] = r
							sp++
							continue
						}
					}
					if keepsNoArgs[fn.Name] && fn.Internal() == py.InternalMethodNone {
						// Builtins that keep nothing of their argument
						// slice: the stack is not lent.
						res, e = fn.M__call__(stack[base+1:sp], nil)
						clear(stack[base:sp])
						sp = base
						goto called
					}
				}
			}
			res, e, used = call(f, st, stack[base], stack[base+1:base+1+nargs], stack[base+1+nargs:sp], nil, nil)
			keep = keep || used
			// The callee got a slice of the stack as its arguments, as
			// gpython's VM gives them, and may have kept it (sys.exit
			// keeps it as its exception's args): the slots are left as
			// they are, and the stack is not reused (lent).
			lent = lent || sp > base+1
			sp = base
		called:
			if e == nil {
				stack[sp] = res
				sp++
				continue
			}
		case vm.CALL_FUNCTION_VAR, vm.CALL_FUNCTION_KW, vm.CALL_FUNCTION_VAR_KW:
			var starArgs, starKw py.Object
			top := sp
			if op != vm.CALL_FUNCTION_VAR {
				sp--
				starKw = stack[sp]
			}
			if op != vm.CALL_FUNCTION_KW {
				sp--
				starArgs = stack[sp]
			}
			nargs, nkw := arg&0xff, (arg>>8)&0xff
			base := sp - 2*nkw - nargs - 1
			var res py.Object
			var used bool
			res, e, used = call(f, st, stack[base], stack[base+1:base+1+nargs], stack[base+1+nargs:sp], starArgs, starKw)
			keep = keep || used
			lent = lent || top > base+1
			sp = base
			if e == nil {
				stack[sp] = res
				sp++
				continue
			}
		case vm.MAKE_FUNCTION, vm.MAKE_CLOSURE:
			sp, e = makeFunction(f, stack, sp, arg, op == vm.MAKE_CLOSURE)
		case vm.LOAD_BUILD_CLASS:
			stack[sp] = f.Context.Store().Builtins.Globals["__build_class__"]
			sp++
			continue

		case vm.BUILD_TUPLE:
			t := make(py.Tuple, arg)
			copy(t, stack[sp-arg:sp])
			clear(stack[sp-arg : sp])
			sp -= arg
			stack[sp] = t
			sp++
			continue
		case vm.BUILD_LIST:
			l := py.NewListFromItems(stack[sp-arg : sp])
			clear(stack[sp-arg : sp])
			sp -= arg
			stack[sp] = l
			sp++
			continue
		case vm.BUILD_SET:
			s := py.NewSetFromItems(stack[sp-arg : sp])
			clear(stack[sp-arg : sp])
			sp -= arg
			stack[sp] = s
			sp++
			continue
		case vm.BUILD_MAP:
			stack[sp] = py.NewStringDictSized(arg)
			sp++
			continue
		case vm.STORE_MAP:
			d, err := py.DictCheckExact(stack[sp-3])
			if err == nil {
				_, err = d.M__setitem__(stack[sp-1], stack[sp-2])
			}
			e = err
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
		case vm.BUILD_SLICE:
			var step py.Object = py.None
			if arg == 3 {
				sp--
				step = stack[sp]
				stack[sp] = nil
			}
			sp--
			stop := stack[sp]
			stack[sp] = nil
			stack[sp-1] = py.NewSlice(stack[sp-1], stop, step)
			continue
		case vm.LIST_APPEND:
			sp--
			stack[sp-arg].(*py.List).Append(stack[sp])
			stack[sp] = nil
			continue
		case vm.SET_ADD:
			sp--
			stack[sp-arg].(*py.Set).Add(stack[sp])
			stack[sp] = nil
			continue
		case vm.MAP_ADD:
			key, val := stack[sp-1], stack[sp-2]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			d, err := py.DictCheckExact(stack[sp-arg])
			if err == nil {
				_, err = d.M__setitem__(key, val)
			}
			e = err
		case vm.UNPACK_SEQUENCE:
			sp--
			seq := stack[sp]
			stack[sp] = nil
			if len(stack)-sp < arg+stackSlack {
				stack = grow(stack, sp, arg+stackSlack)
			}
			switch t := seq.(type) {
			case py.Tuple:
				if len(t) == arg {
					for i := 0; i < arg; i++ {
						stack[sp+i] = t[arg-1-i]
					}
					sp += arg
					continue
				}
			case *py.List:
				if len(t.Items) == arg {
					for i := 0; i < arg; i++ {
						stack[sp+i] = t.Items[arg-1-i]
					}
					sp += arg
					continue
				}
			}
			e = unpack(stack[sp:sp+arg], seq, arg, -1)
			if e == nil {
				sp += arg
			}
		case vm.UNPACK_EX:
			before, after := arg&0xff, arg>>8
			n := before + 1 + after
			sp--
			seq := stack[sp]
			stack[sp] = nil
			if len(stack)-sp < n+stackSlack {
				stack = grow(stack, sp, n+stackSlack)
			}
			e = unpack(stack[sp:sp+n], seq, before, after)
			if e == nil {
				sp += n
			}

		case vm.IMPORT_NAME:
			keep = keep || f.Locals != nil
			var res py.Object
			res, e = importName(f, co.Names[arg], stack[sp-1], stack[sp-2])
			sp--
			stack[sp] = nil
			if e == nil {
				stack[sp-1] = res
				continue
			}
		case vm.IMPORT_FROM:
			name := co.Names[arg]
			v, err := py.GetAttrString(stack[sp-1], name)
			if err == nil {
				stack[sp] = v
				sp++
				continue
			}
			if py.IsException(py.AttributeError, err) {
				err = importFromError(stack[sp-1], name)
			}
			e = err
		case vm.IMPORT_STAR:
			sp--
			mod := stack[sp]
			stack[sp] = nil
			keep = true
			e = importStar(f, mod)
		case vm.PRINT_EXPR:
			sp--
			v := stack[sp]
			stack[sp] = nil
			f.Globals["_"] = py.None
			if v != py.None {
				r, err := py.Repr(v)
				if err != nil {
					e = err
					break
				}
				s, _ := r.(py.String)
				vm.PrintExpr(string(s))
			}
			f.Globals["_"] = v
		case vm.EXTENDED_ARG:
			ext = arg << 16
			continue
		default:
			e = errorf(py.SystemError, "Illegal opcode")
		}

		if e != nil {
			pendSlot, pendSelf = -1, nil
			if ei, ok := e.(py.ExceptionInfo); ok {
				curexc = ei
			} else {
				x := py.MakeException(e)
				curexc = py.ExceptionInfo{Type: x.Type(), Value: x}
			}
			// Lasti is past the instruction, as gpython's (pyrt's message
			// fixes decode the instruction before it); the line is the
			// instruction's own, as CPython's: at pc, an error in the
			// last instruction of a line (a STORE_ATTR) named the next.
			curexc.Traceback = &py.Traceback{Next: curexc.Traceback, Frame: f, Lasti: int32(pc), Lineno: co.Addr2Line(int32(at))}
			if x, ok := curexc.Value.(*py.Exception); ok {
				x.Traceback = curexc.Traceback // __traceback__, chained tracebacks
			}
			if exc.IsSet() {
				chainContext(curexc.Value, exc.Value)
			}
			reason = whyException
			keep = true
			if FixError != nil {
				// The message fixes read the failing instruction: at
				// once, so that a handler in this frame sees them too.
				FixError(curexc)
			}
		}
		// Unwind the block stack until a block handles reason.
		for reason != whyNot && f.Block != nil {
			b := *f.Block
			if b.Type == py.TryBlockSetupLoop && reason == whyContinue {
				reason = whyNot
				pc = int(retval.(py.Int))
				retval = nil
				break
			}
			f.PopBlock()
			if b.Type == py.TryBlockExceptHandler {
				sp = unwindExcept(stack, sp, b, &exc)
				setHandled(st, exc, outer)
				continue
			}
			if sp > b.Level {
				clear(stack[b.Level:sp])
				sp = b.Level
			}
			if b.Type == py.TryBlockSetupLoop && reason == whyBreak {
				reason = whyNot
				pc = int(b.Handler)
				break
			}
			if reason == whyException && (b.Type == py.TryBlockSetupExcept || b.Type == py.TryBlockSetupFinally) {
				f.PushBlock(py.TryBlockExceptHandler, -1, sp)
				if len(stack)-sp < 6 {
					stack = grow(stack, sp, 6)
				}
				stack[sp] = exc.Traceback
				stack[sp+1] = exc.Value
				if exc.Type == nil {
					stack[sp+2] = py.None
				} else {
					stack[sp+2] = exc.Type
				}
				stack[sp+3] = curexc.Traceback
				stack[sp+4] = curexc.Value
				if curexc.Type == nil {
					stack[sp+5] = py.None
				} else {
					stack[sp+5] = curexc.Type
				}
				sp += 6
				exc = curexc
				setHandled(st, exc, outer)
				curexc = py.ExceptionInfo{}
				reason = whyNot
				pc = int(b.Handler)
				break
			}
			if b.Type == py.TryBlockSetupFinally {
				if reason == whyReturn || reason == whyContinue {
					stack[sp] = retval
					sp++
					retval = nil
				}
				stack[sp] = py.Int(reason)
				sp++
				reason = whyNot
				pc = int(b.Handler)
				break
			}
		}
		if reason == whyNot {
			continue
		}
		f.Stack = stack[:sp]
		f.Lasti = int32(pc)
		if reason == whyReturn {
			if lent {
				f.Stack = nil
			}
			return retval, nil, keep
		}
		if reason != whyException {
			return nil, errorf(py.SystemError, "vm: unexpected why code %d leaving the frame", reason), true
		}
		return nil, curexc, true
	}
}

// unwindExcept pops an except handler's block: the stack back to its
// level, and the exception it saved becomes the handled one again.
func unwindExcept(stack []py.Object, sp int, b py.TryBlock, exc *py.ExceptionInfo) int {
	top := b.Level + 3
	if sp < top {
		panic("vm: couldn't find the saved exception on the stack")
	}
	clear(stack[top:sp])
	exc.Type, _ = stack[top-1].(*py.Type)
	exc.Value = stack[top-2]
	exc.Traceback, _ = stack[top-3].(*py.Traceback)
	clear(stack[b.Level:top])
	return b.Level
}

// withCleanup is WITH_CLEANUP: calls the with statement's __exit__ and
// pushes whySilenced when it silenced an exception.
func withCleanup(f *py.Frame, stack []py.Object, sp int) (int, error) {
	var exit py.Object
	x := stack[sp-1]
	var val, tb py.Object = py.None, py.None
	switch w := x.(type) {
	case py.NoneType:
		sp--
		exit = stack[sp-1]
		stack[sp-1] = x
		stack[sp] = nil
	case py.Int:
		sp--
		stack[sp] = nil
		switch why(w) {
		case whyReturn, whyContinue:
			exit = stack[sp-2]
			stack[sp-2] = stack[sp-1]
			stack[sp-1] = x
		default:
			exit = stack[sp-1]
			stack[sp-1] = x
		}
		x = py.None
	default:
		val, tb = stack[sp-2], stack[sp-3]
		exit = stack[sp-7]
		stack[sp-7] = stack[sp-6]
		stack[sp-6] = stack[sp-5]
		stack[sp-5] = stack[sp-4]
		stack[sp-4] = nil
		if f.Block == nil || f.Block.Type != py.TryBlockExceptHandler {
			return sp, errorf(py.SystemError, "vm: WITH_CLEANUP expects an except handler")
		}
		f.Block.Level--
	}
	res, err := py.Call(exit, py.Tuple{x, val, tb}, nil)
	if err != nil {
		return sp, err
	}
	if x != py.None {
		t, err := Truth(res)
		if err != nil {
			return sp, err
		}
		if t {
			stack[sp] = py.Int(whySilenced)
			sp++
		}
	}
	return sp, nil
}

// derefName is the name of cell or free variable i, and whether it is
// free.
func derefName(co *py.Code, i int) (string, bool) {
	if i < len(co.Cellvars) {
		return co.Cellvars[i], false
	}
	return co.Freevars[i-len(co.Cellvars)], true
}

func unboundDeref(co *py.Code, i int) error {
	name, free := derefName(co, i)
	if free {
		return errorf(py.NameError, unboundFreeMsg, name)
	}
	return errorf(py.UnboundLocalError, unboundLocalMsg, name)
}

// isStop reports whether err is a StopIteration.
func isStop(err error) bool {
	if err == py.StopIteration {
		return true
	}
	return py.IsException(py.StopIteration, err)
}

// ExceptionOf is the exception instance err carries: err itself, or
// the value of a py.ExceptionInfo; nil when there is none.
func ExceptionOf(err error) *py.Exception {
	switch e := err.(type) {
	case *py.Exception:
		return e
	case py.ExceptionInfo:
		x, _ := e.Value.(*py.Exception)
		return x
	}
	return nil
}

// stopValue reports whether err is StopIteration, and its value (None
// when it has none).
func stopValue(err error) (py.Object, bool) {
	if !isStop(err) {
		return nil, false
	}
	if ex := ExceptionOf(err); ex != nil {
		if args, ok := ex.Args.(py.Tuple); ok && len(args) > 0 {
			return args[0], true
		}
	}
	return py.None, true
}

// Compare is COMPARE_OP with the argument op (vm.PyCmp_LT, ...): what the
// evaluator does for a comparison, for code outside it that must do the
// same (the transpiler's chained-comparison helper).
func Compare(op int, a, b py.Object) (py.Object, error) { return compare(op, a, b) }

// compare is COMPARE_OP.
func compare(op int, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Bool); ok && op <= vm.PyCmp_GE {
		// The orderings (<, <=, ==, !=, >, >=) of two bools, as ints.
		if y, ok := b.(py.Bool); ok {
			a, b = BoolInt(x), BoolInt(y)
		}
	}
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			if r, ok := intCompare(op, x, y); ok {
				return r, nil
			}
		}
	}
	if op <= vm.PyCmp_GE {
		if r, ok := IntFloatCompare(cmpOps[op], a, b); ok {
			return py.NewBool(r), nil
		}
	}
	switch op {
	case vm.PyCmp_LT:
		r, err := py.Lt(a, b)
		return r, orderingError(op, a, b, err)
	case vm.PyCmp_LE:
		r, err := py.Le(a, b)
		return r, orderingError(op, a, b, err)
	case vm.PyCmp_EQ, vm.PyCmp_NE:
		if x, y, ok := sameKindSeqs(a, b); ok {
			eq, err := itemsEqual(x, y)
			if err != nil {
				return nil, err
			}
			return py.NewBool(eq == (op == vm.PyCmp_EQ)), nil
		}
		return richEq(a, b, op == vm.PyCmp_NE)
	case vm.PyCmp_GT:
		r, err := py.Gt(a, b)
		return r, orderingError(op, a, b, err)
	case vm.PyCmp_GE:
		r, err := py.Ge(a, b)
		return r, orderingError(op, a, b, err)
	case vm.PyCmp_IN, vm.PyCmp_NOT_IN:
		var in bool
		var err error
		switch x := b.(type) {
		case py.Bytes:
			in, err = bytesContains(x, a)
		case *py.List:
			in, err = itemsContain(x.Items, a)
		case py.Tuple:
			in, err = itemsContain(x, a)
		default:
			in, err = py.SequenceContains(b, a)
		}
		if err != nil {
			return nil, err
		}
		return py.NewBool(in == (op == vm.PyCmp_IN)), nil
	case vm.PyCmp_IS:
		return py.NewBool(Identical(a, b)), nil
	case vm.PyCmp_IS_NOT:
		return py.NewBool(!Identical(a, b)), nil
	case vm.PyCmp_EXC_MATCH:
		if t, ok := b.(py.Tuple); ok {
			for _, x := range t {
				if !py.ExceptionClassCheck(x) {
					return nil, errorf(py.TypeError, cannotCatchMsg, x.Type().Name)
				}
			}
		} else if !py.ExceptionClassCheck(b) {
			return nil, errorf(py.TypeError, cannotCatchMsg, b.Type().Name)
		}
		return py.NewBool(py.ExceptionGivenMatches(a, b)), nil
	}
	return nil, errorf(py.SystemError, "unknown COMPARE_OP %d", op)
}

// ComplexOrderingMessage is the message of gpython's complex numbers
// when ordered ('no ordering relation ...', Python 2's), which names
// neither the operator nor the types.
const ComplexOrderingMessage = "no ordering relation is defined for complex numbers"

// orderingError is err, an ordering's error, with CPython's message when
// it is gpython's complex one: "'<' not supported between instances of
// 'complex' and 'int'".
func orderingError(op int, a, b py.Object, err error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*py.Exception); ok && e.Base == py.TypeError {
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 && args[0] == py.String(ComplexOrderingMessage) {
			return errorf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpOps[op], a.Type().Name, b.Type().Name)
		}
	}
	return err
}

// unpack stores len(dst) values of seq into dst, last value first (the
// stack's order): before values, then (when after >= 0) a list of the
// rest minus after values, then after values.
func unpack(dst []py.Object, seq py.Object, before, after int) error {
	it, err := py.Iter(seq)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return errorf(py.TypeError, "cannot unpack non-iterable %s object", seq.Type().Name)
		}
		return err
	}
	n := len(dst)
	for i := 0; i < before; i++ {
		v, err := py.Next(it)
		if err != nil {
			clear(dst)
			if !isStop(err) {
				return err
			}
			if after < 0 {
				return errorf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, i)
			}
			return errorf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, i)
		}
		dst[n-1-i] = v
	}
	if after < 0 {
		if _, err := py.Next(it); err == nil {
			clear(dst)
			return errorf(py.ValueError, "too many values to unpack (expected %d)", before)
		} else if !isStop(err) {
			clear(dst)
			return err
		}
		return nil
	}
	rest, err := py.SequenceList(it)
	if err != nil {
		clear(dst)
		return err
	}
	if len(rest.Items) < after {
		clear(dst)
		return errorf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest.Items))
	}
	k := len(rest.Items) - after
	for j := 0; j < after; j++ {
		dst[after-1-j] = rest.Items[k+j]
	}
	rest.Resize(k)
	dst[after] = rest
	return nil
}

// makeFunction is MAKE_FUNCTION and MAKE_CLOSURE.
func makeFunction(f *py.Frame, stack []py.Object, sp, arg int, closure bool) (int, error) {
	posdefs := arg & 0xff
	kwdefs := (arg >> 8) & 0xff
	nann := (arg >> 16) & 0x7fff
	pop := func() py.Object {
		sp--
		v := stack[sp]
		stack[sp] = nil
		return v
	}
	qualname, _ := pop().(py.String)
	code, ok := pop().(*py.Code)
	if !ok {
		return sp, errorf(py.SystemError, "MAKE_FUNCTION without a code object")
	}
	fn := py.NewFunction(f.Context, code, f.Globals, string(qualname))
	if closure {
		fn.Closure, _ = pop().(py.Tuple)
	}
	if nann > 0 {
		names, _ := pop().(py.Tuple)
		if len(names)+1 != nann {
			return sp, errorf(py.SystemError, "vm: wrong number of annotations")
		}
		anns := py.NewStringDict()
		for i := len(names) - 1; i >= 0; i-- {
			n, _ := names[i].(py.String)
			anns[string(n)] = pop()
		}
		fn.Annotations = anns
	}
	if kwdefs > 0 {
		d := py.NewStringDict()
		for ; kwdefs > 0; kwdefs-- {
			v := pop()
			k, _ := pop().(py.String)
			d[string(k)] = v
		}
		fn.KwDefaults = d
	}
	if posdefs > 0 {
		d := make(py.Tuple, posdefs)
		for i := posdefs - 1; i >= 0; i-- {
			d[i] = pop()
		}
		fn.Defaults = d
	}
	stack[sp] = fn
	return sp + 1, nil
}

// importName is IMPORT_NAME: __import__(name, globals, locals, fromlist,
// level).
func importName(f *py.Frame, name string, fromlist, level py.Object) (py.Object, error) {
	imp, ok := f.Builtins["__import__"]
	if !ok {
		return nil, errorf(py.ImportError, "__import__ not found")
	}
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	args := py.Tuple{py.String(name), f.Globals, locals, fromlist}
	if _, ok := level.(py.Int); ok {
		args = append(args, level)
	}
	res, err, _ := callInternal(f, imp, args, nil)
	return res, err
}

// importStar is IMPORT_STAR: the module's public names into the locals.
func importStar(f *py.Frame, from py.Object) error {
	f.FastToLocals()
	mod, ok := from.(*py.Module)
	if !ok {
		return errorf(py.SystemError, "import * from a non-module")
	}
	if all, ok := mod.Globals["__all__"]; ok {
		var loopErr error
		err := py.Iterate(all, func(item py.Object) bool {
			name, err := py.AttributeName(item)
			if err != nil {
				loopErr = err
				return true
			}
			v, err := py.GetAttrString(mod, name)
			if err != nil {
				loopErr = err
				return true
			}
			f.Locals[name] = v
			return false
		})
		if err != nil {
			return err
		}
		if loopErr != nil {
			return loopErr
		}
	} else {
		for name, v := range mod.Globals {
			if len(name) > 0 && name[0] != '_' {
				f.Locals[name] = v
			}
		}
	}
	f.LocalsToFast(false)
	return nil
}

// GenSend is g.send(arg) as CPython's: a value yielded, or, when g
// returns, StopIteration carrying the returned value (gpython's Send
// drops it, so next(g) and g.send() gave a StopIteration whose value
// was None).
func GenSend(g *py.Generator, arg py.Object) (py.Object, error) {
	v, done, err := genSend(g, arg)
	if err != nil || !done {
		return v, err
	}
	args := py.Tuple{}
	if v != py.None {
		args = py.Tuple{v}
	}
	return nil, py.ExceptionInfo{Type: py.StopIteration, Value: &py.Exception{Base: py.StopIteration, Args: args, Dict: py.StringDict{}}}
}

// genSend resumes generator g with arg as its send does, but keeps the
// value it returns (gpython's Send drops it): done reports that g
// returned, with v its return value.
func genSend(g *py.Generator, arg py.Object) (v py.Object, done bool, err error) {
	if g.Running {
		return nil, false, errorf(py.ValueError, "generator already executing")
	}
	f := g.Frame
	if f.Lasti == 0 {
		if arg != py.None {
			return nil, false, errorf(py.TypeError, "can't send non-None value to a just-started generator")
		}
	} else {
		if !f.Yielded {
			return py.None, true, nil
		}
		f.Stack = append(f.Stack, arg)
	}
	g.Running = true
	v, err = py.VmRunFrame(f)
	g.Running = false
	if err != nil {
		return nil, false, err
	}
	if f.Yielded {
		return v, false, nil
	}
	if v == nil {
		v = py.None
	}
	return v, true, nil
}

// errorf is py.ExceptionNewf kept out of line: inlined at each of its
// many call sites in run, it made the loop's code much larger.
//
//go:noinline
func errorf(t *py.Type, format string, a ...any) error {
	return py.ExceptionNewf(t, format, a...)
}

// nameError is the NameError of a name not found, with its name
// attribute set, as CPython 3.11 sets it.
func nameError(name string) error {
	e := py.ExceptionNewf(py.NameError, nameErrorMsg, name)
	e.Dict["name"] = py.String(name)
	return e
}

// lookupName is LOAD_NAME's lookup: locals, globals, builtins (the
// globals once when they are the locals, as in module code).
func lookupName(f *py.Frame, name string) (py.Object, bool) {
	if v, ok := f.Locals[name]; ok {
		return v, true
	}
	if !sameMap(f.Locals, f.Globals) {
		if v, ok := f.Globals[name]; ok {
			return v, true
		}
	}
	v, ok := f.Builtins[name]
	return v, ok
}

// sameMap reports whether a and b are the same map.
func sameMap(a, b py.StringDict) bool {
	return a != nil && reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// withMethods returns the __enter__ and __exit__ of a with statement's
// context manager, with CPython 3.11's errors when one is missing.
func withMethods(mgr py.Object) (enter, exit py.Object, err error) {
	enter, err = getAttr(mgr, "__enter__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			err = errorf(py.TypeError, "'%s' object does not support the context manager protocol", mgr.Type().Name)
		}
		return nil, nil, err
	}
	exit, err = getAttr(mgr, "__exit__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			err = errorf(py.TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", mgr.Type().Name)
		}
		return nil, nil, err
	}
	return enter, exit, nil
}

// setHandled records in st the exception the frame handles now, or its
// callers' when it handles none.
func setHandled(st *State, exc, outer py.ExceptionInfo) {
	if st == nil {
		return
	}
	if exc.IsSet() {
		st.Handled = exc
	} else {
		st.Handled = outer
	}
}

// chainContext makes handled the __context__ of v, an exception raised
// while handled was being handled (CPython's implicit chaining), unless v
// has one or is handled itself. As CPython, it first cuts v out of
// handled's own chain, so that no cycle is made.
func chainContext(v, handled py.Object) {
	x, ok := v.(*py.Exception)
	if !ok || v == handled || x.Context != nil {
		return
	}
	h, ok := handled.(*py.Exception)
	if !ok {
		return
	}
	for o := h; o != nil; {
		next, _ := o.Context.(*py.Exception)
		if next == x {
			o.Context = nil
			break
		}
		o = next
	}
	x.Context = h
}

// isExceptionOrClass reports whether o may follow `raise ... from`: an
// exception or an exception class.
func isExceptionOrClass(o py.Object) bool {
	switch x := o.(type) {
	case *py.Exception:
		return true
	case *py.Type:
		return x.IsSubtype(py.BaseException)
	}
	return false
}

// cmpOps are the orderings by their COMPARE_OP argument.
var cmpOps = [...]string{vm.PyCmp_LT: "<", vm.PyCmp_LE: "<=", vm.PyCmp_EQ: "==", vm.PyCmp_NE: "!=", vm.PyCmp_GT: ">", vm.PyCmp_GE: ">="}

// IntFloatCompare is a op b (op "<", "<=", "==", "!=", ">" or ">=") when
// one of a and b is an int (or a bool) and the other a float, exactly, as
// CPython (gpython converted the int to a float: numcmp); ok is false
// for other operands. pyrt's orderings use it too.
func IntFloatCompare(op string, a, b py.Object) (r, ok bool) {
	// Ints a float holds exactly are compared as floats (no allocation).
	if x, ok := a.(py.Int); ok && x >= -1<<53 && x <= 1<<53 {
		if y, ok := b.(py.Float); ok {
			return numcmp.Floats(op, float64(x), float64(y)), true
		}
	} else if x, ok := a.(py.Float); ok {
		if y, ok := b.(py.Int); ok && y >= -1<<53 && y <= 1<<53 {
			return numcmp.Floats(op, float64(x), float64(y)), true
		}
	}
	if y, ok := b.(py.Float); ok {
		if x, ok := bigOf(a); ok {
			c, ok := numcmp.IntFloat(x, float64(y))
			return numcmp.Holds(op, c, ok), true
		}
	} else if x, ok := a.(py.Float); ok {
		if y, ok := bigOf(b); ok {
			c, ok := numcmp.IntFloat(y, float64(x))
			return numcmp.Holds(op, -c, ok), true
		}
	}
	return false, false
}

// bigOf is the int o as a big.Int, to read only (a *py.BigInt's own:
// pyrt's bigOf, whose callers compute on the result, copies it).
func bigOf(o py.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case py.Bool:
		return big.NewInt(int64(BoolInt(x))), true
	case *py.BigInt:
		return (*big.Int)(x), true
	}
	return nil, false
}

// sameKindSeqs returns the items of a and b when both are lists or both
// tuples (exactly: subclasses may define their own __eq__).
func sameKindSeqs(a, b py.Object) ([]py.Object, []py.Object, bool) {
	switch x := a.(type) {
	case *py.List:
		if y, ok := b.(*py.List); ok && x.Type() == py.ListType && y.Type() == py.ListType {
			return x.Items, y.Items, true
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return x, y, true
		}
	}
	return nil, nil, false
}

// keepsNoArgs names the builtins (and runtime helpers) that never keep
// the slice of arguments they are given, only objects from it: calling
// them from CALL_FUNCTION does not lend the frame's stack (which would
// cost the next pooled frame a new one). Exception constructors, tuple
// builders and the like keep the slice and are not here.
var keepsNoArgs = map[string]bool{
	"abs": true, "len": true, "isinstance": true, "issubclass": true,
	"hasattr": true, "getattr": true, "callable": true, "id": true,
	"hash": true, "repr": true, "chr": true, "ord": true, "round": true,
	"min": true, "max": true, "sum": true, "any": true, "all": true,
	"print": true, "format": true,
	"__nbc_add": true, "__nbc_lt": true, "__nbc_le": true, "__nbc_gt": true,
	"__nbc_ge": true, "__nbc_mod": true, "__nbc_floordiv": true,
	"__nbc_truediv": true, "__nbc_pow": true, "__nbc_display": true,
	"__nbc_tick": true,
}
