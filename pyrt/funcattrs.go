package pyrt

// This file adds the attributes gpython's builtin objects lack: __class__
// on every object; and on functions __doc__ (gpython keeps the docstring
// in Function.Doc but gives no attribute for it) and __module__ (the
// __name__ of the function's globals, as CPython sets it when the
// function is made), both assignable, as functools.wraps needs.

import "github.com/go-python/gpython/py"

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
