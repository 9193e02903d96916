package pystd

// This file defines module _nbc_fork, which multiprocessing uses to give
// an emulated process what fork(2) gives a real one: its own copy of the
// parent's memory.
//
//	fork(target, args, kwargs) -> (target, args, kwargs)
//
// fork copies the module namespace of target (a function, or a bound
// method of an instance): every value is deep-copied with copy.deepcopy
// and one shared memo, so aliasing inside the namespace is kept, except
// modules, classes, builtins and values that cannot be copied, which are
// shared (a real fork would share nothing, but those hold no user state or
// are synchronisation objects meant to be shared). Functions of that
// namespace are rebound to the copy, so a child that appends to a global
// list appends to its own copy and the parent's list is unchanged, as in
// CPython. args and kwargs are copied with the same memo.

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_nbc_fork", Doc: "fork emulation for multiprocessing"},
		Methods: []*py.Method{
			py.MustNewMethod("fork", fork_fork, 0, "fork(target, args, kwargs) -> (target, args, kwargs) in a copy of target's module namespace"),
		},
	})
}

func fork_fork(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "fork() takes 3 arguments (%d given)", len(args))
	}
	target, fargs, fkw := args[0], args[1], args[2]
	var fn *py.Function
	var self_ py.Object
	switch t := target.(type) {
	case *py.Function:
		fn = t
	case *py.Method:
		return py.Tuple{target, fargs, fkw}, nil
	case *py.BoundMethod:
		if f, ok := t.Method.(*py.Function); ok {
			fn, self_ = f, t.Self
		}
	}
	if fn == nil {
		return py.Tuple{target, fargs, fkw}, nil
	}
	ctx := fn.Context
	copyMod, err := py.ImportModuleLevelObject(ctx, "copy", nil, nil, nil, 0)
	if err != nil {
		if m, gerr := ctx.GetModule("copy"); gerr == nil {
			copyMod, err = m, nil
		}
	}
	if err != nil {
		return nil, err
	}
	deepcopy, err := py.GetAttrString(copyMod, "deepcopy")
	if err != nil {
		return nil, err
	}
	memo := pyrt.NewDict()
	dc := func(v py.Object) py.Object {
		c, err := py.Call(deepcopy, py.Tuple{v, memo}, nil)
		if err != nil {
			return v
		}
		return c
	}
	old := fn.Globals
	g := make(py.StringDict, len(old))
	rebind := func(f *py.Function) *py.Function {
		c := *f
		c.Globals = g
		return &c
	}
	for k, v := range old {
		switch x := v.(type) {
		case *py.Module, *py.Type, *py.Method, py.String, py.Int, py.Float, py.Bool, py.NoneType:
			g[k] = v
		case *py.Function:
			if sameMap(x.Globals, old) {
				g[k] = rebind(x)
			} else {
				g[k] = v
			}
		default:
			if k == "__builtins__" {
				g[k] = v
			} else {
				g[k] = dc(v)
			}
		}
	}
	var out py.Object = rebind(fn)
	if self_ != nil {
		out = py.NewBoundMethod(dc(self_), out)
	}
	return py.Tuple{out, dc(fargs), dc(fkw)}, nil
}

// sameMap reports whether a and b are the same map.
func sameMap(a, b py.StringDict) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}
