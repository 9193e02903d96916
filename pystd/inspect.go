package pystd

// This file is module _nbinspect, behind lib/inspect.py: what gpython
// keeps in Go and does not show to Python code (code objects' fields, a
// generator's state).

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	code := py.MustNewMethod("code", func(_ py.Object, o py.Object) (py.Object, error) {
		var c *py.Code
		switch v := o.(type) {
		case *py.Function:
			c = v.Code
		case *py.Code:
			c = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "code(): a function or code object is required, not '%s'", pyrt.TypeName(o))
		}
		names := make(py.Tuple, len(c.Varnames))
		for i, n := range c.Varnames {
			names[i] = py.String(n)
		}
		return py.Tuple{py.Int(c.Argcount), py.Int(c.Kwonlyargcount), names, py.Int(c.Flags),
			py.String(c.Name), py.String(c.Filename), py.Int(c.Firstlineno)}, nil
	}, 0, "code(f) -> (argcount, kwonlyargcount, varnames, flags, name, filename, firstlineno)")
	genstate := py.MustNewMethod("genstate", func(_ py.Object, o py.Object) (py.Object, error) {
		g, ok := o.(*py.Generator)
		if !ok {
			return py.None, nil
		}
		switch {
		case g.Running:
			return py.String("GEN_RUNNING"), nil
		case g.Frame == nil:
			return py.String("GEN_CLOSED"), nil
		case g.Frame.Lasti == 0:
			return py.String("GEN_CREATED"), nil
		case g.Frame.Yielded:
			return py.String("GEN_SUSPENDED"), nil
		}
		return py.String("GEN_CLOSED"), nil
	}, 0, "genstate(gen) -> 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED' or 'GEN_CLOSED'; None if gen is not a gpython generator")
	isgen := py.MustNewMethod("isgenerator", func(_ py.Object, o py.Object) (py.Object, error) {
		_, ok := o.(*py.Generator)
		return py.NewBool(ok), nil
	}, 0, "isgenerator(obj) -> whether obj is a generator object")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbinspect", Doc: "gpython internals behind nbcheck's inspect"},
		Methods: []*py.Method{code, genstate, isgen},
	})
}
