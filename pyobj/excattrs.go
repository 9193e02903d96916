package pyobj

// This file gives exceptions CPython's attribute setting, __dict__,
// __reduce__ and __reduce_ex__ (which copy.copy, copy.deepcopy and vars()
// use). An exception's attributes set by user code live in
// (*py.Exception).Dict and are read through the slot descriptors of
// exception.go, one per name. Names are declared when a class body or a
// user class's method uses them; BaseException.__setattr__ declares any
// name that compiled code stores (pyrt.OnCompile: e.attr = 1 on a
// ValueError at module level) and setattr() any other, as it sets it;
// both raised AttributeError before. OSError's
// fields and BlockingIOError's characters_written live in the Dict too,
// but CPython keeps them in slots, not in __dict__.

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// slotNames are the names exceptions store in their Dict that CPython
// keeps out of __dict__.
var slotNames = func() map[string]bool {
	m := map[string]bool{"characters_written": true}
	for _, n := range pyrt.OSErrorFields {
		m[n] = true
	}
	return m
}()

// excDict is e.__dict__: a new dict of the attributes user code set,
// sorted by name (gpython keeps them in a Go map, which has no order;
// CPython's dict has the order they were set in).
func excDict(e *py.Exception) *pyrt.Dict {
	names := make([]string, 0, len(e.Dict))
	for k := range e.Dict {
		if !slotNames[k] && !isMember(e.Base, k) {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	d := pyrt.NewDict()
	for _, k := range names {
		d.SetItem(py.String(k), e.Dict[k])
	}
	return d
}

// excReduce is BaseException.__reduce__: (class, args) and the __dict__
// when there is one. OSError's args get back the file names that
// construction took out of them (its winerror, third, is None off
// Windows).
func excReduce(e *py.Exception) py.Object {
	args := excArgs(e)
	if e.Base != nil && e.Base.IsSubtype(py.OSError) {
		f1, f2 := e.Dict["filename"], e.Dict["filename2"]
		if f1 != nil && f1 != py.None && len(args) == 2 {
			args = append(args.Copy(), f1)
			if f2 != nil && f2 != py.None {
				args = append(args, py.None, f2)
			}
		}
	}
	if d := excDict(e); d.Len() > 0 {
		return py.Tuple{e.Base, args, d}
	}
	return py.Tuple{e.Base, args}
}

// setExcAttr is setattr(e, name, v): a descriptor of the class (a
// property, a declared slot) takes the value, as object.__setattr__ lets
// it; any other name is declared and stored.
func setExcAttr(e *py.Exception, name, v py.Object) (py.Object, error) {
	n, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", pyrt.TypeName(name))
	}
	if e == py.NotImplemented {
		return nil, notImplementedAttr(string(n))
	}
	if set, ok := e.Base.NativeGetAttrOrNil(string(n)).(py.I__set__); ok {
		return set.M__set__(e, v)
	}
	declareAttr(string(n))
	e.Dict[string(n)] = v
	return py.None, nil
}

func init() {
	pyvm.ExceptionGetAttr = excGetAttr
	pyrt.OnCompile(DeclareNames)
	d := py.BaseException.Dict
	d["__setattr__"] = method("__setattr__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__setattr__", args, 1); err != nil {
			return nil, err
		}
		if len(args) != 3 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args)-1+len(kwargs))
		}
		e, err := asExc(args[0], "__setattr__")
		if err != nil {
			return nil, err
		}
		return setExcAttr(e, args[1], args[2])
	})
	d["__dict__"] = prop(func(e *py.Exception) (py.Object, error) {
		return excDict(e), nil
	}, nil)
	d["__reduce__"] = method("__reduce__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__reduce__", args, 1); err != nil {
			return nil, err
		}
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "BaseException.__reduce__() takes no arguments (%d given)", len(args)-1+len(kwargs))
		}
		e, err := asExc(args[0], "__reduce__")
		if err != nil {
			return nil, err
		}
		return excReduce(e), nil
	})
	d["__setstate__"] = method("__setstate__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__setstate__", args, 1); err != nil {
			return nil, err
		}
		if len(args) != 2 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "BaseException.__setstate__() takes exactly one argument (%d given)", len(args)-1+len(kwargs))
		}
		e, err := asExc(args[0], "__setstate__")
		if err != nil {
			return nil, err
		}
		return py.None, excSetState(e, args[1])
	})
	d["__reduce_ex__"] = method("__reduce_ex__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := needSelf("BaseException.__reduce_ex__", args, 1); err != nil {
			return nil, err
		}
		if len(args) != 2 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__reduce_ex__() takes exactly one argument (%d given)", len(args)-1+len(kwargs))
		}
		e, err := asExc(args[0], "__reduce_ex__")
		if err != nil {
			return nil, err
		}
		// A class that defines __reduce__ in Python is reduced by it, as
		// object.__reduce_ex__ does.
		if f, ok := Lookup(e.Base, "__reduce__").(*py.Function); ok {
			return py.Call(f, py.Tuple{e}, nil)
		}
		return excReduce(e), nil
	})
}

