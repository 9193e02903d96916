package pyrun

// This file fills the sys attributes gpython v0.2.0 lacks or left raising
// NotImplementedError (gap B-MODPART): version, version_info, maxsize,
// platform, byteorder, float_info, int_info, hash_info, flags,
// thread_info, implementation, the prefixes, the module name lists,
// getsizeof, ... nbcheck answers as the CPython 3.11 it emulates, on Linux
// x86-64, installed as /usr/bin/python3. sys.modules and the int/str digit
// limit are pyrt's (pyrt/sysmodules.go, pyrt/intdigits.go); what needs the
// kernel (audit hooks, orig_argv, the hooks, the switch interval) is set
// by installSys, once per kernel; the constants are shared (sysConstants).

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// structSeq is a CPython struct sequence (sys.version_info,
// sys.float_info, sys.flags, ...): an instance of a tuple subclass with
// named read-only fields, indexed, iterated, hashed and compared as its
// tuple, with CPython's repr "sys.float_info(max=..., ...)".
type structSeq struct {
	typ *py.Type
	t   py.Tuple
}

// structSeqInfo is a struct sequence type's full name and field names.
type structSeqInfo struct {
	name   string // "sys.float_info"
	fields []string
}

var structSeqFields = map[*py.Type]structSeqInfo{}

// newStructSeqType makes the type of a struct sequence named name
// ("sys.float_info") with the given fields, each a read-only attribute.
func newStructSeqType(module, name, doc string, fields ...string) *py.Type {
	full := name
	if module != "" {
		full = module + "." + name
	}
	// A tuple subclass, readied here (as pyrt's newSubType): NewType
	// copies tuple's READY flag and makes tuple the metatype.
	t := py.TupleType.NewType(name, doc, nil, nil)
	t.ObjectType = py.TypeType
	t.Flags &^= py.TPFLAGS_READY | py.TPFLAGS_READYING
	t.Base = py.TupleType
	if err := t.Ready(); err != nil {
		panic("pyrun: " + err.Error())
	}
	t.New = func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if !creatable[full] {
			return nil, py.ExceptionNewf(py.TypeError, "cannot create '%s' instances", full)
		}
		var seq, dict py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kw, "O|O:structseq", []string{"sequence", "dict"}, &seq, &dict); err != nil {
			if len(args) == 0 && len(kw) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "structseq() missing required argument 'sequence' (pos 1)")
			}
			return nil, err
		}
		var items py.Tuple
		if err := py.Iterate(seq, func(o py.Object) bool {
			items = append(items, o)
			return false
		}); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "constructor requires a sequence")
		}
		if len(items) != len(fields) {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes a %d-sequence (%d-sequence given)", full, len(fields), len(items))
		}
		return &structSeq{typ: t, t: items}, nil
	}
	match := make(py.Tuple, len(fields))
	for i, f := range fields {
		i := i
		t.Dict[f] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				if v, ok := self.(*structSeq); ok && i < len(v.t) {
					return v.t[i], nil
				}
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f, full, pyrt.TypeName(self))
			},
			Fset: func(self, value py.Object) error { return py.ExceptionNewf(py.AttributeError, "readonly attribute") },
			Fdel: func(self py.Object) error { return py.ExceptionNewf(py.AttributeError, "readonly attribute") },
		}
		match[i] = py.String(f)
	}
	if module != "" {
		t.Dict["__module__"] = py.String(module)
	}
	t.Dict["n_fields"] = py.Int(len(fields))
	t.Dict["n_sequence_fields"] = py.Int(len(fields))
	t.Dict["n_unnamed_fields"] = py.Int(0)
	t.Dict["__match_args__"] = match
	structSeqFields[t] = structSeqInfo{full, fields}
	return t
}

func (v *structSeq) Type() *py.Type                { return v.typ }
func (v *structSeq) M__len__() (py.Object, error)  { return py.Int(len(v.t)), nil }
func (v *structSeq) M__iter__() (py.Object, error) { return py.NewIterator(v.t), nil }
func (v *structSeq) M__getitem__(k py.Object) (py.Object, error) {
	if _, ok := k.(*py.Slice); !ok {
		i, err := py.IndexInt(k)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "tuple indices must be integers or slices, not %s", pyrt.TypeName(k))
		}
		if i < 0 {
			i += len(v.t)
		}
		if i < 0 || i >= len(v.t) {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
		}
		return v.t[i], nil
	}
	return v.t.M__getitem__(k)
}
func (v *structSeq) M__hash__() (py.Object, error) {
	h, err := pyrt.Hash(v.t)
	return py.Int(h), err
}

