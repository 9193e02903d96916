package pyrt

import "github.com/go-python/gpython/py"

// GenericAliasType is types.GenericAlias (PEP 585). pyobj defines it and
// sets this variable when it is linked in, so that packages below pyobj
// (asyncshim) can make their classes generic with [MakeGeneric].
var GenericAliasType *py.Type

// GenericBuiltins are pyrt's builtin classes that CPython 3.11 makes
// generic (dict[str, int], enumerate[str]); pyobj adds gpython's own.
func GenericBuiltins() []*py.Type {
	return []*py.Type{DictType, SetType, FrozenSetType, enumerateType}
}

// MakeGeneric gives each class CPython's __class_getitem__ =
// classmethod(types.GenericAlias): asyncio.Queue[int] is a generic alias.
// It does nothing when pyobj is not linked in.
func MakeGeneric(classes ...*py.Type) {
	if GenericAliasType == nil {
		return
	}
	for _, t := range classes {
		t.Dict["__class_getitem__"] = &py.ClassMethod{Callable: GenericAliasType, Dict: py.StringDict{}}
	}
}
