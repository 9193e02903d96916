package pyrt

// This file defines the builtins pyrt replaces or adds, in one table keyed
// by Python name (see builtinTable), and the reserved __nbc_* helpers of
// docs/lowering.md whose owner is pyrt. Keep the table and
// docs/lowering.md in step.

import (
	"math"
	"math/big"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/crmath"
	"github.com/nbcheck/nbcheck/pyvm"
)

func (rt *runtime) builtinTable() map[string]method {
	return map[string]method{
		"print":            rt.builtin_print,
		"repr":             oneArg("repr", ReprObject),
		"ascii":            oneArg("ascii", func(o py.Object) (py.Object, error) { s, err := ASCII(o); return py.String(s), err }),
		"format":           builtin_format,
		"sorted":           builtin_sorted,
		"min":              func(a py.Tuple, k py.StringDict) (py.Object, error) { return minMax(a, k, "min", true) },
		"max":              func(a py.Tuple, k py.StringDict) (py.Object, error) { return minMax(a, k, "max", false) },
		"callable":         oneArg("callable", builtin_callable),
		"dir":              builtin_dir,
		"vars":             builtin_vars,
		"id":               oneArg("id", func(o py.Object) (py.Object, error) { return py.Int(Addr(o)), nil }),
		"hash":             oneArg("hash", builtin_hash),
		"round":            builtin_round,
		"divmod":           builtin_divmod,
		"pow":              builtin_pow,
		"abs":              oneArg("abs", builtin_abs),
		"sum":              builtin_sum,
		"any":              oneArg("any", func(o py.Object) (py.Object, error) { return anyAll(o, true) }),
		"all":              oneArg("all", func(o py.Object) (py.Object, error) { return anyAll(o, false) }),
		"isinstance":       builtin_isinstance,
		"issubclass":       builtin_issubclass,
		"bin":              oneArg("bin", func(o py.Object) (py.Object, error) { return intBase(o, 'b') }),
		"oct":              oneArg("oct", func(o py.Object) (py.Object, error) { return intBase(o, 'o') }),
		"hex":              oneArg("hex", func(o py.Object) (py.Object, error) { return intBase(o, 'x') }),
		"chr":              oneArg("chr", builtin_chr),
		"ord":              oneArg("ord", builtin_ord),
		"input":            rt.builtin_input,
		"len":              oneArg("len", builtin_len),
		"next":             builtin_next,
		"iter":             builtin_iter,
		"getattr":          builtin_getattr,
		"hasattr":          builtin_hasattr,
		"__import__":       rt.builtin_import,
		"__nbc_fmt":        helper_fmt,
		"__nbc_cat":        helper_cat,
		"__nbc_dict":       helper_dict,
		"__nbc_dict_merge": helper_dictMerge,
		"__nbc_dict_from":  oneArg("__nbc_dict_from", helper_dictFrom),
		"__nbc_set":        helper_set,
		"__nbc_set_from":   oneArg("__nbc_set_from", func(o py.Object) (py.Object, error) { return setFromIterable(o) }),
		"__nbc_list":       func(a py.Tuple, _ py.StringDict) (py.Object, error) { return helper_concat(a, false) },
		"__nbc_tuple":      func(a py.Tuple, _ py.StringDict) (py.Object, error) { return helper_concat(a, true) },
		"__nbc_star":       oneArg("__nbc_star", func(o py.Object) (py.Object, error) { return &Star{X: o}, nil }),
		"__nbc_call":       helper_call, // replaced per context by kwargs.go (keyword order)
		"__nbc_matmul":     helper_matmul,
		"__nbc_lt":         compareHelper("<"),
		"__nbc_is":         helperIs,
		"__nbc_add":        helperAdd,
		"__nbc_le":         compareHelper("<="),
		"__nbc_gt":         compareHelper(">"),
		"__nbc_ge":         compareHelper(">="),
		"__nbc_kwcall":     helper_kwcall,
		"__nbc_mod":        func(a py.Tuple, _ py.StringDict) (py.Object, error) { return helper_mod(a) },
		"__nbc_iter":       oneArg("__nbc_iter", helper_iter),
		"__nbc_iterdone":   helper_iterdone,
		"__nbc_genit":      oneArg("__nbc_genit", helper_genit),
		"__nbc_truediv":    helper_truediv,
		"__nbc_floordiv":   helper_floordiv,
		"__nbc_pow":        helper_pow,
		"__nbc_super":      rt.helper_super,
	}
}

