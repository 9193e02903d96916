package pyrt

// This file defines the installation of pyrt into gpython: type dicts
// (once per process) and builtins (once per context).

import (
	"fmt"
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

var typeMethodsOnce sync.Once

// installTypeMethods fills the type dicts of pyrt's own types and adds
// the missing methods to gpython's types. Type dicts are shared by every
// context, so this runs once per process.
func installTypeMethods() {
	installFileMethods()
	installIterableArgs()
	typeMethodsOnce.Do(func() {
		for name, f := range dictMethods {
			DictType.Dict[name] = py.MustNewMethod(name, f, 0, "")
		}
		DictType.Dict["fromkeys"] = py.MustNewMethod("fromkeys", dictFromkeys, py.METH_CLASS, "")
		DictType.Dict["__hash__"] = py.None
		for name, f := range setMethods {
			m := py.MustNewMethod(name, f, 0, "")
			switch name {
			case "add", "discard", "remove", "pop", "clear", "update",
				"intersection_update", "difference_update", "symmetric_difference_update":
				SetType.Dict[name] = m
			default:
				SetType.Dict[name] = m
				FrozenSetType.Dict[name] = m
			}
		}
		SetType.Dict["__hash__"] = py.None
		installStrMethods()
		installFuncAttrs()
		installSeqMethods()
		installNumMethods()
		installBytesMethods()
		installStringDictMethods()
		py.StringType.New = strNew
		wrapNumberConstructors()
		py.BoolType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "bool() takes no keyword arguments")
			}
			if len(args) > 1 {
				return nil, py.ExceptionNewf(py.TypeError, "bool expected at most 1 argument, got %d", len(args))
			}
			if len(args) == 0 {
				return py.False, nil
			}
			t, err := pyvm.Truth(args[0])
			return py.NewBool(t), err
		}
		// Last: every instance method above is also callable unbound.
		wrapUnboundMethods(py.StringType, py.ListType, py.TupleType, py.BytesType,
			py.IntType, py.FloatType, py.ComplexType, py.BoolType, py.RangeType,
			DictType, SetType, FrozenSetType, ByteArrayType)
	})
}

// strNew is str(): str(object=”) and str(bytes, encoding, errors).
func strNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, encoding, errors py.Object
	err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:str", []string{"object", "encoding", "errors"}, &obj, &encoding, &errors)
	if err != nil {
		return nil, err
	}
	if obj == nil {
		return py.String(""), nil
	}
	if encoding != nil || errors != nil {
		b, ok := obj.(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
		}
		return decodeBytes(b, encoding, errors)
	}
	return StrObject(obj)
}

// positionalOnly names the builtins of the table that take no keyword
// arguments (the oneArg ones, and the __nbc_* helpers, which the
// transpiler calls with positional arguments only). They are installed
// without a kwargs parameter, which saves an allocation per call.
var positionalOnly = map[string]bool{
	"repr": true, "ascii": true, "callable": true, "id": true, "hash": true,
	"abs": true, "any": true, "all": true, "bin": true, "oct": true,
	"hex": true, "chr": true, "ord": true, "len": true,
	"__nbc_cat": true, "__nbc_fmt": true, "__nbc_list": true,
	"__nbc_tuple": true, "__nbc_star": true, "__nbc_matmul": true,
	"__nbc_lt": true, "__nbc_le": true, "__nbc_gt": true, "__nbc_ge": true,
	"__nbc_is": true, "__nbc_add": true, "__nbc_mod": true,
	"__nbc_iter": true, "__nbc_iterdone": true, "__nbc_genit": true,
	"__nbc_truediv": true, "__nbc_floordiv": true, "__nbc_pow": true,
	"__nbc_dict_from": true, "__nbc_set_from": true,
}

// method is a Go builtin as the table in builtins.go defines it.
type method = func(args py.Tuple, kwargs py.StringDict) (py.Object, error)

func (rt *runtime) install() error {
	g := rt.builtins.Globals
	for name, f := range rt.builtinTable() {
		f := f
		if positionalOnly[name] {
			// gpython hands a func(self, args, kwargs) method a new
			// empty StringDict on every call without keywords; these
			// take none, and gpython's refusal of keywords is the one
			// oneArg gives: "len() takes no keyword arguments".
			g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
				return f(args, nil)
			}, 0, "")
			continue
		}
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return f(args, kwargs)
		}, 0, "")
	}
	g["dict"] = DictType
	g["reversed"] = reversedType
	g["enumerate"] = enumerateType
	g["zip"] = zipType
	g["filter"] = filterType
	g["map"] = py.MapType
	g["set"] = SetType
	g["frozenset"] = FrozenSetType
	g["bytearray"] = ByteArrayType
	g["ModuleNotFoundError"] = moduleNotFoundError
	g["RecursionError"] = RecursionError
	rt.installKwargs(g) // keyword order: kwargs.go
	return rt.installSysModules()
}

var moduleNotFoundError = newSubType(py.ImportError, "ModuleNotFoundError", "Module not found.")

// RecursionError is raised when the maximum recursion depth is exceeded
// (gpython v0.2.0 has no such class).
var RecursionError = newSubType(py.RuntimeError, "RecursionError", "Recursion limit exceeded.")

// ModuleNotFoundError is the exception type for an import of a missing
// module.
var ModuleNotFoundError = moduleNotFoundError

// sortForDeterminism orders objects whose order gpython lost, by repr.
func sortForDeterminism(items []py.Object) {
	keys := make([]string, len(items))
	for i, it := range items {
		s, err := Repr(it)
		if err != nil {
			s = fmt.Sprintf("%T", it)
		}
		keys[i] = s
	}
	sort.Sort(byKey{items, keys})
}

type byKey struct {
	items []py.Object
	keys  []string
}

func (b byKey) Len() int           { return len(b.items) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.items[i], b.items[j] = b.items[j], b.items[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// init readies the types pyrt creates: gpython readies only the types
// that exist when its own package initializes.
func init() {
	if err := py.TypeMakeReady(); err != nil {
		panic("pyrt: " + err.Error())
	}
}

// newSubType makes a subclass of a builtin gpython type. Type.NewType
// copies the parent's flags, READY included, so the new type would never
// get its MRO (and except clauses would not match it): clear the flag
// and ready it here.
func newSubType(base *py.Type, name, doc string) *py.Type {
	t := base.NewType(name, doc, nil, nil)
	t.Flags &^= py.TPFLAGS_READY | py.TPFLAGS_READYING
	t.Base = base
	if err := t.Ready(); err != nil {
		panic("pyrt: " + err.Error())
	}
	return t
}
