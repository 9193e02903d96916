package pyrt

// This file keeps keyword arguments in call order. gpython passes keyword
// arguments in a Go map (py.StringDict), so a function's **kwargs saw its
// keys in random order: print(kwargs) and kwargs.items() were
// nondeterministic. The transpiler tells the runtime the order at each
// call site that passes two or more keywords or a **mapping, and gives
// every function with a **name parameter the first statement
// `name = __nbc_kwargs(name)`, which makes it an ordered dict
// (docs/lowering.md, "Keyword order").
//
// The order is per context (each closure below holds its own kwOrder):
// the latest call site's order wins, and it is never cleared, so that a
// class's Python __new__ and __init__ both see the order of the one call
// that created the instance. A **kwargs whose keys are not all in the
// latest order (a call from Go code, a generator or coroutine started
// later, a stale order) is ordered by key: deterministic, if not
// CPython's.

import (
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyvm"
)

// kwStateName is the builtin that holds a context's kwOrder, for the
// VmEvalCode wrapper (which knows only the context).
const kwStateName = "__nbc_kwstate"

var kwOrderType = py.NewType("keyword_order", "the keyword order of the latest call")

// Type returns the state's Python type.
func (o *kwOrder) Type() *py.Type { return kwOrderType }

var wrapEvalOnce, vmOnce sync.Once

// installVM makes nbcheck's evaluator (package pyvm) the VM unless
// $NBCHECK_VM says gpython, and gives it this file's keyword checks and
// the message fixes, which it applies itself (there is then no wrapper:
// wrapEvalCode is for gpython's VM only).
func installVM() {
	vmOnce.Do(func() {
		pyvm.FixError = FixMessages
		pyvm.CheckKeywords = checkKeywords
		pyvm.Iter = Iter
		// The operator helpers (docs/lowering.md) give the operator's
		// result for two ints; pyvm computes it without the call.
		pyvm.RegisterOperatorHelper("__nbc_add", vm.BINARY_ADD)
		pyvm.RegisterOperatorHelper("__nbc_floordiv", vm.BINARY_FLOOR_DIVIDE)
		pyvm.RegisterOperatorHelper("__nbc_mod", vm.BINARY_MODULO)
		pyvm.RegisterTrueDivHelper("__nbc_truediv")
		pyvm.RegisterComparisonHelper("__nbc_lt", vm.PyCmp_LT)
		pyvm.RegisterComparisonHelper("__nbc_le", vm.PyCmp_LE)
		pyvm.RegisterComparisonHelper("__nbc_gt", vm.PyCmp_GT)
		pyvm.RegisterComparisonHelper("__nbc_ge", vm.PyCmp_GE)
		pyvm.RecursionError = func() error {
			return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
		}
		pyvm.Install()
	})
}

// wrapEvalCode wraps gpython's py.VmEvalCode (once per process) so that a
// call passing two or more keywords that gpython refuses gets CPython's
// error about the first offending keyword in call order. gpython checks
// the keywords in Go map order, so `f(1, z=1, y=2)` named z or y at
// random. The errors are gpython's own (same text, same conditions);
// only the choice among them is made deterministic.
func wrapEvalCode() {
	evalCode := py.VmEvalCode
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
		if len(kws) >= 2 && ctx != nil {
			if err := checkKeywords(ctx, code, len(args), kws); err != nil {
				return nil, err
			}
		}
		res, err := evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
		if err != nil {
			FixMessages(err) // indexmsg.go
		}
		return res, err
	}
}

