package asyncshim

// This file defines small helpers over gpython's object API: method tables,
// argument unpacking, and exceptions as Go errors.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// Exception types of asyncio, queue and concurrent.futures. Keep them in
// step with the module tables that export them.
var (
	CancelledErrorType    = builtinType(py.BaseException.NewType("CancelledError", "The Future or Task was cancelled.", nil, nil))
	InvalidStateErrorType = builtinType(py.ExceptionType.NewType("InvalidStateError", "The operation is not allowed in this state.", nil, nil))
	QueueEmptyType        = builtinType(py.ExceptionType.NewType("QueueEmpty", "Raised when Queue.get_nowait() is called on an empty Queue.", nil, nil))
	QueueFullType         = builtinType(py.ExceptionType.NewType("QueueFull", "Raised when the Queue.put_nowait() method is called on a full Queue.", nil, nil))
	LimitOverrunErrorType = builtinType(py.ExceptionType.NewType("LimitOverrunError", "Reached the buffer limit while looking for a separator.", nil, nil))
	IncompleteReadType    = builtinType(py.EOFError.NewType("IncompleteReadError", "Incomplete read error.", nil, nil))
	BrokenBarrierType     = builtinType(py.RuntimeError.NewType("BrokenBarrierError", "Barrier is broken by barrier.abort() call.", nil, nil))
	SendfileNotAvailType  = builtinType(py.RuntimeError.NewType("SendfileNotAvailableError", "Sendfile syscall is not available.", nil, nil))
	// queue module
	EmptyType = builtinType(py.ExceptionType.NewType("Empty", "Exception raised by Queue.get(block=0)/get_nowait().", nil, nil))
	FullType  = builtinType(py.ExceptionType.NewType("Full", "Exception raised by Queue.put(block=0)/put_nowait().", nil, nil))
	// concurrent.futures
	CFCancelledErrorType = builtinType(py.ExceptionType.NewType("CancelledError", "The Future was cancelled.", nil, nil))
	BrokenExecutorType   = builtinType(py.RuntimeError.NewType("BrokenExecutor", "Raised when a executor has become non-functional after a severe failure.", nil, nil))
	// threading
	ThreadBrokenBarrierType = builtinType(py.RuntimeError.NewType("BrokenBarrierError", "", nil, nil))
)

// newSet makes a Python set with CPython's semantics (pyrt's set).
func newSet(items []py.Object) py.Object {
	s, err := pyrt.NewSet(items, false)
	if err != nil {
		return py.NewSetFromItems(items)
	}
	return s
}

// repr is repr(o) as CPython prints it.
func repr(o py.Object) string {
	s, err := pyrt.Repr(o)
	if err != nil {
		return "<?>"
	}
	return s
}

// addMethods adds Go methods to a type's dict.
func addMethods(t *py.Type, methods map[string]interface{}) {
	names := make([]string, 0, len(methods))
	for name := range methods {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Dict[name] = py.MustNewMethod(name, methods[name], 0, "")
	}
}

