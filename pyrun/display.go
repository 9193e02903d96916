package pyrun

// This file defines the kernel's own builtins: __nbc_display (Jupyter's
// displayhook), display(), sys.stdout/sys.stderr and a sys.exit that
// raises; and the IPython.display module.

import (
	"fmt"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

var kernels sync.Map // py.Context -> *Kernel

func kernelOf(ctx py.Context) (*Kernel, error) {
	v, ok := kernels.Load(ctx)
	if !ok {
		return nil, py.ExceptionNewf(py.RuntimeError, "display: not running in an nbcheck kernel")
	}
	return v.(*Kernel), nil
}

func (k *Kernel) installBuiltins() error {
	b := k.ctx.Store().Builtins.Globals
	b["__nbc_display"] = py.MustNewMethod("__nbc_display", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_display expected 1 argument, got %d", len(args))
		}
		return py.None, k.displayhook(args[0])
	}, 0, "")
	b["display"] = py.MustNewMethod("display", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, k.display(args)
	}, 0, "")
	sys, err := k.ctx.GetModule("sys")
	if err != nil {
		return err
	}
	fillSys(sys.Globals)
	ctx := k.ctx
	sys.Globals["exc_info"] = py.MustNewMethod("exc_info", func(_ py.Object) (py.Object, error) {
		h := pyvm.Handled(ctx)
		if !h.IsSet() {
			return py.Tuple{py.None, py.None, py.None}, nil
		}
		var tb py.Object = py.None
		if h.Traceback != nil {
			tb = h.Traceback
		}
		return py.Tuple{h.Type, h.Value, tb}, nil
	}, 0, "exc_info() -> (type, value, traceback) of the exception being handled")
	sys.Globals["exception"] = py.MustNewMethod("exception", func(_ py.Object) (py.Object, error) {
		if h := pyvm.Handled(ctx); h.IsSet() {
			return h.Value, nil
		}
		return py.None, nil
	}, 0, "exception() -> the exception being handled, or None")
	sys.Globals["stdout"] = &stream{name: "stdout", write: k.emit, flush: k.flush}
	sys.Globals["stderr"] = &stream{name: "stderr", write: k.emit, flush: k.flush}
	sys.Globals["__stdout__"] = sys.Globals["stdout"]
	sys.Globals["__stderr__"] = sys.Globals["stderr"]
	sys.Globals["exit"] = py.MustNewMethod("exit", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
		}
		// args is the caller's stack: the exception keeps a copy.
		return nil, &py.Exception{Base: py.SystemExit, Args: append(py.Tuple(nil), args...), Dict: py.StringDict{}}
	}, 0, "")
	sys.Globals["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return py.Int(k.state.Limit), nil
	}, 0, "")
	sys.Globals["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		n, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
		}
		// A Go stack holds far more than CPython's C stack; the cap keeps
		// a runaway recursion from overflowing it.
		if n > maxRecursionLimit {
			n = maxRecursionLimit
		}
		k.state.Limit = n
		return py.None, nil
	}, 0, "")
	if k.opts.Argv != nil {
		sys.Globals["argv"] = py.NewListFromStrings(k.opts.Argv)
	}
	k.installSys(sys.Globals)
	return nil
}

// maxRecursionLimit caps sys.setrecursionlimit: deeper Python recursion
// would risk Go's stack limit.
const maxRecursionLimit = 20000

// emit sends stream text to the kernel's current sink.
func (k *Kernel) emit(name, text string) { k.sink(name, text) }

// displayhook is sys.displayhook in IPython: record an execute_result
// (IPython's pretty text, see pyrt.Pretty) and update _, __, ___, _N and
// Out.
func (k *Kernel) displayhook(v py.Object) error {
	if v == py.None {
		return nil
	}
	text, err := pyrt.Pretty(v)
	if err != nil {
		return err
	}
	n := k.count
	k.outputs = append(k.outputs, &ipynb.Output{
		Type:           ipynb.ExecuteResult,
		Data:           textPlain(text),
		ExecutionCount: &n,
		Metadata:       ipynb.RawObject{},
	})
	g := k.main.Globals
	g["___"] = g["__"]
	g["__"] = g["_"]
	g["_"] = v
	g[fmt.Sprintf("_%d", n)] = v
	return k.out.SetItem(py.Int(n), v)
}

// display is IPython's display(*objs): one display_data per object.
func (k *Kernel) display(objs py.Tuple) error {
	for _, o := range objs {
		text, err := pyrt.Pretty(o)
		if err != nil {
			return err
		}
		if k.dropDisplay(text) {
			continue
		}
		k.outputs = append(k.outputs, &ipynb.Output{
			Type:     ipynb.DisplayData,
			Data:     textPlain(text),
			Metadata: ipynb.RawObject{},
		})
	}
	return nil
}

func textPlain(s string) ipynb.MimeBundle {
	return ipynb.MimeBundle{"text/plain": jsonString(s)}
}

func init() {
	display := py.MustNewMethod("display", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.RuntimeError, "display: no module")
		}
		k, err := kernelOf(m.Context)
		if err != nil {
			return nil, err
		}
		return py.None, k.display(args)
	}, 0, "display(*objs): show each object as display_data")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "IPython.display", Doc: "nbcheck's IPython.display"},
		Methods: []*py.Method{display},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "IPython", Doc: "nbcheck's IPython"},
		Methods: []*py.Method{display},
	})
}