// oneArg adapts a one-argument function to the builtin calling convention.
func oneArg(name string, f func(py.Object) (py.Object, error)) method {
	return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(args[0])
	}
}

// kwarg pops a keyword argument, reporting unexpected ones afterwards.
type kwargs struct {
	name  string
	kw    py.StringDict
	used  int
	names []string // the names asked for
}

func (k *kwargs) get(name string) (py.Object, bool) {
	k.names = append(k.names, name)
	v, ok := k.kw[name]
	if ok {
		k.used++
	}
	return v, ok
}

func (k *kwargs) known(name string) bool {
	for _, n := range k.names {
		if n == name {
			return true
		}
	}
	return false
}

func (k *kwargs) done() error {
	if k.used == len(k.kw) {
		return nil
	}
	names := make([]string, 0, len(k.kw))
	for n := range k.kw {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, ok := k.kw[n]; ok && !k.known(n) {
			if k.name == "print" {
				return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for print()", n)
			}
			return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", k.name, n)
		}
	}
	return nil
}

func (rt *runtime) sysStream(name string) (py.Object, error) {
	sys, err := rt.ctx.GetModule("sys")
	if err != nil {
		return nil, err
	}
	f, ok := sys.Globals[name]
	if !ok || f == py.None {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.%s", name)
	}
	return f, nil
}

