package transpile

import "github.com/go-python/gpython/py"

// installKwargStandins adds stand-ins for the keyword-order helpers that
// pyrt implements (pyrt/kwargs.go), unless they are installed already:
// __nbc_ko(value, names) returns value and __nbc_kwargs(kw) returns kw, so
// lowered code runs on a bare gpython context, keywords in map order.
func installKwargStandins(b *py.Module) {
	standins := map[string]func(self py.Object, args py.Tuple) (py.Object, error){
		"__nbc_ko": func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "__nbc_ko expects a value and the keyword names")
			}
			return args[0], nil
		},
		"__nbc_kwargs": func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "__nbc_kwargs expects one argument")
			}
			return args[0], nil
		},
	}
	for name, fn := range standins {
		if _, ok := b.Globals[name]; !ok {
			b.Globals[name] = py.MustNewMethod(name, fn, 0, name)
		}
	}
}