// excGetAttr is getattr(e, name) for an exception, as CPython computes
// it for any object: a __getattribute__ of the class (object's by
// default), then, when that raised AttributeError, the class's
// __getattr__. gpython's own path ends in (*py.Exception).M__getattr__,
// which answers every name with the exception's args (so
// hasattr(ValueError(), 'message') was True); pyvm routes exceptions'
// attribute reads here instead (pyvm.ExceptionGetAttr).
func excGetAttr(e *py.Exception, name string) (py.Object, error) {
	t := e.Base
	var v py.Object
	var err error
	if f := userLookup(t, "__getattribute__"); f != nil {
		v, err = callBound(f, e, t, py.Tuple{py.String(name)}, nil)
	} else {
		v, err = excGenericGetAttr(e, name)
	}
	if err != nil && py.IsException(py.AttributeError, err) {
		if f := userLookup(t, "__getattr__"); f != nil {
			return callBound(f, e, t, py.Tuple{py.String(name)}, nil)
		}
	}
	return v, err
}

// excGenericGetAttr is object.__getattribute__(e, name): a data
// descriptor along the class's MRO (a property such as args, a slot),
// then the exception's own attributes, then any other class attribute
// (a method, bound), else AttributeError with CPython's message.
func excGenericGetAttr(e *py.Exception, name string) (py.Object, error) {
	t := e.Base
	tv, owner := lookupFrom(t, name, 0)
	if tv != nil && isDataDescriptor(tv) {
		return bind(tv, e, t)
	}
	if v, ok := e.Dict[name]; ok {
		return v, nil
	}
	if tv != nil {
		if owner == py.ObjectType {
			if m, ok := tv.(*py.Method); ok {
				return py.NewBoundMethod(e, m), nil
			}
		}
		return bind(tv, e, t)
	}
	if name == "__doc__" {
		return py.GetAttrString(t, "__doc__") // a builtin class's doc
	}
	if e == py.NotImplemented {
		return nil, notImplementedAttr(name)
	}
	return nil, attrError(e, name)
}

// excSetState is BaseException.__setstate__(state), which copy and
// deepcopy call with the __dict__ __reduce__ gave: each item is set as
// an attribute.
func excSetState(e *py.Exception, state py.Object) error {
	switch d := unwrap(state).(type) {
	case *pyrt.Dict:
		for _, k := range d.Keys() {
			v, _, err := d.GetItem(k)
			if err != nil {
				return err
			}
			if _, err := setExcAttr(e, k, v); err != nil {
				return err
			}
		}
		return nil
	case py.StringDict:
		names := make([]string, 0, len(d))
		for k := range d {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if _, err := setExcAttr(e, py.String(k), d[k]); err != nil {
				return err
			}
		}
		return nil
	case py.NoneType:
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "state is not a dictionary")
}