func (rt *runtime) builtin_print(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "print", kw: kw}
	sep, end := " ", "\n"
	if v, ok := k.get("sep"); ok && v != py.None {
		s, ok := v.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "sep must be None or a string, not %s", TypeName(v))
		}
		sep = string(s)
	}
	if v, ok := k.get("end"); ok && v != py.None {
		s, ok := v.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "end must be None or a string, not %s", TypeName(v))
		}
		end = string(s)
	}
	file, _ := k.get("file")
	flush, _ := k.get("flush")
	if err := k.done(); err != nil {
		return nil, err
	}
	if file == nil || file == py.None {
		f, err := rt.sysStream("stdout")
		if err != nil {
			return nil, err
		}
		file = f
	}
	write, err := pyvm.GetAttr(file, "write")
	if err != nil {
		return nil, err
	}
	for i, a := range args {
		if i > 0 {
			if _, err := py.Call(write, py.Tuple{py.String(sep)}, nil); err != nil {
				return nil, err
			}
		}
		s, err := StrObject(a)
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(write, py.Tuple{s}, nil); err != nil {
			return nil, err
		}
	}
	if _, err := py.Call(write, py.Tuple{py.String(end)}, nil); err != nil {
		return nil, err
	}
	if flush != nil {
		if ok, _ := pyvm.Truth(flush); ok {
			if f, err := pyvm.GetAttr(file, "flush"); err == nil {
				if _, err := py.Call(f, nil, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	return py.None, nil
}

func (rt *runtime) builtin_input(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "input expected at most 1 argument, got %d", len(args))
	}
	prompt := ""
	if len(args) == 1 {
		s, err := Str(args[0])
		if err != nil {
			return nil, err
		}
		prompt = s
	}
	if rt.opts.Input == nil {
		return nil, py.ExceptionNewf(py.EOFError, "input(): nbcheck runs notebooks without stdin, so input() cannot read a line")
	}
	line, err := rt.opts.Input(prompt)
	if err != nil {
		return nil, py.ExceptionNewf(py.EOFError, "EOF when reading a line")
	}
	return py.String(line), nil
}

func (rt *runtime) builtin_import(args py.Tuple, kw py.StringDict) (py.Object, error) {
	var name, globals, locals, fromlist, level py.Object
	err := py.ParseTupleAndKeywords(args, kw, "U|OOOO:__import__", []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level)
	if err != nil {
		return nil, err
	}
	modname := string(name.(py.String))
	g, _ := globals.(py.StringDict)
	lvl := 0
	if l, ok := level.(py.Int); ok {
		lvl = int(l)
	}
	if lvl > 0 {
		return nil, py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	var from py.Tuple
	switch f := fromlist.(type) {
	case py.Tuple:
		from = f
	case *py.List:
		from = f.Items
	}
	if mod, ok, err := rt.cachedModule(modname, from); ok {
		if err == nil {
			err = rt.importFromlist(mod, modname, from, g)
		}
		return mod, err
	}
	if mod, ok, err := rt.importFound(modname, from); ok {
		return mod, err
	}
	// import pkg.mod of a package of files: pkg first, then pkg.mod, an
	// attribute of pkg; the statement binds pkg.
	var parent *py.Module
	if i := strings.LastIndexByte(modname, '.'); i > 0 {
		p, perr := rt.builtin_import(py.Tuple{py.String(modname[:i]), g, py.None, py.Tuple{py.String("__name__")}}, nil)
		if perr != nil {
			return nil, perr
		}
		parent, _ = p.(*py.Module)
	}
	mod, found, err := rt.importFile(modname, g)
	if err == nil {
		if parent != nil {
			parent.Globals[modname[strings.LastIndexByte(modname, '.')+1:]] = mod
			if len(from) == 0 {
				top, _, terr := rt.cachedModule(modname[:strings.IndexByte(modname, '.')], nil)
				return top, terr
			}
		}
		return mod, rt.importFromlist(mod, modname, from, g)
	}
	if found || (!isExc(err, py.FileNotFoundError) && !isExc(err, py.ImportError)) {
		return nil, err
	}
	// import a.b where b is an attribute-module of a (os.path).
	if i := strings.IndexByte(modname, '.'); i > 0 {
		top, terr := rt.builtin_import(py.Tuple{py.String(modname[:i])}, nil)
		if terr == nil {
			var cur py.Object = top
			ok := true
			for _, part := range strings.Split(modname[i+1:], ".") {
				next, err := pyvm.GetAttr(cur, part)
				if err != nil {
					ok = false
					break
				}
				cur = next
			}
			if ok {
				if m, isMod := cur.(*py.Module); isMod && !rt.inModules(modname) {
					rt.recordModule(modname, m)
				}
				if len(from) > 0 {
					return cur, nil
				}
				return top, nil
			}
		}
	}
	// CPython names the first package on the path that is missing.
	missing := modname
	if i := strings.IndexByte(modname, '.'); i > 0 {
		if _, terr := py.ImportModuleLevelObject(rt.ctx, modname[:i], g, nil, nil, 0); terr != nil {
			missing = modname[:i]
		}
	}
	e := &py.Exception{Base: moduleNotFoundError, Args: py.Tuple{py.String("No module named '" + missing + "'")}, Dict: py.StringDict{"name": py.String(missing)}}
	return nil, e
}

func (rt *runtime) helper_super(args py.Tuple, kw py.StringDict) (py.Object, error) {
	sup, ok := rt.builtins.Globals["super"]
	if !ok {
		return nil, py.ExceptionNewf(py.RuntimeError, "super() is not available: no class machinery installed")
	}
	return py.Call(sup, args, kw)
}

func builtin_len(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.String:
		return py.Int(len([]rune(string(x)))), nil
	case py.Tuple:
		return py.Int(len(x)), nil
	case *py.List:
		return py.Int(len(x.Items)), nil
	case py.Bytes:
		return py.Int(len(x)), nil
	}
	if l, ok := o.(py.I__len__); ok {
		return l.M__len__()
	}
	if res, ok, err := py.TypeCall0(o, "__len__"); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", TypeName(o))
}

func builtin_format(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "format() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "format expected at most 2 arguments, got %d", len(args))
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = string(s)
	}
	s, err := Format(args[0], spec)
	return py.String(s), err
}

func builtin_callable(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *py.Type:
		if x.Name == "" {
			return py.NewBool(x.Type().Lookup("__call__") != nil), nil
		}
		return py.True, nil
	case py.I__call__:
		return py.True, nil
	}
	return py.False, nil
}

func builtin_hash(o py.Object) (py.Object, error) {
	h, err := Hash(o)
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

func builtin_dir(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dir(): nbcheck supports only dir(object)")
	}
	o := args[0]
	names := map[string]bool{}
	addDict := func(d py.StringDict) {
		for k, v := range d {
			if _, hidden := v.(Hidden); !hidden {
				names[k] = true
			}
		}
	}
	if g, ok := o.(py.IGetDict); ok {
		addDict(g.GetDict())
	}
	var t *py.Type
	if tt, ok := o.(*py.Type); ok && tt.Name != "" {
		t = tt
	} else if _, ok := o.(*py.Module); !ok {
		t = o.Type()
	}
	for t != nil {
		addDict(t.Dict)
		for _, b := range t.Mro {
			if bt, ok := b.(*py.Type); ok {
				addDict(bt.Dict)
			}
		}
		break
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return py.NewListFromStrings(out), nil
}

func builtin_vars(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "vars(): nbcheck supports only vars(object)")
	}
	if g, ok := args[0].(py.IGetDict); ok {
		return g.GetDict(), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
}

