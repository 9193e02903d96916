package pyobj

// This file gives the builtin exception classes the attributes CPython
// declares on them (members of its C structs): SyntaxError's msg,
// filename, lineno, ..., ImportError's msg, name and path, NameError's
// and AttributeError's name (and obj), UnicodeError's encoding, object,
// start, end and reason. gpython answered every one of them with the
// exception's args; now that an exception has only the attributes its
// class and its own Dict give (excGetAttr), each is a property that
// reads the exception's Dict (where nbcheck's runtime and setattr store
// them), else what CPython's __init__ would have taken from the args,
// else None.

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

// field is a member of an exception class: the value stored in the
// exception's Dict, else fromArgs(args) when it gives one, else None.
func field(name string, fromArgs func(args py.Tuple) py.Object) *py.Property {
	return prop(func(e *py.Exception) (py.Object, error) {
		if v, ok := e.Dict[name]; ok {
			return v, nil
		}
		if fromArgs != nil {
			if v := fromArgs(excArgs(e)); v != nil {
				return v, nil
			}
		}
		return py.None, nil
	}, func(e *py.Exception, v py.Object) error {
		e.Dict[name] = v
		return nil
	})
}

// argAt is fromArgs for a member CPython's __init__ takes from args[i]
// when there are exactly n args (any number when n is 0, at least i+1).
func argAt(i, n int) func(args py.Tuple) py.Object {
	return func(args py.Tuple) py.Object {
		if (n == 0 && len(args) > i) || (n > 0 && len(args) == n) {
			return args[i]
		}
		return nil
	}
}

// ownNew are the builtin exception classes whose New is pyobj's.
var ownNew = map[*py.Type]bool{}

// refuseKeywords makes the other builtin exception classes among
// builtins refuse keyword arguments with CPython's TypeError ("ValueError()
// takes no keyword arguments"): gpython's ExceptionNew returns a Go
// error, which became a SystemError.
func refuseKeywords(builtins py.StringDict) {
	for _, t := range pyrt.OSErrorClasses {
		ownNew[t] = true
	}
	for _, v := range builtins {
		t, ok := v.(*py.Type)
		if !ok || t.New == nil || ownNew[t] || IsClass(t) || !t.IsSubtype(py.BaseException) {
			continue
		}
		ownNew[t] = true
		prev := t.New
		t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", cls.Name)
			}
			return prev(cls, args, kwargs)
		}
	}
}

// unicodeErrorNew makes the constructors of UnicodeEncodeError and
// UnicodeDecodeError take exactly 5 arguments and UnicodeTranslateError's
// exactly 4, as CPython's (their members come from them).
func unicodeErrorNew() {
	for t, n := range map[*py.Type]int{py.UnicodeEncodeError: 5, py.UnicodeDecodeError: 5, py.UnicodeTranslateError: 4} {
		n := n
		ownNew[t] = true
		t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", cls.Name)
			}
			if len(args) != n {
				return nil, py.ExceptionNewf(py.TypeError, "function takes exactly %d arguments (%d given)", n, len(args))
			}
			return &py.Exception{Base: cls, Args: args.Copy(), Dict: py.StringDict{}}, nil
		}
	}
}

// keywordInit makes the classes ts take the keyword arguments kws, as
// CPython's constructors of ImportError (name, path), NameError (name)
// and AttributeError (name, obj) do: stored as those members (the
// others reset to None by __init__), any other keyword refused with
// CPython's message, which names display.
func keywordInit(display string, kws []string, ts ...*py.Type) {
	check := func(kwargs py.StringDict) error {
		names := make([]string, 0, len(kwargs))
		for k := range kwargs {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			ok := false
			for _, a := range kws {
				ok = ok || a == k
			}
			if !ok {
				return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, display)
			}
		}
		return nil
	}
	set := func(e *py.Exception, kwargs py.StringDict) {
		for _, k := range kws {
			if v, ok := kwargs[k]; ok {
				e.Dict[k] = v
			} else {
				delete(e.Dict, k)
			}
		}
	}
	for _, t := range ts {
		ownNew[t] = true
		t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := check(kwargs); err != nil {
				return nil, err
			}
			e := &py.Exception{Base: cls, Args: args.Copy(), Dict: py.StringDict{}}
			set(e, kwargs)
			return e, nil
		}
		t.Dict["__init__"] = method("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := needSelf(display+".__init__", args, 1); err != nil {
				return nil, err
			}
			e, err := asExc(args[0], "__init__")
			if err != nil {
				return nil, err
			}
			if err := check(kwargs); err != nil {
				return nil, err
			}
			e.Args = args[1:].Copy()
			set(e, kwargs)
			return py.None, nil
		})
	}
}

// syntaxDetail is fromArgs for SyntaxError's members given by its
// second argument, (filename, lineno, offset, text[, end_lineno,
// end_offset]), when it has exactly two.
func syntaxDetail(i int) func(args py.Tuple) py.Object {
	return func(args py.Tuple) py.Object {
		if len(args) != 2 {
			return nil
		}
		t, ok := args[1].(py.Tuple)
		if !ok || len(t) <= i || (len(t) != 4 && len(t) != 6) {
			return nil
		}
		return t[i]
	}
}

// members are the names member() declared, by class: CPython keeps
// them out of __dict__.
var members = map[*py.Type]map[string]bool{}

// member declares name on class t as field(name, fromArgs).
func member(t *py.Type, name string, fromArgs func(args py.Tuple) py.Object) {
	t.Dict[name] = field(name, fromArgs)
	if members[t] == nil {
		members[t] = map[string]bool{}
	}
	members[t][name] = true
}

// isMember reports whether name is a member of class t or of a base.
func isMember(t *py.Type, name string) bool {
	for _, m := range mroOf(t) {
		if members[m][name] {
			return true
		}
	}
	return false
}

func init() {
	member(py.SyntaxError, "msg", argAt(0, 0))
	for i, n := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
		member(py.SyntaxError, n, syntaxDetail(i))
	}
	member(py.SyntaxError, "print_file_and_line", nil)

	member(py.ImportError, "msg", argAt(0, 1))
	member(py.ImportError, "name", nil)
	member(py.ImportError, "path", nil)

	unicodeErrorNew()
	keywordInit("ImportError", []string{"name", "path"}, py.ImportError, pyrt.ModuleNotFoundError)
	keywordInit("NameError", []string{"name"}, py.NameError, py.UnboundLocalError)
	keywordInit("AttributeError", []string{"name", "obj"}, py.AttributeError)

	member(py.NameError, "name", nil)
	member(py.AttributeError, "name", nil)
	member(py.AttributeError, "obj", nil)

	// UnicodeEncodeError and UnicodeDecodeError take (encoding, object,
	// start, end, reason); UnicodeTranslateError (object, start, end,
	// reason) and has encoding None.
	for _, t := range []*py.Type{py.UnicodeEncodeError, py.UnicodeDecodeError} {
		for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
			member(t, n, argAt(i, 5))
		}
	}
	for i, n := range []string{"object", "start", "end", "reason"} {
		member(py.UnicodeTranslateError, n, argAt(i, 4))
	}
	member(py.UnicodeTranslateError, "encoding", nil)
}