func (v *structSeq) M__bool__() (py.Object, error) { return py.NewBool(len(v.t) > 0), nil }

func (v *structSeq) M__contains__(o py.Object) (py.Object, error) {
	for _, it := range v.t {
		if pyvm.Identical(it, o) {
			return py.True, nil
		}
		eq, err := pyvm.Eq(it, o)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

func (v *structSeq) M__add__(o py.Object) (py.Object, error) {
	if t, ok := v.other(o).(py.Tuple); ok {
		return append(append(py.Tuple(nil), v.t...), t...), nil
	}
	return py.NotImplemented, nil
}

func (v *structSeq) M__radd__(o py.Object) (py.Object, error) {
	if t, ok := o.(py.Tuple); ok {
		return append(append(py.Tuple(nil), t...), v.t...), nil
	}
	return py.NotImplemented, nil
}

func (v *structSeq) M__mul__(o py.Object) (py.Object, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
	default:
		return py.NotImplemented, nil
	}
	n, err := py.IndexInt(o)
	if err != nil {
		return nil, err
	}
	var out py.Tuple
	for i := 0; i < n; i++ {
		out = append(out, v.t...)
	}
	if out == nil {
		out = py.Tuple{}
	}
	return out, nil
}

func (v *structSeq) M__rmul__(o py.Object) (py.Object, error) { return v.M__mul__(o) }

func (v *structSeq) M__repr__() (py.Object, error) {
	var b strings.Builder
	info := structSeqFields[v.typ]
	b.WriteString(info.name + "(")
	for i, f := range info.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := pyrt.Repr(v.t[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f + "=" + r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

func (v *structSeq) other(o py.Object) py.Object {
	if w, ok := o.(*structSeq); ok {
		return w.t
	}
	return o
}

func (v *structSeq) cmp(op string, o py.Object) (py.Object, error) {
	if _, ok := v.other(o).(py.Tuple); !ok {
		return py.NotImplemented, nil
	}
	return pyrt.Compare(op, v.t, v.other(o))
}

func (v *structSeq) M__lt__(o py.Object) (py.Object, error) { return v.cmp("<", o) }
func (v *structSeq) M__le__(o py.Object) (py.Object, error) { return v.cmp("<=", o) }
func (v *structSeq) M__gt__(o py.Object) (py.Object, error) { return v.cmp(">", o) }
func (v *structSeq) M__ge__(o py.Object) (py.Object, error) { return v.cmp(">=", o) }
func (v *structSeq) M__eq__(o py.Object) (py.Object, error) {
	if _, ok := v.other(o).(py.Tuple); !ok {
		return py.NotImplemented, nil
	}
	eq, err := pyvm.Eq(v.t, v.other(o))
	return py.NewBool(eq), err
}
func (v *structSeq) M__ne__(o py.Object) (py.Object, error) {
	if _, ok := v.other(o).(py.Tuple); !ok {
		return py.NotImplemented, nil
	}
	eq, err := pyvm.Eq(v.t, v.other(o))
	return py.NewBool(!eq), err
}

// creatable names the struct sequences Python code can make, as CPython
// (type(sys.float_info)(seq); not sys.version_info or sys.flags).
var creatable = map[string]bool{"sys.float_info": true, "sys.int_info": true, "sys.hash_info": true, "sys.thread_info": true}

var (
	versionInfoType = newStructSeqType("sys", "version_info", "sys.version_info\n\nVersion information as a named tuple.",
		"major", "minor", "micro", "releaselevel", "serial")
	floatInfoType = newStructSeqType("sys", "float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
		"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	intInfoType = newStructSeqType("sys", "int_info", "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.",
		"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")
	hashInfoType = newStructSeqType("sys", "hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
		"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff")
	flagsType = newStructSeqType("sys", "flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
		"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
		"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")
	threadInfoType = newStructSeqType("sys", "thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
		"name", "lock", "version")
)

func newStructSeq(t *py.Type, items ...py.Object) *structSeq {
	return &structSeq{typ: t, t: py.Tuple(items)}
}

// namespace is types.SimpleNamespace for sys.implementation: attributes
// in a dict, shown in the order they were set.
type namespace struct {
	order []string
	d     py.StringDict
}

var namespaceType = py.NewType("types.SimpleNamespace", "A simple attribute-based namespace.")

func newNamespace(kv ...py.Object) *namespace {
	n := &namespace{d: py.StringDict{}}
	for i := 0; i+1 < len(kv); i += 2 {
		k := string(kv[i].(py.String))
		n.order = append(n.order, k)
		n.d[k] = kv[i+1]
	}
	return n
}

func (n *namespace) Type() *py.Type         { return namespaceType }
func (n *namespace) GetDict() py.StringDict { return n.d }

// keys returns the attribute names in the order they were first set
// (attributes set later come after, by name: the dict does not keep their
// order).
func (n *namespace) keys() []string {
	var keys []string
	seen := map[string]bool{}
	for _, k := range n.order {
		if _, ok := n.d[k]; ok {
			keys = append(keys, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range n.d {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

func (n *namespace) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("namespace(")
	for i, k := range n.keys() {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := pyrt.Repr(n.d[k])
		if err != nil {
			return nil, err
		}
		b.WriteString(k + "=" + r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

func (n *namespace) M__eq__(o py.Object) (py.Object, error) {
	m, ok := o.(*namespace)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(n.d) != len(m.d) {
		return py.False, nil
	}
	for k, v := range n.d {
		w, ok := m.d[k]
		if !ok {
			return py.False, nil
		}
		if eq, err := pyvm.Eq(v, w); err != nil || !eq {
			return py.False, err
		}
	}
	return py.True, nil
}

func (n *namespace) M__ne__(o py.Object) (py.Object, error) {
	return pyvm.NotEq(n.M__eq__(o))
}

// copyright is sys.copyright of CPython 3.11.
const copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."

// fillSys sets the sys attributes CPython 3.11 has and gpython lacks.
func fillSys(g py.StringDict) {
	for name, v := range sysConstants() {
		g[name] = v
	}
	g["implementation"] = newNamespace(
		py.String("name"), py.String("cpython"),
		py.String("cache_tag"), py.String("cpython-311"),
		py.String("version"), g["version_info"],
		py.String("hexversion"), py.Int(0x030b07f0),
		py.String("_multiarch"), py.String("x86_64-linux-gnu"))
	g["warnoptions"] = py.NewList()
	g["_xoptions"] = pyrt.NewDict()
	g["getfilesystemencodeerrors"] = py.MustNewMethod("getfilesystemencodeerrors", func(_ py.Object) (py.Object, error) {
		return py.String("surrogateescape"), nil
	}, 0, "getfilesystemencodeerrors()\n\nReturn the error mode used Unicode to OS filename conversion.")
	// Lists import does not consult: nbcheck's finders are its own.
	g["meta_path"] = py.NewList()
	g["path_hooks"] = py.NewList()
	g["path_importer_cache"] = pyrt.NewDict()
	g["is_finalizing"] = py.MustNewMethod("is_finalizing", func(_ py.Object) (py.Object, error) {
		return py.False, nil
	}, 0, "is_finalizing()\n\nReturn True if Python is exiting.")
}

// sysConstants returns the sys attributes no Python code can change
// (numbers, strings, struct sequences, a tuple and a frozenset of
// strings), made once per process and shared by every kernel: making
// stdlib_module_names alone took longer than the rest of a kernel's start.
var sysConstants = sync.OnceValue(func() py.StringDict {
	g := py.StringDict{}
	g["version_info"] = newStructSeq(versionInfoType, py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0))
	g["version"] = py.String("3.11.7 (main, nbcheck) [gpython 0.2.0]")
	g["hexversion"] = py.Int(0x030b07f0)
	g["maxsize"] = py.Int(9223372036854775807)
	g["platform"] = py.String("linux")
	g["byteorder"] = py.String("little")
	g["api_version"] = py.Int(1013)
	g["float_info"] = newStructSeq(floatInfoType,
		py.Float(math.MaxFloat64), py.Int(1024), py.Int(308),
		py.Float(2.2250738585072014e-308), py.Int(-1021), py.Int(-307),
		py.Int(15), py.Int(53), py.Float(2.220446049250313e-16), py.Int(2), py.Int(1))
	g["int_info"] = newStructSeq(intInfoType, py.Int(30), py.Int(4), py.Int(4300), py.Int(640))
	g["hash_info"] = newStructSeq(hashInfoType,
		py.Int(64), py.Int(2305843009213693951), py.Int(314159), py.Int(0), py.Int(1000003),
		py.String("siphash13"), py.Int(64), py.Int(128), py.Int(0))
	// What `python3 script.py` has with no options and no PYTHON*
	// variables, in a UTF-8 locale.
	g["flags"] = newStructSeq(flagsType,
		py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0),
		py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(1), py.Int(0),
		py.False, py.Int(0), py.Int(0), py.False, py.Int(-1))
	g["thread_info"] = newStructSeq(threadInfoType, py.String("pthread"), py.String("semaphore"), py.String("NPTL 2.36"))
	g["maxunicode"] = py.Int(0x10ffff)
	g["float_repr_style"] = py.String("short")
	g["dont_write_bytecode"] = py.False
	g["copyright"] = py.String(copyright)
	// A system Python: /usr/bin/python3 (gpython's is the real path of
	// the running binary).
	g["executable"] = py.String("/usr/bin/python3")
	for _, name := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		g[name] = py.String("/usr")
	}
	g["platlibdir"] = py.String("lib")
	g["_base_executable"] = py.String("/usr/bin/python3")
	g["abiflags"] = py.String("")
	g["_framework"] = py.String("")
	g["pycache_prefix"] = py.None
	names := make(py.Tuple, len(builtinModuleNames))
	for i, n := range builtinModuleNames {
		names[i] = py.String(n)
	}
	g["builtin_module_names"] = names
	std := make([]py.Object, len(stdlibModuleNames))
	for i, n := range stdlibModuleNames {
		std[i] = py.String(n)
	}
	set, err := pyrt.NewSet(std, true)
	if err != nil {
		panic("pyrun: sys.stdlib_module_names: " + err.Error())
	}
	g["stdlib_module_names"] = set
	return g
})

// recordStartModules enters in sys.modules the modules Go code made that
// CPython also has at startup: __main__, and os and os.path when the
// sandbox installed them.
func (k *Kernel) recordStartModules() error {
	if err := pyrt.RecordModule(k.ctx, "__main__", k.main); err != nil {
		return err
	}
	if os, err := k.ctx.GetModule("os"); err == nil {
		if err := pyrt.RecordModule(k.ctx, "os", os); err != nil {
			return err
		}
		if p, ok := os.Globals["path"].(*py.Module); ok {
			if err := pyrt.RecordModule(k.ctx, "os.path", p); err != nil {
				return err
			}
			if err := pyrt.RecordModule(k.ctx, "posixpath", p); err != nil {
				return err
			}
		}
	}
	return nil
}

// installSys sets the sys attributes that need the kernel: orig_argv,
// audit hooks, the int string conversion limit, unraisablehook.
func (k *Kernel) installSys(g py.StringDict) {
	argv := []string{"python3"}
	if l, ok := g["argv"].(*py.List); ok {
		for _, a := range l.Items {
			if s, ok := a.(py.String); ok {
				argv = append(argv, string(s))
			}
		}
	}
	g["orig_argv"] = py.NewListFromStrings(argv)

	// Audit hooks see the events sys.audit raises and sys.addaudithook;
	// nbcheck's builtins raise none of CPython's own (open, import, exec).
	var hooks []py.Object
	audit := func(event string, args py.Tuple) error {
		for _, h := range hooks {
			if _, err := py.Call(h, py.Tuple{py.String(event), args}, nil); err != nil {
				return err
			}
		}
		return nil
	}
	g["audit"] = py.MustNewMethod("audit", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sys.audit() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "audit() missing 1 required positional argument: 'event'")
		}
		if len(hooks) == 0 {
			return py.None, nil
		}
		ev, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected str for argument 'event', not %s", pyrt.TypeName(args[0]))
		}
		return py.None, audit(string(ev), append(py.Tuple(nil), args[1:]...))
	}, 0, "audit(event, *args)\n\nPasses the event to any audit hooks that are attached.")
	g["addaudithook"] = py.MustNewMethod("addaudithook", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var hook py.Object
		if err := py.ParseTupleAndKeywords(args, kw, "O:addaudithook", []string{"hook"}, &hook); err != nil {
			if len(args) == 0 && len(kw) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "addaudithook() missing required argument 'hook' (pos 1)")
			}
			return nil, err
		}
		if err := audit("sys.addaudithook", py.Tuple{}); err != nil {
			// A hook that refuses with an Exception keeps the new one
			// out, silently; a BaseException is raised.
			if e := pyvm.ExceptionOf(err); e != nil && e.Base != nil && e.Base.IsSubtype(py.ExceptionType) {
				return py.None, nil
			}
			return nil, err
		}
		hooks = append(hooks, hook)
		return py.None, nil
	}, 0, "addaudithook(hook)\n\nAdds a new audit hook callback.")

	// The limit on int <-> str conversions is pyrt's, process-wide: each
	// kernel starts with CPython's default.
	pyrt.SetIntMaxStrDigits(pyrt.DefaultIntMaxStrDigits)
	g["get_int_max_str_digits"] = py.MustNewMethod("get_int_max_str_digits", func(_ py.Object) (py.Object, error) {
		return py.Int(pyrt.IntMaxStrDigits()), nil
	}, 0, "get_int_max_str_digits()\n\nReturn the maximum string digits limit for non-binary int<->str conversions.")
	g["set_int_max_str_digits"] = py.MustNewMethod("set_int_max_str_digits", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if n := len(args) + len(kw); n > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "set_int_max_str_digits() takes at most 1 argument (%d given)", n)
		}
		var v py.Object
		if len(args) == 1 {
			v = args[0]
		} else if x, ok := kw["maxdigits"]; ok {
			v = x
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
		}
		idx, err := py.Index(v)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyrt.TypeName(v))
		}
		n, err := py.IndexInt(idx)
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 640 {
			return nil, py.ExceptionNewf(py.ValueError, "maxdigits must be 0 or larger than 640")
		}
		pyrt.SetIntMaxStrDigits(n)
		return py.None, nil
	}, 0, "set_int_max_str_digits(maxdigits)\n\nSet the maximum string digits limit for non-binary int<->str conversions.")

	// nbcheck reports no unraisable exception (it runs no __del__), so
	// nothing makes the UnraisableHookArgs this takes; Python code cannot
	// make one either, and gets CPython's TypeError.
	hook := py.MustNewMethod("unraisablehook", func(_ py.Object, arg py.Object) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}, 0, "unraisablehook(unraisable, /)\n\nHandle an unraisable exception.")
	g["unraisablehook"] = hook
	g["__unraisablehook__"] = hook

	// excepthook prints an exception as an uncaught one prints; CPython's
	// takes the traceback from the exception itself.
	excepthook := py.MustNewMethod("excepthook", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "excepthook expected 3 arguments, got %d", len(args))
		}
		e, ok := args[1].(*py.Exception)
		if !ok {
			return py.None, k.writeSys("stderr", "TypeError: print_exception(): Exception expected for value, "+pyrt.TypeName(args[1])+" found\n")
		}
		info := py.ExceptionInfo{Type: e.Base, Value: e}
		if tb, err := py.GetAttrString(e, "__traceback__"); err == nil {
			info.Traceback, _ = tb.(*py.Traceback)
		}
		return py.None, k.writeSys("stderr", k.scriptTraceback(info))
	}, 0, "excepthook(exctype, value, traceback, /)\n\nHandle an exception by displaying it with a traceback on sys.stderr.")
	g["excepthook"] = excepthook
	g["__excepthook__"] = excepthook
	// displayhook is the interpreter's in a script (repr on sys.stdout,
	// kept in builtins._), IPython's in a notebook (an Out result).
	displayhook := py.MustNewMethod("displayhook", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "sys.displayhook() takes exactly one argument (%d given)", len(args))
		}
		v := args[0]
		if !k.inScript {
			return py.None, k.displayhook(v)
		}
		if v == py.None {
			return py.None, nil
		}
		b := k.ctx.Store().Builtins.Globals
		b["_"] = py.None
		r, err := pyrt.Repr(v)
		if err != nil {
			return nil, err
		}
		if err := k.writeSys("stdout", r+"\n"); err != nil {
			return nil, err
		}
		b["_"] = v
		return py.None, nil
	}, 0, "displayhook(object, /)\n\nPrint an object to sys.stdout and also save it in builtins._")
	g["displayhook"] = displayhook
	g["__displayhook__"] = displayhook
	k.installSysFuncs(g)
	// Gone in CPython 3.9; gpython still has them.
	for _, name := range []string{"callstats", "getcheckinterval", "setcheckinterval"} {
		delete(g, name)
	}
}

