package pystd

// This file is module _weakref, behind lib/weakref.py: weak references
// over Go's weak pointers, and module gc (collect, enable, disable,
// isenabled).
//
// CPython frees an object the moment its last reference goes (reference
// counting); Go's collector frees it at the next collection. So that a
// weak reference reads as CPython's would, reading one (handle.get) first
// forces a collection, then looks at the weak pointer: an object nothing
// in the interpreter refers to any more reads as dead, as in CPython.
// Every read forces a collection until forced collections have taken
// gcBudget in all; after that, so that code reading weak references in a
// loop stays fast, a collection is forced only when the previous one is
// older than four times its own duration (the collector then costs at
// most a fifth of the time), and in between an object may read as alive a
// little longer. Callbacks of
// references and finalizers run when a collection found their object
// dead: at the next read of any weak reference, weak container operation
// or gc.collect(), not at the `del` itself.

import (
	"reflect"
	"runtime"
	"sync"
	"time"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrt"
)

// weakHandle holds an object weakly.
type weakHandle struct {
	typ reflect.Type // the object's Go type, a pointer type
	ptr weak.Pointer[byte]
	// strong holds objects Go cannot point to weakly (zero-sized
	// values); they never die.
	strong py.Object
	// onDeath, if set, is called once when the object is found dead.
	onDeath py.Object
	dead    bool
	// ctx is the interpreter that made the handle; its callbacks are
	// dropped when that interpreter closes (tests run many in a process).
	ctx py.Context
}

var weakHandleType = py.NewType("weakhandle", "a weak pointer to an object (nbcheck's _weakref)")

func (h *weakHandle) Type() *py.Type { return weakHandleType }

// peek returns the object, or nil when it was collected.
func (h *weakHandle) peek() py.Object {
	if h.strong != nil {
		return h.strong
	}
	if h.dead {
		return nil
	}
	p := h.ptr.Value()
	if p == nil {
		h.dead = true
		return nil
	}
	return reflect.NewAt(h.typ.Elem(), unsafe.Pointer(p)).Interface().(py.Object)
}

// unweakable names the builtin types CPython gives no weak references.
var unweakable = map[string]bool{
	"int": true, "bool": true, "float": true, "complex": true, "str": true,
	"bytes": true, "bytearray": true, "tuple": true, "list": true, "dict": true,
	"NoneType": true, "NotImplementedType": true, "ellipsis": true,
	"range": true, "slice": true, "weakhandle": true,
}

// gcBudget is how long forced collections may take before they are
// rate-limited.
const gcBudget = 2 * time.Second

var gcState struct {
	sync.Mutex
	last     time.Time     // end of the last forced collection
	cost     time.Duration // how long it took
	spent    time.Duration // time taken by all forced collections
	watched  []*weakHandle // handles with an onDeath callback
	disabled bool
	running  bool // callbacks are being run
}