func builtin_abs(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.Bool:
		return pyvm.BoolInt(x), nil
	case py.Complex:
		return py.Float(math.Hypot(real(complex128(x)), imag(complex128(x)))), nil
	}
	return py.Abs(o)
}

func anyAll(o py.Object, isAny bool) (py.Object, error) {
	result := !isAny
	err := iterate(o, func(it py.Object) error {
		t, err := pyvm.Truth(it)
		if err != nil {
			return err
		}
		if t == isAny {
			result = isAny
			return errStopLoop
		}
		return nil
	})
	return py.NewBool(result), err
}

func builtin_sum(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "sum", kw: kw}
	var start py.Object = py.Int(0)
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) == 2 {
		start = args[1]
	}
	if v, ok := k.get("start"); ok {
		start = v
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	switch start.(type) {
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case py.Bytes:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := start
	err := iterate(args[0], func(it py.Object) error {
		r, err := add(acc, it)
		acc = r
		return err
	})
	return acc, err
}

// add is a + b, routing sequences that gpython adds wrongly through Go.
func add(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Bool:
		a = pyvm.BoolInt(x)
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			r := make(py.Tuple, 0, len(x)+len(y))
			return append(append(r, x...), y...), nil
		}
	}
	if y, ok := b.(py.Bool); ok {
		b = pyvm.BoolInt(y)
	}
	return py.Add(a, b)
}

func builtin_divmod(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := unbool(args[0]), unbool(args[1])
	if !isBuiltinNumber(a) || !isBuiltinNumber(b) {
		// A class's __divmod__ or __rdivmod__ decides, as in CPython.
		q, r, err := py.DivMod(a, b)
		if err != nil {
			return nil, err
		}
		return py.Tuple{q, r}, nil
	}
	if x, y, ok := floatOperands(a, b); ok && y != 0 {
		div, mod := crmath.FloorDivmod(x, y)
		return py.Tuple{py.Float(div), py.Float(mod)}, nil
	}
	q, err := py.FloorDiv(a, b)
	if err != nil {
		return nil, divmodMessage(err, a, b)
	}
	r, err := py.Mod(a, b)
	if err != nil {
		return nil, divmodMessage(err, a, b)
	}
	return py.Tuple{q, r}, nil
}

// isBuiltinNumber reports whether o is an int or float of gpython's own.
func isBuiltinNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Bool:
		return true
	}
	return false
}

func divmodMessage(err error, a, b py.Object) error {
	if isExc(err, py.ZeroDivisionError) {
		if _, ok := a.(py.Float); ok {
			return py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
		}
		if _, ok := b.(py.Float); ok {
			return py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
		}
		return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	return err
}

func unbool(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		return pyvm.BoolInt(b)
	}
	return o
}

// bigOf returns an int-like object as a big.Int of the caller's own (a
// copy of a *py.BigInt, which callers may compute on; pyvm's bigOf, for
// comparisons, reads the int's own).
func bigOf(o py.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case py.Bool:
		return big.NewInt(int64(pyvm.BoolInt(x))), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x)), true
	}
	return nil, false
}

// intObject returns n as a gpython int, small when it fits.
func intObject(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(n))
}

func builtin_pow(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "pow", kw: kw}
	var base, exp, mod py.Object
	if len(args) > 0 {
		base = args[0]
	}
	if len(args) > 1 {
		exp = args[1]
	}
	if len(args) > 2 {
		mod = args[2]
	}
	if v, ok := k.get("base"); ok {
		base = v
	}
	if v, ok := k.get("exp"); ok {
		exp = v
	}
	if v, ok := k.get("mod"); ok {
		mod = v
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	if base == nil || exp == nil {
		return nil, py.ExceptionNewf(py.TypeError, "pow() missing required argument 'exp' (pos 2)")
	}
	if mod == nil || mod == py.None {
		return Pow(base, exp)
	}
	b, ok1 := bigOf(base)
	e, ok2 := bigOf(exp)
	m, ok3 := bigOf(mod)
	if !ok1 || !ok2 || !ok3 {
		return ternaryPow(base, exp, mod)
	}
	if m.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	neg := m.Sign() < 0
	am := new(big.Int).Abs(m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, am), am)
		if inv == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(b, am), e, am)
	if neg && r.Sign() != 0 {
		r.Add(r, m)
	}
	return intObject(r), nil
}