// moduleMethods turns a table of module functions into gpython methods.
func moduleMethods(fns map[string]interface{}) []*py.Method {
	names := make([]string, 0, len(fns))
	for name := range fns {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []*py.Method
	for _, name := range names {
		out = append(out, py.MustNewMethod(name, fns[name], 0, ""))
	}
	return out
}

// unpack unpacks Python arguments into pointers. spec is pairs of a name and
// a *py.Object: "name" is required, "name?" optional, a leading "*" makes
// the parameter keyword-only, and "*args" (with a *py.Tuple) takes the rest.
func unpack(fn string, args py.Tuple, kwargs py.StringDict, spec ...interface{}) error {
	type param struct {
		name     string
		optional bool
		kwonly   bool
		rest     bool
		ptr      interface{}
	}
	var ps []param
	for i := 0; i < len(spec); i += 2 {
		n := spec[i].(string)
		p := param{ptr: spec[i+1]}
		if n == "*args" {
			p.rest = true
			p.name = "args"
			ps = append(ps, p)
			continue
		}
		if strings.HasPrefix(n, "*") {
			p.kwonly = true
			n = n[1:]
		}
		if strings.HasSuffix(n, "?") {
			p.optional = true
			n = n[:len(n)-1]
		}
		p.name = n
		ps = append(ps, p)
	}
	set := map[string]bool{}
	ai := 0
	for _, p := range ps {
		if p.rest {
			*(p.ptr.(*py.Tuple)) = args[ai:]
			ai = len(args)
			continue
		}
		if p.kwonly || ai >= len(args) {
			continue
		}
		*(p.ptr.(*py.Object)) = args[ai]
		set[p.name] = true
		ai++
	}
	if ai < len(args) {
		npos := 0
		for _, p := range ps {
			if !p.kwonly && !p.rest {
				npos++
			}
		}
		return newExc(py.TypeError, fmt.Sprintf("%s() takes at most %d positional arguments (%d given)", fn, npos, len(args)))
	}
	for k, v := range kwargs {
		found := false
		for _, p := range ps {
			if p.name == k && !p.rest {
				if set[k] {
					return newExc(py.TypeError, fmt.Sprintf("%s() got multiple values for argument '%s'", fn, k))
				}
				*(p.ptr.(*py.Object)) = v
				set[k] = true
				found = true
			}
		}
		if !found {
			return newExc(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fn, k))
		}
	}
	for _, p := range ps {
		if !p.optional && !p.rest && !set[p.name] {
			return newExc(py.TypeError, fmt.Sprintf("%s() missing required argument: '%s'", fn, p.name))
		}
	}
	return nil
}

// own copies an argument tuple: gpython passes a slice of its value stack,
// which later calls overwrite.
func own(args py.Tuple) py.Tuple {
	if len(args) == 0 {
		return nil
	}
	return append(py.Tuple(nil), args...)
}

func ownKw(kw py.StringDict) py.StringDict {
	if len(kw) == 0 {
		return nil
	}
	out := make(py.StringDict, len(kw))
	for k, v := range kw {
		out[k] = v
	}
	return out
}

// newExc makes an exception of type t with one str argument, as an error.
func newExc(t *py.Type, msg string) error {
	return newExcObj(t, py.String(msg))
}

// newExcObj makes an exception of type t with the given arguments.
func newExcObj(t *py.Type, args ...py.Object) error {
	e, err := py.Call(t, py.Tuple(args), nil)
	if err != nil {
		return err
	}
	return objToErr(e)
}

// objToErr turns an exception object into an error to return from Go.
func objToErr(o py.Object) error {
	if e, ok := o.(error); ok {
		return e
	}
	return py.ExceptionInfo{Type: o.Type(), Value: o}
}

// excObject returns the exception object an error carries.
func excObject(err error) py.Object {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Value
	case *py.ExceptionInfo:
		return e.Value
	case *py.Exception:
		return e
	}
	return py.MakeException(err)
}

func excIs(err error, t *py.Type) bool {
	if err == nil {
		return false
	}
	o := excObject(err)
	return o.Type() == t || o.Type().IsSubtype(t)
}

func isCancelled(err error) bool { return excIs(err, CancelledErrorType) }

func isStopIteration(o py.Object) bool {
	if t, ok := o.(*py.Type); ok {
		return t == py.StopIteration || t.IsSubtype(py.StopIteration)
	}
	return o.Type() == py.StopIteration || o.Type().IsSubtype(py.StopIteration)
}

// stopIteration returns StopIteration(v) as an error.
func stopIteration(v py.Object) error {
	if v == nil || v == py.None {
		return py.StopIteration // gpython's iterators end with the bare type
	}
	return objToErr(&py.Exception{Base: py.StopIteration, Args: py.Tuple{v}, Dict: py.StringDict{"value": v}})
}

