package pystd

// This file is module _nbpystd: Go helpers for the Python-source modules
// under lib/, for what gpython's dialect cannot say directly.

import (
	"math/big"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	// percent(fmt, args) is fmt % args with CPython's %-formatting for a
	// format string held in a variable (the transpiler lowers only
	// literal formats; gpython's own str % uses Go's verbs).
	percent := py.MustNewMethod("percent", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "percent() takes exactly 2 arguments (%d given)", len(args))
		}
		f, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "percent(): format must be str, not %s", pyrt.TypeName(args[0]))
		}
		s, err := pyrt.PercentFormat(string(f), args[1])
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, 0, "percent(fmt, args) -> fmt % args, as CPython formats it")
	// unsupported_operation() is the class io.UnsupportedOperation,
	// which the methods of files raise from Go.
	unsupportedOperation := py.MustNewMethod("unsupported_operation", func(_ py.Object) (py.Object, error) {
		return pyrt.UnsupportedOperation()
	}, 0, "unsupported_operation() -> the class io.UnsupportedOperation")
	// pow_any_position(cls) makes pow(a, b, m) call cls.__pow__(a, b, m)
	// when b or m is an instance of cls, as for a type written in C
	// (decimal.Decimal).
	powAnyPosition := py.MustNewMethod("pow_any_position", func(_ py.Object, arg py.Object) (py.Object, error) {
		t, ok := arg.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "pow_any_position() argument must be a class, not %s", pyrt.TypeName(arg))
		}
		pyrt.SetPowAnyPosition(t)
		return py.None, nil
	}, 0, "pow_any_position(cls): pow() with three arguments reaches cls.__pow__ from any position")
	// int_str(n) and str_int(s) are str(n) and int(s) for an int and a
	// string of ASCII decimal digits, without the limit on int/str
	// conversions (sys.set_int_max_str_digits), for what CPython does in C
	// without it (decimal's coefficients).
	intStr := py.MustNewMethod("int_str", func(_ py.Object, arg py.Object) (py.Object, error) {
		switch n := arg.(type) {
		case py.Int:
			return py.String(strconv.FormatInt(int64(n), 10)), nil
		case *py.BigInt:
			return py.String((*big.Int)(n).String()), nil
		}
		return pyrt.StrObject(arg)
	}, 0, "int_str(n) -> str(n), with no limit on its digits")
	strInt := py.MustNewMethod("str_int", func(_ py.Object, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "str_int() argument must be str, not %s", pyrt.TypeName(arg))
		}
		n, ok := new(big.Int).SetString(string(s), 10)
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base 10: %s", reprOf(s))
		}
		if n.IsInt64() {
			return py.Int(n.Int64()), nil
		}
		return (*py.BigInt)(n), nil
	}, 0, "str_int(s) -> int(s) for decimal digits, with no limit on their number")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbpystd", Doc: "Go helpers for nbcheck's Python-source standard modules"},
		Methods: []*py.Method{percent, unsupportedOperation, powAnyPosition, intStr, strInt},
		Globals: py.StringDict{"CallableGenericAlias": pyobj.CallableAliasType, "UnionType": pyobj.UnionTypeType},
	})
}

func reprOf(o py.Object) string {
	r, err := pyrt.Repr(o)
	if err != nil {
		return "?"
	}
	return r
}