// powAnyPositionTypes are the classes whose __pow__, as the nb_power of
// a type written in C, takes pow(base, exp, mod) when an instance is exp
// or mod (decimal.Decimal: pow(3, Decimal(2), 5) is Decimal('4')).
var powAnyPositionTypes sync.Map

// SetPowAnyPosition makes t's __pow__(base, exp, mod) answer pow() with
// three arguments when an instance of t is exp or mod, as a C type's
// nb_power does (a class defined in Python answers only as the base).
func SetPowAnyPosition(t *py.Type) { powAnyPositionTypes.Store(t, true) }

func powAnyPosition(t *py.Type) bool {
	for _, m := range t.Mro {
		if mt, ok := m.(*py.Type); ok {
			if _, ok := powAnyPositionTypes.Load(mt); ok {
				return true
			}
		}
	}
	return false
}

// ternaryPow is pow(base, exp, mod) when an operand is not an int, as
// CPython's ternary_op: the base's __pow__ gets the three (a class
// defined in Python answers only as the base; in the other positions its
// slot returns NotImplemented, except for the classes of
// SetPowAnyPosition), then float's pow refuses a modulus and complex's
// any modulo; else the operand types are unsupported.
func ternaryPow(base, exp, mod py.Object) (py.Object, error) {
	if numKind(base) == 0 {
		if p, ok := base.(py.I__pow__); ok {
			res, err := p.M__pow__(exp, mod)
			if err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	for _, o := range []py.Object{exp, mod} {
		if o.Type() == base.Type() || !powAnyPosition(o.Type()) {
			continue
		}
		f, err := pyvm.GetAttr(o.Type(), "__pow__")
		if err != nil {
			return nil, err
		}
		res, err := py.Call(f, py.Tuple{base, exp, mod}, nil)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	for _, o := range []py.Object{base, exp, mod} {
		switch o.(type) {
		case py.Float:
			return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		case py.Complex:
			return nil, py.ExceptionNewf(py.ValueError, "complex modulo")
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(base), TypeName(exp), TypeName(mod))
}

func builtin_round(args py.Tuple, kw py.StringDict) (py.Object, error) {
	k := kwargs{name: "round", kw: kw}
	var num, nd py.Object
	if len(args) > 0 {
		num = args[0]
	}
	if len(args) > 1 {
		nd = args[1]
	}
	if v, ok := k.get("number"); ok {
		num = v
	}
	if v, ok := k.get("ndigits"); ok {
		nd = v
	}
	if err := k.done(); err != nil {
		return nil, err
	}
	if num == nil {
		return nil, py.ExceptionNewf(py.TypeError, "round() missing required argument 'number' (pos 1)")
	}
	switch x := num.(type) {
	case py.Float:
		f := float64(x)
		if nd == nil || nd == py.None {
			if math.IsInf(f, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 1<<62 {
				return py.Int(int64(r)), nil
			}
			bf := new(big.Float).SetFloat64(r)
			bi, _ := bf.Int(nil)
			return intObject(bi), nil
		}
		n, err := py.IndexInt(nd)
		if err != nil {
			return nil, err
		}
		return py.Float(roundFloat(f, n)), nil
	case py.Int, py.Bool, *py.BigInt:
		v, _ := bigOf(x)
		if nd == nil || nd == py.None {
			return intObject(v), nil
		}
		n, err := py.IndexInt(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return intObject(v), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q, r := new(big.Int).DivMod(v, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return intObject(q.Mul(q, p)), nil
	}
	if res, ok, err := py.TypeCall(num, "__round__", argsOrEmpty(nd), nil); ok {
		return res, err
	}
	// Instances of Python classes (pyobj) and Go types implement it.
	if r, ok := num.(py.I__round__); ok {
		if nd == nil {
			nd = py.None
		}
		return r.M__round__(nd)
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", TypeName(num))
}

func argsOrEmpty(o py.Object) py.Tuple {
	if o == nil {
		return nil
	}
	return py.Tuple{o}
}

// roundFloat is CPython's float rounding to n decimal places: the exact
// binary value rounded half-even in decimal.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 323 {
		return f
	}
	if n >= 0 {
		s := strconvFormat(f, n)
		r, _ := parseFloat(s)
		return r
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	bf := new(big.Float).SetPrec(2000).SetFloat64(f)
	p := new(big.Float).SetPrec(2000).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil))
	q := new(big.Float).SetPrec(2000).Quo(bf, p)
	qi, _ := q.Int(nil)
	rem := new(big.Float).SetPrec(2000).Sub(q, new(big.Float).SetPrec(2000).SetInt(qi))
	half := big.NewFloat(0.5)
	absRem := new(big.Float).Abs(rem)
	c := absRem.Cmp(half)
	if c > 0 || (c == 0 && qi.Bit(0) == 1) {
		if f > 0 {
			qi.Add(qi, big.NewInt(1))
		} else {
			qi.Sub(qi, big.NewInt(1))
		}
	}
	res := new(big.Float).SetPrec(2000).Mul(new(big.Float).SetPrec(2000).SetInt(qi), p)
	out, _ := res.Float64()
	if out == 0 {
		return math.Copysign(0, f)
	}
	return out
}

func intBase(o py.Object, verb byte) (py.Object, error) {
	if _, ok := bigOf(o); !ok {
		idx, err := py.Index(o)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
		}
		o = idx
	}
	s, err := Format(o, "#"+string(verb))
	return py.String(s), err
}

func builtin_chr(o py.Object) (py.Object, error) {
	n, ok := bigOf(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
		return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
	}
	return py.String(string(rune(n.Int64()))), nil
}

func builtin_ord(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.String:
		r := []rune(string(x))
		if len(r) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(r))
		}
		return py.Int(r[0]), nil
	case py.Bytes:
		if len(x) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(x))
		}
		return py.Int(x[0]), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "ord() expected string of length 1, but %s found", TypeName(o))
}