// writeSys writes text with the write method of sys.stdout or sys.stderr
// (name), whatever they are now.
func (k *Kernel) writeSys(name, text string) error {
	sys, err := k.ctx.GetModule("sys")
	if err != nil {
		return err
	}
	write, err := py.GetAttrString(sys.Globals[name], "write")
	if err != nil {
		return err
	}
	_, err = py.Call(write, py.Tuple{py.String(text)}, nil)
	return err
}

// unsupportedSys is the error of a sys function nbcheck cannot give
// CPython's answer for: the cell is unsupported, not wrong.
func unsupportedSys(what, why string) error {
	return py.ExceptionNewf(py.NotImplementedError, "unsupported: sys.%s (%s)", what, why)
}

// installSysFuncs replaces the sys functions gpython left raising a bare
// NotImplementedError with CPython's, or with an "unsupported" error
// that says why.
func (k *Kernel) installSysFuncs(g py.StringDict) {
	method := func(name, doc string, f func(args py.Tuple) (py.Object, error)) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) { return f(args) }, 0, doc)
	}
	exactly := func(name string, args py.Tuple) error {
		if len(args) != 1 {
			return py.ExceptionNewf(py.TypeError, "sys.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return nil
	}
	utf8 := func(py.Tuple) (py.Object, error) { return py.String("utf-8"), nil }
	none := func(py.Tuple) (py.Object, error) { return py.None, nil }
	method("getdefaultencoding", "getdefaultencoding()\n\nReturn the current default encoding used by the Unicode implementation.", utf8)
	method("getfilesystemencoding", "getfilesystemencoding()\n\nReturn the encoding used to convert Unicode filenames to OS filenames.", utf8)
	method("_clear_type_cache", "_clear_type_cache()\n\nClear the internal type lookup cache.", none)
	method("gettrace", "gettrace()\n\nReturn the global debug tracing function set with sys.settrace.", none)
	method("getprofile", "getprofile()\n\nReturn the profiling function set with sys.setprofile.", none)
	for _, name := range []string{"settrace", "setprofile"} {
		name := name
		method(name, name+"(function)\n\nSet the global debug tracing function.", func(args py.Tuple) (py.Object, error) {
			if err := exactly(name, args); err != nil {
				return nil, err
			}
			if args[0] == py.None {
				return py.None, nil
			}
			return nil, unsupportedSys(name, "nbcheck calls no trace or profile functions")
		})
	}
	method("intern", "intern(string, /)\n\n``Intern'' the given string.", func(args py.Tuple) (py.Object, error) {
		if err := exactly("intern", args); err != nil {
			return nil, err
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "intern() argument must be str, not %s", pyrt.TypeName(args[0]))
		}
		return s, nil
	})
	method("call_tracing", "call_tracing(func, args, /)\n\nCall func(*args), while tracing is enabled.", func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "call_tracing expected 2 arguments, got %d", len(args))
		}
		t, ok := args[1].(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "call_tracing() argument 2 must be tuple, not %s", pyrt.TypeName(args[1]))
		}
		return py.Call(args[0], t, nil)
	})
	// The switch interval is kept (in microseconds, as CPython keeps it);
	// nbcheck's threads switch where its scheduler decides.
	interval := 5000
	method("getswitchinterval", "getswitchinterval()\n\nReturn the current thread switch interval.", func(py.Tuple) (py.Object, error) {
		return py.Float(float64(interval) / 1e6), nil
	})
	method("setswitchinterval", "setswitchinterval(interval, /)\n\nSet the ideal thread switching delay inside the Python interpreter.", func(args py.Tuple) (py.Object, error) {
		if err := exactly("setswitchinterval", args); err != nil {
			return nil, err
		}
		var f float64
		switch v := args[0].(type) {
		case py.Float:
			f = float64(v)
		case py.Int:
			f = float64(v)
		case py.Bool:
			f = float64(pyvm.BoolInt(v))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "must be real number, not %s", pyrt.TypeName(args[0]))
		}
		if f <= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "switch interval must be strictly positive")
		}
		interval = int(f * 1e6)
		return py.None, nil
	})
	for _, name := range []string{"_getframe", "_current_frames"} {
		name := name
		method(name, name+"()", func(py.Tuple) (py.Object, error) {
			return nil, unsupportedSys(name, "nbcheck's frames are not Python objects")
		})
	}
	method("_debugmallocstats", "_debugmallocstats()", func(py.Tuple) (py.Object, error) {
		return nil, unsupportedSys("_debugmallocstats", "nbcheck has no CPython allocator")
	})
	method("getrefcount", "getrefcount(object, /)\n\nReturn the reference count of object.", func(args py.Tuple) (py.Object, error) {
		if err := exactly("getrefcount", args); err != nil {
			return nil, err
		}
		return nil, unsupportedSys("getrefcount", "nbcheck counts no references: Go's collector frees memory")
	})
	g["getsizeof"] = py.MustNewMethod("getsizeof", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var o, def py.Object
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:getsizeof", []string{"object", "default"}, &o, &def); err != nil {
			return nil, err
		}
		if o == nil {
			return nil, py.ExceptionNewf(py.TypeError, "getsizeof() missing required argument 'object' (pos 1)")
		}
		return getsizeof(o, def)
	}, 0, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.")
}