// stopValue returns the value a StopIteration error carries.
func stopValue(err error) py.Object {
	o := excObject(err)
	if e, ok := o.(*py.Exception); ok {
		if v, ok := e.Dict["value"]; ok {
			return v
		}
		if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
			if s, ok := args[0].(py.String); ok && s == "" {
				return py.None
			}
			return args[0]
		}
		return py.None
	}
	if v, err := pyvm.GetAttr(o, "value"); err == nil {
		return v
	}
	return py.None
}

// pyEq and pyTruth are pyvm's == and bool() for callers that take an
// error as "no".
func pyEq(a, b py.Object) bool {
	eq, err := pyvm.Eq(a, b)
	return err == nil && eq
}

func pyTruth(o py.Object) bool {
	t, err := pyvm.Truth(o)
	return err == nil && t
}

// toSeconds reads a delay in seconds.
func toSeconds(fn string, o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Int:
		return float64(v), nil
	case py.Float:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	f, err := py.FloatAsFloat64(o)
	if err != nil {
		return 0, newExc(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as a number of seconds", o.Type().Name))
	}
	return f, nil
}

// callableName returns a callable's __qualname__ or __name__.
func callableName(o py.Object) string {
	switch f := o.(type) {
	case *py.Function:
		return f.Qualname
	case *CoroFunc:
		return f.qualname
	}
	if v, err := pyvm.GetAttr(o, "__qualname__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	if v, err := pyvm.GetAttr(o, "__name__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	return o.Type().Name
}

// funcName returns a callable's __name__, as threading names threads.
func funcName(o py.Object) string {
	switch f := o.(type) {
	case *py.Function:
		return f.Name
	case *CoroFunc:
		return f.name
	case *py.BoundMethod:
		return funcName(f.Method)
	case *py.Method:
		return f.Name
	}
	if v, err := pyvm.GetAttr(o, "__name__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	return o.Type().Name
}

// addr returns a stable fake address for reprs of Go objects.
func addr(o interface{}) string {
	return fmt.Sprintf("0x%012x", 0x7f0000000000+(uintptrOf(o)&0xffffffffff))
}

// Identity equality and hashing for the Go objects Python code may put in
// sets and dicts (tasks in all_tasks(), futures in wait()).

func (f *Future) M__eq__(o py.Object) (py.Object, error)  { return py.NewBool(py.Object(f) == o), nil }
func (f *Future) M__ne__(o py.Object) (py.Object, error)  { return py.NewBool(py.Object(f) != o), nil }
func (f *Future) M__hash__() (py.Object, error)           { return py.Int(uintptrOf(f) >> 4), nil }
func (f *CFuture) M__eq__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(f) == o), nil }
func (f *CFuture) M__ne__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(f) != o), nil }
func (f *CFuture) M__hash__() (py.Object, error)          { return py.Int(uintptrOf(f) >> 4), nil }
func (c *Coroutine) M__eq__(o py.Object) (py.Object, error) {
	return py.NewBool(py.Object(c) == o), nil
}
func (c *Coroutine) M__ne__(o py.Object) (py.Object, error) {
	return py.NewBool(py.Object(c) != o), nil
}
func (c *Coroutine) M__hash__() (py.Object, error)       { return py.Int(uintptrOf(c) >> 4), nil }
func (t *Thread) M__eq__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(t) == o), nil }
func (t *Thread) M__ne__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(t) != o), nil }
func (t *Thread) M__hash__() (py.Object, error)          { return py.Int(uintptrOf(t) >> 4), nil }
func (h *Handle) M__eq__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(h) == o), nil }
func (h *Handle) M__ne__(o py.Object) (py.Object, error) { return py.NewBool(py.Object(h) != o), nil }
func (h *Handle) M__hash__() (py.Object, error)          { return py.Int(uintptrOf(h) >> 4), nil }
func (ev *EventLoop) M__eq__(o py.Object) (py.Object, error) {
	return py.NewBool(py.Object(ev) == o), nil
}
func (ev *EventLoop) M__ne__(o py.Object) (py.Object, error) {
	return py.NewBool(py.Object(ev) != o), nil
}
func (ev *EventLoop) M__hash__() (py.Object, error) { return py.Int(uintptrOf(ev) >> 4), nil }