// collect forces a Go collection (unless one ran very recently, or
// always when force is set), then calls the callbacks of the watched
// handles whose objects died.
func collect(force bool) error {
	gcState.Lock()
	if force || gcState.spent < gcBudget || time.Since(gcState.last) >= 4*gcState.cost {
		gcState.Unlock()
		start := time.Now()
		runtime.GC()
		gcState.Lock()
		gcState.last = time.Now()
		gcState.cost = gcState.last.Sub(start)
		gcState.spent += gcState.cost
	}
	if gcState.running {
		gcState.Unlock()
		return nil
	}
	var due []*weakHandle
	kept := gcState.watched[:0]
	for _, h := range gcState.watched {
		if h.onDeath == nil {
			continue
		}
		if h.peek() == nil {
			due = append(due, h)
		} else {
			kept = append(kept, h)
		}
	}
	for i := len(kept); i < len(gcState.watched); i++ {
		gcState.watched[i] = nil
	}
	gcState.watched = kept
	gcState.running = true
	gcState.Unlock()
	defer func() {
		gcState.Lock()
		gcState.running = false
		gcState.Unlock()
	}()
	var first error
	for _, h := range due {
		fn := h.onDeath
		h.onDeath = nil
		if _, err := py.Call(fn, nil, nil); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func newWeakHandle(o py.Object) (*weakHandle, error) {
	t := o.Type()
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || (unweakable[t.Name] && !pyobj.IsClass(t)) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create weak reference to '%s' object", pyrt.TypeName(o))
	}
	h := &weakHandle{typ: v.Type()}
	if v.Type().Elem().Size() == 0 {
		h.strong = o
		return h, nil
	}
	h.ptr = weak.Make((*byte)(v.UnsafePointer()))
	return h, nil
}

func init() {
	weakHandleType.Dict["get"] = py.MustNewMethod("get", func(self py.Object) (py.Object, error) {
		h := self.(*weakHandle)
		if o := h.peek(); o == nil {
			return py.None, nil
		}
		if err := collect(false); err != nil {
			return nil, err
		}
		if o := h.peek(); o != nil {
			return o, nil
		}
		return py.None, nil
	}, 0, "get() -> the object, or None once it was collected (forces a collection)")
	weakHandleType.Dict["peek"] = py.MustNewMethod("peek", func(self py.Object) (py.Object, error) {
		if o := self.(*weakHandle).peek(); o != nil {
			return o, nil
		}
		return py.None, nil
	}, 0, "peek() -> the object, or None once it was collected (no collection)")
	weakHandleType.Dict["on_death"] = py.MustNewMethod("on_death", func(self, fn py.Object) (py.Object, error) {
		h := self.(*weakHandle)
		gcState.Lock()
		defer gcState.Unlock()
		if h.onDeath == nil {
			gcState.watched = append(gcState.watched, h)
		}
		h.onDeath = fn
		if fn == py.None {
			h.onDeath = nil
		}
		return py.None, nil
	}, 0, "on_death(fn) -> call fn() once when the object is found dead (None: never)")

	handle := py.MustNewMethod("handle", func(self py.Object, o py.Object) (py.Object, error) {
		h, err := newWeakHandle(o)
		if err == nil {
			if m, ok := self.(*py.Module); ok {
				h.ctx = m.Context
			}
		}
		return h, err
	}, 0, "handle(obj) -> a weak handle to obj; TypeError if obj cannot be weakly referenced")
	collectFn := py.MustNewMethod("collect", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return py.None, collect(len(args) > 0 && args[0] == py.True)
	}, 0, "collect(force=False) -> force a collection and run the callbacks of dead objects")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_weakref", Doc: "Go weak pointers behind nbcheck's weakref"},
		Methods: []*py.Method{handle, collectFn},
		OnContextClosed: func(m *py.Module) {
			gcState.Lock()
			defer gcState.Unlock()
			kept := gcState.watched[:0]
			for _, h := range gcState.watched {
				if h.ctx != m.Context {
					kept = append(kept, h)
				}
			}
			for i := len(kept); i < len(gcState.watched); i++ {
				gcState.watched[i] = nil
			}
			gcState.watched = kept
		},
	})

	// Module gc: collect() returns 0 where CPython counts the objects it
	// found unreachable (Go's collector does not count them).
	gcCollect := py.MustNewMethod("collect", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "collect() takes at most 1 argument (%d given)", len(args))
		}
		return py.Int(0), collect(true)
	}, 0, "collect(generation=2) -> 0; runs a full collection and the weakref callbacks it makes due")
	enable := py.MustNewMethod("enable", func(_ py.Object) (py.Object, error) {
		gcState.Lock()
		gcState.disabled = false
		gcState.Unlock()
		return py.None, nil
	}, 0, "enable() -> None")
	disable := py.MustNewMethod("disable", func(_ py.Object) (py.Object, error) {
		gcState.Lock()
		gcState.disabled = true
		gcState.Unlock()
		return py.None, nil
	}, 0, "disable() -> None (records the state only: Go's collector keeps running)")
	isenabled := py.MustNewMethod("isenabled", func(_ py.Object) (py.Object, error) {
		gcState.Lock()
		defer gcState.Unlock()
		return py.NewBool(!gcState.disabled), nil
	}, 0, "isenabled() -> bool")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "gc", Doc: "nbcheck's gc: collections of Go's collector"},
		Methods: []*py.Method{gcCollect, enable, disable, isenabled},
		// Each kernel's gc gets a list of its own (Globals are copied
		// shallowly into every module instance).
		CodeSrc: "garbage = []\n",
	})
	// A worker process runs notebooks one after another: the next one
	// starts with gc as a fresh process has it.
	pyrt.OnIdle(func() {
		gcState.Lock()
		defer gcState.Unlock()
		gcState.last, gcState.cost, gcState.spent = time.Time{}, 0, 0
		gcState.watched, gcState.disabled = nil, false
	})
}