// getsizeof is sys.getsizeof as CPython 3.11 on x86-64 answers for the
// objects whose size does not depend on their history: numbers, strings,
// bytes, tuples, ranges, None, and instances whose class defines
// __sizeof__. A list, dict, set or bytearray's size depends on how CPython
// grew it, which nbcheck does not know: unsupported.
func getsizeof(o, def py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		n, _ := new(big.Int).SetString(mustStr(o), 10)
		digits := (new(big.Int).Abs(n).BitLen() + 29) / 30
		if digits < 1 {
			digits = 1
		}
		return py.Int(24 + 4*digits), nil
	case py.Float:
		return py.Int(24), nil
	case py.Complex:
		return py.Int(32), nil
	case py.NoneType:
		return py.Int(16), nil
	case py.Bytes:
		return py.Int(33 + len(x)), nil
	case py.Tuple:
		return py.Int(40 + 8*len(x)), nil
	case *py.Range:
		return py.Int(48), nil
	case py.String:
		maxRune, n := rune(0), 0
		for _, r := range string(x) {
			n++
			if r > maxRune {
				maxRune = r
			}
		}
		switch {
		case maxRune < 0x80:
			return py.Int(49 + n), nil
		case maxRune < 0x100:
			return py.Int(73 + n), nil
		case maxRune < 0x10000:
			return py.Int(74 + 2*n), nil
		}
		return py.Int(76 + 4*n), nil
	}
	if _, isModule := o.(*py.Module); !isModule {
		if f, err := pyvm.GetAttr(o, "__sizeof__"); err == nil {
			res, err := py.Call(f, nil, nil)
			if err != nil {
				return nil, err
			}
			n, ok := res.(py.Int)
			if !ok {
				if def != nil {
					return def, nil
				}
				return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "__sizeof__() should return >= 0")
			}
			// An instance's GC header and its dict's pre-header.
			return n + 32, nil
		}
	}
	return nil, unsupportedSys("getsizeof", "nbcheck knows CPython's sizes of numbers, str, bytes, tuple, range, None and of objects with __sizeof__, not of a "+pyrt.TypeName(o))
}

func mustStr(o py.Object) string {
	switch x := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(x), 10)
	case py.Bool:
		if x {
			return "1"
		}
		return "0"
	case *py.BigInt:
		return (*big.Int)(x).String()
	}
	return "0"
}
