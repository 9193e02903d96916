package transpile

// This file defines the runtime half of the PEP 695 lowering
// (lower_typeparams.go):
//
//	__nbc_typevar(name, kind, bound, constraints)  a type parameter: kind 0
//	        TypeVar (bound and constraints are None or functions, called
//	        when __bound__ or __constraints__ is first read), 1
//	        TypeVarTuple, 2 ParamSpec; the variance is inferred, so the
//	        repr is the bare name, as CPython 3.12's
//	__nbc_generic(params)                          typing.Generic[params]
//	__nbc_type_alias(name, value, params, module)  typing.TypeAliasType:
//	        repr the name, __value__ calls value once, subscriptable when
//	        generic
//
// They are Python, in gpython's dialect, run once per context as the
// except* runtime is; they import typing (nbcheck's pystd) when first
// called, so a context without it raises ImportError only when a program
// uses PEP 695.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

const typeParamsSource = `
_nbc_classes = {}


def _nbc_typing():
    import typing
    if not _nbc_classes:
        class TypeVar(typing.TypeVar):
            def __init__(self, name, bound, constraints):
                self.__name__ = name
                self._nbc_bound = bound
                self._nbc_constraints = constraints
                self.__covariant__ = False
                self.__contravariant__ = False
                self.__infer_variance__ = True

            def _nbc_get_bound(self):
                b = self._nbc_bound
                if b is not None and not isinstance(b, tuple):
                    self._nbc_bound = (b(),)
                if self._nbc_bound is None:
                    return None
                return self._nbc_bound[0]

            def _nbc_get_constraints(self):
                c = self._nbc_constraints
                if c is None:
                    return ()
                if not isinstance(c, tuple):
                    self._nbc_constraints = tuple(c())
                return self._nbc_constraints

            __bound__ = property(_nbc_get_bound)
            __constraints__ = property(_nbc_get_constraints)

            def __repr__(self):
                return self.__name__

        class ParamSpec(typing.ParamSpec):
            def __init__(self, name):
                typing.ParamSpec.__init__(self, name)
                self.__bound__ = None
                self.__covariant__ = False
                self.__contravariant__ = False
                self.__infer_variance__ = True

            def __repr__(self):
                return self.__name__

        class TypeAliasType:
            def __init__(self, name, value, params, module):
                self.__name__ = name
                self._nbc_value = value
                self._nbc_done = False
                self.__type_params__ = params
                self.__module__ = module

            def _nbc_get_value(self):
                if not self._nbc_done:
                    self._nbc_value = self._nbc_value()
                    self._nbc_done = True
                return self._nbc_value

            __value__ = property(_nbc_get_value)

            def __repr__(self):
                return self.__name__

            def __getitem__(self, params):
                if not self.__type_params__:
                    raise TypeError("Only generic type aliases are subscriptable")
                if not isinstance(params, tuple):
                    params = (params,)
                return typing._GenericAlias(self, params)

            def __or__(self, other):
                return typing.Union[self, other]

            def __ror__(self, other):
                return typing.Union[other, self]

        for cls in (TypeVar, ParamSpec, TypeAliasType):
            cls.__module__ = 'typing'
            cls.__qualname__ = cls.__name__
        _nbc_classes['TypeVar'] = TypeVar
        _nbc_classes['ParamSpec'] = ParamSpec
        _nbc_classes['TypeAliasType'] = TypeAliasType
    return typing


def __nbc_typevar(name, kind, bound, constraints):
    typing = _nbc_typing()
    if kind == 1:
        return typing.TypeVarTuple(name)
    if kind == 2:
        return _nbc_classes['ParamSpec'](name)
    return _nbc_classes['TypeVar'](name, bound, constraints)


def __nbc_generic(params):
    typing = _nbc_typing()
    return typing.Generic[params]


def __nbc_type_alias(name, value, params, module):
    _nbc_typing()
    return _nbc_classes['TypeAliasType'](name, value, params, module)
`

var typeParamsRT = newRuntimeSource("typeparams", "<nbcheck type parameters>", typeParamsSource)

// typeParamsNames are the helpers the source defines.
var typeParamsNames = []string{"__nbc_typevar", "__nbc_generic", "__nbc_type_alias"}

// FixQualnames removes the hidden functions of generic definitions from
// the qualified names compiled into code and the code nested in it
// (gpython's compiler puts each function's and class's __qualname__ among
// the constants of the code that makes it): CPython 3.12 names a generic
// function f, not __nbc_tp1.<locals>.f. Call it on code compiled from
// transpiled source.
func FixQualnames(code *py.Code) {
	for i, c := range code.Consts {
		switch c := c.(type) {
		case *py.Code:
			FixQualnames(c)
		case py.String:
			if s := string(c); strings.Contains(s, "__nbc_tp") {
				code.Consts[i] = py.String(stripAnnotationScopes(s))
			}
		}
	}
}

// stripAnnotationScopes removes each "__nbc_tpN.<locals>." from a
// qualified name.
func stripAnnotationScopes(s string) string {
	const locals = ".<locals>."
	var b strings.Builder
	for {
		i := strings.Index(s, "__nbc_tp")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + len("__nbc_tp")
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		// Not a hidden function: inside another name (a user's
		// a__nbc_tp1), without a number, or not a function's scope.
		if i > 0 && s[i-1] != '.' || j == i+len("__nbc_tp") || !strings.HasPrefix(s[j:], locals) {
			b.WriteString(s[:j])
			s = s[j:]
			continue
		}
		b.WriteString(s[:i])
		s = s[j+len(locals):]
	}
}