// checkKeywords mirrors gpython's keyword binding errors (vm.EvalCode),
// keywords taken in the recorded call order (sorted when there is none).
func checkKeywords(ctx py.Context, code *py.Code, nargs int, kws py.StringDict) error {
	b := ctx.Store().Builtins
	if b == nil {
		return nil
	}
	o, ok := b.Globals[kwStateName].(*kwOrder)
	if !ok {
		return nil
	}
	total := int(code.Argcount + code.Kwonlyargcount)
	if total > len(code.Varnames) {
		return nil
	}
	n := min(nargs, int(code.Argcount))
	varkw := code.Flags&py.CO_VARKEYWORDS != 0
	sorted := make([]string, 0, len(kws))
	for k := range kws {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range o.keysOf(kws, sorted) {
		j := 0
		for ; j < total; j++ {
			if code.Varnames[j] == k {
				break
			}
		}
		if j == total {
			if !varkw {
				return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", code.Name, k)
			}
			continue
		}
		if j < n {
			return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", code.Name, k)
		}
	}
	return nil
}

// kwOrder is the keyword order of the latest call site that recorded
// one: names (space-separated, the call site's constant), then keys (a
// **mapping's keys, in its order).
type kwOrder struct {
	names string
	keys  []string
}

// each calls f with each recorded name in order.
func (o *kwOrder) each(f func(string)) {
	rest := o.names
	for rest != "" {
		var k string
		k, rest, _ = strings.Cut(rest, " ")
		f(k)
	}
	for _, k := range o.keys {
		f(k)
	}
}

// ordered turns a function's **kwargs into an ordered dict: in the
// recorded order when it holds every key, else sorted by key.
func (o *kwOrder) ordered(kw py.StringDict) (*Dict, error) {
	d := NewDict()
	switch len(kw) {
	case 0:
		return d, nil
	case 1:
		for k, v := range kw {
			if err := d.SetItem(py.String(k), v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	var err error
	o.each(func(k string) {
		if v, ok := kw[k]; ok && err == nil {
			err = d.SetItem(py.String(k), v)
		}
	})
	if err != nil {
		return nil, err
	}
	if d.Len() == len(kw) {
		return d, nil
	}
	return dictFromStringDict(kw), nil
}

// keysOf returns kw's keys in the recorded order when it holds them all,
// else sorted (the sorted keys are passed in).
func (o *kwOrder) keysOf(kw py.StringDict, sorted []string) []string {
	keys := make([]string, 0, len(kw))
	o.each(func(k string) {
		if _, ok := kw[k]; ok && !containsStr(keys, k) {
			keys = append(keys, k)
		}
	})
	if len(keys) == len(kw) {
		return keys
	}
	return sorted
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// kwMapping is __nbc_kw's conversion: the mapping after ** as gpython's
// str-keyed dict, and its keys in the mapping's order (sorted for a
// StringDict, whose order is lost).
func kwMapping(m py.Object) (py.StringDict, []string, error) {
	if sd, ok := m.(py.StringDict); ok {
		keys := make([]string, 0, len(sd))
		for k := range sd {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return sd, keys, nil
	}
	d, ok := m.(*Dict)
	if !ok {
		d = NewDict()
		if _, err := pyvm.GetAttr(m, "keys"); err != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", TypeName(m))
		}
		if err := d.update(m); err != nil {
			return nil, nil, err
		}
	}
	out := py.NewStringDictSized(d.Len())
	keys := make([]string, 0, d.Len())
	for _, e := range d.t.entries {
		if e.deleted {
			continue
		}
		k, ok := e.key.(py.String)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		out[string(k)] = e.value
		keys = append(keys, string(k))
	}
	return out, keys, nil
}

// installKwargs installs the keyword-order helpers of one context. It
// replaces the table's __nbc_kw and __nbc_call with versions that record
// the order.
func (rt *runtime) installKwargs(g py.StringDict) {
	o := &kwOrder{}
	g[kwStateName] = o
	if !pyvm.Installed() {
		wrapEvalOnce.Do(wrapEvalCode)
	}
	add := func(name string, f func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return f(args, kwargs)
		}, 0, "")
	}
	// __nbc_ko(value, 'k1 k2 ...'): records the order, returns value.
	add("__nbc_ko", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_ko expects a value and the keyword names")
		}
		s, _ := args[1].(py.String)
		o.names, o.keys = string(s), nil
		return args[0], nil
	})
	// __nbc_kw(mapping[, 'k1 k2 ...']): the mapping as gpython's dict;
	// records the explicit keywords' order, then the mapping's.
	add("__nbc_kw", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_kw expects a mapping and the keyword names")
		}
		sd, keys, err := kwMapping(args[0])
		if err != nil {
			return nil, err
		}
		if raw, ok := args[0].(py.StringDict); ok && len(raw) > 1 {
			// Already gpython's dict (an earlier __nbc_kw's result, a
			// **kwargs from code that was not transpiled): the recorded
			// order if it covers the keys.
			keys = o.keysOf(raw, keys)
		}
		names := ""
		if len(args) == 2 {
			s, _ := args[1].(py.String)
			names = string(s)
		}
		o.names, o.keys = names, keys
		return sd, nil
	})
	// __nbc_kwargs(kw): the prologue of a function with **kw.
	add("__nbc_kwargs", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_kwargs expects one argument")
		}
		kw, ok := args[0].(py.StringDict)
		if !ok {
			return args[0], nil
		}
		return o.ordered(kw)
	})
	// __nbc_call(f, parts..., kwargs): records the keyword mapping's order;
	// dict(...) gets its keys in that order.
	add("__nbc_call", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 2 {
			return helper_call(args, kw)
		}
		km := args[len(args)-1]
		if args[0] == DictType {
			return dictCall(args, km)
		}
		switch m := km.(type) {
		case *Dict:
			keys := make([]string, 0, m.Len())
			for _, e := range m.t.entries {
				if s, ok := e.key.(py.String); ok && !e.deleted {
					keys = append(keys, string(s))
				}
			}
			o.names, o.keys = "", keys
		case py.StringDict:
			_, keys, _ := kwMapping(m)
			o.names, o.keys = "", keys
		}
		return helper_call(args, kw)
	})
}

