package pyrt

// This file adds the attributes gpython's builtin objects lack: __class__
// on every object; and on functions __doc__ (gpython keeps the docstring
// in Function.Doc but gives no attribute for it) and __module__ (the
// __name__ of the function's globals, as CPython sets it when the
// function is made), both assignable, as functools.wraps needs; and
// __annotations__ as CPython's (an ordered dict, made empty on first
// read and kept: gpython's was a nil map that f.__annotations__['x'] = 1
// crashed on).

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// annKey is the one key of a function's gpython Annotations map once
// its __annotations__ was read or set: its value is the Python dict.
const annKey = "__nbc_annotations__"

// funcAnnotations is f.__annotations__: the dict kept under annKey, else
// a new ordered dict of gpython's annotations (by name, as a Go map has
// no order), kept on the function.
func funcAnnotations(f *py.Function) py.Object {
	if d, ok := f.Annotations[annKey]; ok {
		return d
	}
	d := NewDict()
	names := make([]string, 0, len(f.Annotations))
	for k := range f.Annotations {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		d.SetItem(py.String(k), f.Annotations[k])
	}
	f.Annotations = py.StringDict{annKey: d}
	return d
}

func installFuncAttrs() {
	// Every builtin value has __class__ (pyobj instances answer it
	// themselves): 3 .__class__ is int.
	if _, ok := py.ObjectType.Dict["__class__"]; !ok {
		py.ObjectType.Dict["__class__"] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				return self.Type(), nil
			},
		}
	}
	py.FunctionType.Dict["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if f.Doc == nil {
				return py.None, nil
			}
			return f.Doc, nil
		},
		Fset: func(self, value py.Object) error {
			self.(*py.Function).Doc = value
			return nil
		},
	}
	py.FunctionType.Dict["__annotations__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			return funcAnnotations(self.(*py.Function)), nil
		},
		Fset: func(self, value py.Object) error {
			f := self.(*py.Function)
			switch value.(type) {
			case *Dict, py.StringDict:
				f.Annotations = py.StringDict{annKey: value}
			case py.NoneType:
				f.Annotations = nil
			default:
				return py.ExceptionNewf(py.TypeError, "__annotations__ must be set to a dict object")
			}
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Function).Annotations = nil
			return nil
		},
	}
	py.FunctionType.Dict["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if m, ok := f.Dict["__module__"]; ok {
				return m, nil
			}
			if m, ok := f.Globals["__name__"]; ok {
				return m, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			self.(*py.Function).Dict["__module__"] = value
			return nil
		},
	}
	// A builtin function (gpython's Method) has __name__, __qualname__,
	// __doc__ and __module__, as functools.wraps and lru_cache read them.
	methodAttr := func(get func(m *py.Method) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(self.(*py.Method)), nil
		}}
	}
	for name, get := range map[string]func(m *py.Method) py.Object{
		"__name__":     func(m *py.Method) py.Object { return py.String(m.Name) },
		"__qualname__": func(m *py.Method) py.Object { return py.String(m.Name) },
		"__doc__": func(m *py.Method) py.Object {
			if m.Doc == "" {
				return py.None
			}
			return py.String(m.Doc)
		},
		"__module__": func(m *py.Method) py.Object {
			if m.Module != nil && m.Module.ModuleImpl != nil {
				return py.String(m.Module.ModuleImpl.Info.Name)
			}
			return py.String("builtins")
		},
	} {
		if _, ok := py.MethodType.Dict[name]; !ok {
			py.MethodType.Dict[name] = methodAttr(get)
		}
	}
	// A bound method reads __doc__ and __module__ from its function.
	for _, name := range []string{"__doc__", "__module__"} {
		name := name
		if _, ok := py.BoundMethodType.Dict[name]; ok {
			continue
		}
		py.BoundMethodType.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				return py.GetAttrString(self.(*py.BoundMethod).Method, name)
			},
		}
	}
}