// IsInstance is isinstance(o, cls) for one class, with CPython's
// subclassing (bool is an int, gpython's bigint is an int, its string
// dict is a dict).
func IsInstance(o py.Object, cls *py.Type) bool {
	t := o.Type()
	if t == nil {
		return false
	}
	if t.IsSubtype(cls) {
		return true
	}
	switch cls {
	case py.IntType:
		switch o.(type) {
		case py.Bool, *py.BigInt:
			return true
		}
	case DictType:
		_, ok := o.(py.StringDict)
		return ok
	case SetType:
		_, ok := o.(*py.Set)
		return ok
	case FrozenSetType:
		_, ok := o.(*py.FrozenSet)
		return ok
	case py.ObjectType:
		return true
	}
	return false
}

func classInfo(name string, cls py.Object, f func(*py.Type) bool) (bool, error) {
	switch c := cls.(type) {
	case *py.Type:
		return f(c), nil
	case py.Tuple:
		for _, it := range c {
			ok, err := classInfo(name, it, f)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if name == "isinstance" {
		return false, py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtin_isinstance(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "isinstance expected 2 arguments, got %d", len(args))
	}
	ok, err := classInfo("isinstance", args[1], func(t *py.Type) bool { return IsInstance(args[0], t) })
	return py.NewBool(ok), err
}

func builtin_issubclass(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "issubclass expected 2 arguments, got %d", len(args))
	}
	sub, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	r, err := classInfo("issubclass", args[1], func(t *py.Type) bool {
		return sub.IsSubtype(t) || t == py.ObjectType || (t == py.IntType && sub == py.BoolType)
	})
	return py.NewBool(r), err
}

// Star marks a starred part of a display or call (__nbc_star).
type Star struct{ X py.Object }

var starType = py.NewType("__nbc_star", "a starred part of a display")

// Type returns the internal star type.
func (s *Star) Type() *py.Type { return starType }

func helper_cat(args py.Tuple, kw py.StringDict) (py.Object, error) {
	var b strings.Builder
	for _, a := range args {
		s, ok := a.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", TypeName(a))
		}
		b.WriteString(string(s))
	}
	return py.String(b.String()), nil
}

func helper_fmt(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_fmt expected 3 arguments, got %d", len(args))
	}
	v := args[0]
	conv, _ := args[1].(py.String)
	spec, ok := args[2].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "format spec must be str, not %s", TypeName(args[2]))
	}
	var err error
	switch conv {
	case "r":
		v, err = ReprObject(v)
	case "s":
		v, err = StrObject(v)
	case "a":
		var s string
		s, err = ASCII(v)
		v = py.String(s)
	case "":
	default:
		return nil, py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %s", conv)
	}
	if err != nil {
		return nil, err
	}
	s, err := Format(v, string(spec))
	return py.String(s), err
}