// globalTypes are the types made at package init; init readies them and
// gives them __name__ and __module__.
func init() {
	for t, module := range map[*py.Type]string{
		CancelledErrorType: "asyncio.exceptions", InvalidStateErrorType: "asyncio.exceptions",
		QueueEmptyType: "asyncio.queues", QueueFullType: "asyncio.queues",
		LimitOverrunErrorType: "asyncio.exceptions", IncompleteReadType: "asyncio.exceptions",
		BrokenBarrierType: "asyncio.exceptions", SendfileNotAvailType: "asyncio.exceptions",
		EmptyType: "_queue", FullType: "queue", CFCancelledErrorType: "concurrent.futures._base",
		BrokenExecutorType: "concurrent.futures._base", ThreadBrokenBarrierType: "threading",
		CoroFuncType: "builtins", CoroutineType: "builtins", AsyncGenType: "builtins",
		HandleType: "asyncio.events", TimerHandleType: "asyncio.events", EventLoopType: "asyncio.unix_events",
		StructTimeType: "time", exceptionGroupType: "builtins", StopAsyncIterationType: "builtins", abortType: "builtins",
	} {
		if len(t.Mro) == 0 {
			// Subtypes made after gpython's init inherit TPFLAGS_READY
			// from their base and so are never readied: ready them here.
			t.Flags &^= py.TPFLAGS_READY
			if t.Base == nil && len(t.Bases) > 0 {
				t.Base = t.Bases[0].(*py.Type)
			}
			if err := t.Ready(); err != nil {
				panic(err)
			}
		}
		if _, ok := t.Dict["__name__"]; !ok {
			t.Dict["__name__"] = py.String(t.Name)
			t.Dict["__qualname__"] = py.String(t.Name)
		}
		t.Dict["__module__"] = py.String(module)
	}
}

// kwargsOf turns a kwargs mapping (Thread(kwargs=...)) into keyword
// arguments, with its keys in the mapping's order (nil for None or
// gpython's own dict, whose order is lost), or CPython's TypeError.
func kwargsOf(m py.Object) (py.StringDict, []string, error) {
	switch d := m.(type) {
	case nil:
		return nil, nil, nil
	case py.NoneType:
		return nil, nil, nil
	case py.StringDict:
		return d, nil, nil
	}
	keysFn, err := pyvm.GetAttr(m, "keys")
	if err != nil {
		return nil, nil, newExc(py.TypeError, "argument after ** must be a mapping, not "+m.Type().Name)
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	kw := py.NewStringDict()
	var order []string
	var ierr error
	err = py.Iterate(keys, func(k py.Object) bool {
		s, ok := k.(py.String)
		if !ok {
			ierr = newExc(py.TypeError, "keywords must be strings")
			return true
		}
		var v py.Object
		if v, ierr = py.GetItem(m, k); ierr != nil {
			return true
		}
		kw[string(s)] = v
		order = append(order, string(s))
		return false
	})
	if ierr != nil {
		return nil, nil, ierr
	}
	if err != nil {
		return nil, nil, err
	}
	return kw, order, nil
}

// builtinType gives t, a class made with X.NewType, type as its
// metatype, as CPython's classes written in C have (gpython makes X the
// metatype: type(asyncio.CancelledError) was BaseException). These
// classes are the process's, shared by every kernel a worker runs, so
// they must be immutable as builtin types are: with type as metatype,
// setattr and delattr on them go through type.__setattr__ and
// __delattr__ (pyobj), which refuse; with X, gpython stored into or
// deleted from the class's Dict, and asyncio.TimerHandle.cancel = f or
// del asyncio.CancelledError.__name__ reached the next notebook of a
// reused worker.
func builtinType(t *py.Type) *py.Type {
	t.ObjectType = py.TypeType
	return t
}