// dictCall is __nbc_call(dict, parts..., kwargs): dict(*args, **kwargs)
// with the keywords inserted in call order.
func dictCall(args py.Tuple, km py.Object) (py.Object, error) {
	pos, err := expandParts(args[1 : len(args)-1])
	if err != nil {
		return nil, err
	}
	if len(pos) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(pos))
	}
	d := NewDict()
	if len(pos) == 1 {
		if err := d.update(pos[0]); err != nil {
			return nil, err
		}
	}
	if km == py.None {
		return d, nil
	}
	sd, keys, err := kwMapping(km)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := d.SetItem(py.String(k), sd[k]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// kwState returns ctx's keyword-order slot, or nil.
func kwState(ctx py.Context) *kwOrder {
	if ctx == nil || ctx.Store().Builtins == nil {
		return nil
	}
	o, _ := ctx.Store().Builtins.Globals[kwStateName].(*kwOrder)
	return o
}

// KeywordOrder returns kw's keys in the order the latest call site of ctx
// recorded, or nil when that order does not hold every key. Go code that
// calls a Python function with kw later (a coroutine's body starts when
// the loop runs it, after other calls have recorded their order) keeps it
// and gives it to [SetKeywordOrder] just before the call.
func KeywordOrder(ctx py.Context, kw py.StringDict) []string {
	o := kwState(ctx)
	if o == nil || len(kw) == 0 {
		return nil
	}
	keys := make([]string, 0, len(kw))
	o.each(func(k string) {
		if _, ok := kw[k]; ok && !containsStr(keys, k) {
			keys = append(keys, k)
		}
	})
	if len(keys) != len(kw) {
		return nil
	}
	return keys
}

// SetKeywordOrder records keys as ctx's latest keyword order, as a call
// site passing those keywords in that order does.
func SetKeywordOrder(ctx py.Context, keys []string) {
	if o := kwState(ctx); o != nil {
		o.names, o.keys = "", keys
	}
}