func helper_dict(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args)%2 != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_dict expects key, value pairs")
	}
	d := NewDict()
	for i := 0; i < len(args); i += 2 {
		if err := d.SetItem(args[i], args[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func helper_dictMerge(args py.Tuple, kw py.StringDict) (py.Object, error) {
	d := NewDict()
	for _, m := range args {
		if _, ok := asMapping(m); !ok {
			if _, err := pyvm.GetAttr(m, "keys"); err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", TypeName(m))
			}
		}
		if err := d.update(m); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func helper_dictFrom(it py.Object) (py.Object, error) {
	d := NewDict()
	err := iterate(it, func(pair py.Object) error {
		t, ok := pair.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.ExceptionNewf(py.TypeError, "__nbc_dict_from: want (key, value) pairs")
		}
		return d.SetItem(t[0], t[1])
	})
	return d, err
}

func setFromIterable(o py.Object) (*Set, error) {
	s := newSet(false)
	return s, s.update(o)
}

func helper_set(args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := newSet(false)
	for _, a := range args {
		if st, ok := a.(*Star); ok {
			if err := s.update(st.X); err != nil {
				return nil, err
			}
			continue
		}
		if err := s.add(a); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// expandParts concatenates display parts: tuples of plain items and
// starred iterables.
func expandParts(parts py.Tuple) ([]py.Object, error) {
	var out []py.Object
	for _, p := range parts {
		switch x := p.(type) {
		case *Star:
			items, err := toSlice(x.X)
			if err != nil {
				if isExc(err, py.TypeError) {
					return nil, py.ExceptionNewf(py.TypeError, "Value after * must be an iterable, not %s", TypeName(x.X))
				}
				return nil, err
			}
			out = append(out, items...)
		case py.Tuple:
			out = append(out, x...)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "__nbc display part must be a tuple or __nbc_star, not %s", TypeName(p))
		}
	}
	return out, nil
}

func helper_concat(parts py.Tuple, tuple bool) (py.Object, error) {
	items, err := expandParts(parts)
	if err != nil {
		return nil, err
	}
	if tuple {
		return py.Tuple(append([]py.Object{}, items...)), nil
	}
	return py.NewListFromItems(append([]py.Object{}, items...)), nil
}

func helper_call(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_call expects a callable and kwargs")
	}
	fn := args[0]
	pos, err := expandParts(args[1 : len(args)-1])
	if err != nil {
		return nil, err
	}
	kwObj := args[len(args)-1]
	var kwargs py.StringDict
	switch k := kwObj.(type) {
	case py.NoneType:
	case py.StringDict:
		kwargs = k
	case *Dict:
		kwargs = py.NewStringDict()
		for _, e := range k.t.entries {
			if e.deleted {
				continue
			}
			name, ok := e.key.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			kwargs[string(name)] = e.value
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", TypeName(kwObj))
	}
	return py.Call(fn, py.Tuple(pos), kwargs)
}

// forIter wraps an iterator so that an exception from __next__ ends a
// gpython for loop (which would swallow it) and is re-raised by
// __nbc_iterdone (C-FORITER).
type forIter struct {
	it  py.Object
	err error
}

var forIterType = py.NewType("iterator", "an iterator whose errors survive gpython's for loop")

func (f *forIter) Type() *py.Type                { return forIterType }
func (f *forIter) M__iter__() (py.Object, error) { return f, nil }
func (f *forIter) M__next__() (py.Object, error) {
	if f.err != nil {
		return nil, py.StopIteration
	}
	v, err := py.Next(f.it)
	if err != nil {
		if !isStop(err) {
			f.err = err
		}
		return nil, py.StopIteration
	}
	return v, nil
}

// Iter is iter(o) for the loops the transpiler lowers: py.Iter, the ints
// of a bytes object and the lines of a file, which gpython cannot
// iterate (py.Iter does not look in a Go type's dict).
func Iter(o py.Object) (py.Object, error) {
	if f, ok := o.(*py.File); ok {
		lf, err := openFile(f)
		if err != nil {
			return nil, err
		}
		return &fileLines{lf}, nil
	}
	if it := seqIter(o); it != nil {
		return it, nil
	}
	return py.Iter(o)
}

func helper_iter(o py.Object) (py.Object, error) {
	it, err := Iter(o)
	if err != nil {
		if !isExc(err, py.TypeError) {
			return nil, err // e.g. a closed file's ValueError
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", TypeName(o))
	}
	return &forIter{it: it}, nil
}

// genIter is __nbc_genit(x): the first iterable of a lowered generator
// expression, `(e for __nbc_g, __nbc_s in __nbc_genit(x) if
// __nbc_iterdone(__nbc_g, __nbc_s) for t in __nbc_g ...)`. It yields
// (w, True) then (w, False), w being __nbc_iter(x): the first pass runs
// the inner loop over w, the second re-raises through __nbc_iterdone what
// w stashed, in the generator's own frame (a generator expression has no
// else clause to put it in).
type genIter struct {
	w *forIter
	n int
}

var genIterType = py.NewType("iterator", "the passes of a lowered generator expression")

func (g *genIter) Type() *py.Type                { return genIterType }
func (g *genIter) M__iter__() (py.Object, error) { return g, nil }
func (g *genIter) M__next__() (py.Object, error) {
	g.n++
	switch g.n {
	case 1:
		return py.Tuple{g.w, py.True}, nil
	case 2:
		return py.Tuple{g.w, py.False}, nil
	}
	return nil, py.StopIteration
}

func helper_genit(o py.Object) (py.Object, error) {
	w, err := helper_iter(o)
	if err != nil {
		return nil, err
	}
	return &genIter{w: w.(*forIter)}, nil
}

// helper_iterdone is __nbc_iterdone(it[, value]): re-raise what it
// stashed, else return value (None when absent), which lets a lowered
// comprehension pass its result through.
func helper_iterdone(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_iterdone expected 1 or 2 arguments, got %d", len(args))
	}
	var value py.Object = py.None
	if len(args) == 2 {
		value = args[1]
	}
	if f, ok := args[0].(*forIter); ok && f.err != nil {
		err := f.err
		f.err = nil
		return nil, err
	}
	return value, nil
}

// helper_kwcall is __nbc_kwcall(f, args, k1, v1, k2, v2, ...): f(*args,
// k1=v1, k2=v2, ...). gpython passes keyword arguments in a Go map, which
// loses their order; when f is dict, the new dict gets the keys in call
// order, as CPython's does.
func helper_kwcall(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 || len(args)%2 != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_kwcall expects f, args and key, value pairs")
	}
	f := args[0]
	pos, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_kwcall: args must be a tuple")
	}
	pairs := args[2:]
	if f == DictType {
		if len(pos) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(pos))
		}
		d := NewDict()
		if len(pos) == 1 {
			if err := d.update(pos[0]); err != nil {
				return nil, err
			}
		}
		for i := 0; i < len(pairs); i += 2 {
			if err := d.SetItem(pairs[i], pairs[i+1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	kwargs := py.NewStringDictSized(len(pairs) / 2)
	for i := 0; i < len(pairs); i += 2 {
		k, ok := pairs[i].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		if _, dup := kwargs[string(k)]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "keyword argument repeated: %s", k)
		}
		kwargs[string(k)] = pairs[i+1]
	}
	return py.Call(f, pos, kwargs)
}

// helper_matmul is __nbc_matmul(a, b): a @ b (gpython has no @).
func helper_matmul(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__nbc_matmul expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if m, err := pyvm.GetAttr(a, "__matmul__"); err == nil {
		res, err := py.Call(m, py.Tuple{b}, nil)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	if a.Type() != b.Type() {
		if m, err := pyvm.GetAttr(b, "__rmatmul__"); err == nil {
			res, err := py.Call(m, py.Tuple{a}, nil)
			if err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for @: '%s' and '%s'", TypeName(a), TypeName(b))
}

// importFromlist imports the submodules 'from pkg import name' names that
// pkg, a package of files, does not have as attributes, as CPython's
// import does; a name that is no submodule is left to IMPORT_FROM.
func (rt *runtime) importFromlist(mod py.Object, modname string, from py.Tuple, g py.StringDict) error {
	m, ok := mod.(*py.Module)
	if !ok || len(from) == 0 || m.ModuleImpl == nil || !strings.HasSuffix(m.ModuleImpl.Info.FileDesc, "__init__.py") {
		return nil
	}
	for _, n := range from {
		name, ok := n.(py.String)
		if !ok || name == "*" {
			continue
		}
		if _, has := m.Globals[string(name)]; has {
			continue
		}
		sub, found, err := rt.importFile(modname+"."+string(name), g)
		if err != nil {
			if found {
				return err
			}
			continue
		}
		m.Globals[string(name)] = sub
	}
	return nil
}
