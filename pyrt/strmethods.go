package pyrt

// This file adds the str methods gpython v0.2.0 lacks or gets wrong
// (gap B-STR). Indexes are in characters (runes), as in Python.

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

type pyMethod = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

func installStrMethods() {
	for name, f := range strMethods {
		py.StringType.Dict[name] = py.MustNewMethod(name, f, 0, "")
	}
	py.StringType.Dict["maketrans"] = py.MustNewMethod("maketrans", str_maketrans, py.METH_STATIC, "")
}

func selfStr(self py.Object) string { return string(self.(py.String)) }

func strArg(name string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
	}
	return string(s), nil
}

func mustStr(what string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s, not %s", what, TypeName(o))
	}
	return string(s), nil
}

// sliceBounds resolves optional start/end arguments (args[from:]) as
// Python slice indexes over n characters.
func sliceBounds(args py.Tuple, from, n int) (int, int, error) {
	start, end := 0, n
	get := func(i int, def int) (int, error) {
		if len(args) <= i || args[i] == py.None {
			return def, nil
		}
		v, err := py.IndexInt(args[i])
		if err != nil {
			return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if v < 0 {
			v += n
			if v < 0 {
				v = 0
			}
		}
		if v > n {
			v = n
		}
		return v, nil
	}
	var err error
	if start, err = get(from, 0); err != nil {
		return 0, 0, err
	}
	if end, err = get(from+1, n); err != nil {
		return 0, 0, err
	}
	return start, end, nil
}

// runeIndex returns the rune index of byte offset i in s.
func runeIndex(s string, i int) int {
	return len([]rune(s[:i]))
}

func strFind(self py.Object, args py.Tuple, rev bool) (int, error) {
	if len(args) < 1 || len(args) > 3 {
		return 0, py.ExceptionNewf(py.TypeError, "find expected at least 1 argument, got %d", len(args))
	}
	s := []rune(selfStr(self))
	sub, err := mustStr("must be str", args[0])
	if err != nil {
		return 0, err
	}
	start, end, err := sliceBounds(args, 1, len(s))
	if err != nil {
		return 0, err
	}
	if start > end {
		return -1, nil
	}
	hay := string(s[start:end])
	var i int
	if rev {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1, nil
	}
	return start + runeIndex(hay, i), nil
}

func caseMap(f func(string) string) pyMethod {
	return func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.String(f(selfStr(self))), nil
	}
}

func strPredicate(f func(r rune) bool, emptyTrue bool) pyMethod {
	return func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		s := selfStr(self)
		if s == "" {
			return py.NewBool(emptyTrue), nil
		}
		for _, r := range s {
			if !f(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

func justify(name string, f func(s string, width int, fill string) string) pyMethod {
	return func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got %d", name, len(args))
		}
		w, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(args) == 2 {
			fs, ok := args[1].(py.String)
			if !ok || len([]rune(string(fs))) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
			}
			fill = string(fs)
		}
		s := selfStr(self)
		n := len([]rune(s))
		if w <= n {
			return py.String(s), nil
		}
		if w > maxWidth {
			return nil, tooWide()
		}
		return py.String(f(s, w-n, fill)), nil
	}
}

func title(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prevCased = unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
	}
	return b.String()
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r)
}

func stripChars(self py.Object, args py.Tuple, left, right bool, name string) (py.Object, error) {
	s := selfStr(self)
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 || args[0] == py.None {
		if left {
			s = strings.TrimLeftFunc(s, isSpace)
		}
		if right {
			s = strings.TrimRightFunc(s, isSpace)
		}
		return py.String(s), nil
	}
	chars, err := strArg(name, args[0])
	if err != nil {
		return nil, err
	}
	if left {
		s = strings.TrimLeft(s, chars)
	}
	if right {
		s = strings.TrimRight(s, chars)
	}
	return py.String(s), nil
}

func splitArgs(name string, args py.Tuple, kw py.StringDict) (sep py.Object, maxsplit int, err error) {
	k := kwargs{name: name, kw: kw}
	sep = py.None
	maxsplit = -1
	if len(args) > 0 {
		sep = args[0]
	}
	if len(args) > 1 {
		m, err := py.IndexInt(args[1])
		if err != nil {
			return nil, 0, err
		}
		maxsplit = m
	}
	if v, ok := k.get("sep"); ok {
		sep = v
	}
	if v, ok := k.get("maxsplit"); ok {
		m, err := py.IndexInt(v)
		if err != nil {
			return nil, 0, err
		}
		maxsplit = m
	}
	return sep, maxsplit, k.done()
}

func splitWhitespace(s string, maxsplit int, rev bool) []string {
	rs := []rune(s)
	var out []string
	if !rev {
		i := 0
		for {
			for i < len(rs) && isSpace(rs[i]) {
				i++
			}
			if i >= len(rs) {
				break
			}
			if maxsplit >= 0 && len(out) == maxsplit {
				rest := strings.TrimRightFunc(string(rs[i:]), isSpace)
				out = append(out, rest)
				break
			}
			j := i
			for j < len(rs) && !isSpace(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		}
		return out
	}
	i := len(rs) - 1
	for {
		for i >= 0 && isSpace(rs[i]) {
			i--
		}
		if i < 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			rest := strings.TrimLeftFunc(string(rs[:i+1]), isSpace)
			out = append(out, rest)
			break
		}
		j := i
		for j >= 0 && !isSpace(rs[j]) {
			j--
		}
		out = append(out, string(rs[j+1:i+1]))
		i = j
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strList(items []string) *py.List {
	l := py.NewListWithCapacity(len(items))
	for _, s := range items {
		l.Items = append(l.Items, py.String(s))
	}
	return l
}

func str_split(rev bool) pyMethod {
	name := "split"
	if rev {
		name = "rsplit"
	}
	return func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		sepObj, maxsplit, err := splitArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		s := selfStr(self)
		if sepObj == py.None {
			return strList(splitWhitespace(s, maxsplit, rev)), nil
		}
		sep, err := mustStr("must be str or None", sepObj)
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		if !rev {
			return strList(strings.SplitN(s, sep, maxsplitN(maxsplit))), nil
		}
		var out []string
		for maxsplit < 0 || len(out) < maxsplit {
			i := strings.LastIndex(s, sep)
			if i < 0 {
				break
			}
			out = append(out, s[i+len(sep):])
			s = s[:i]
		}
		out = append(out, s)
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return strList(out), nil
	}
}

func maxsplitN(m int) int {
	if m < 0 {
		return -1
	}
	return m + 1
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func startsEnds(name string, ends bool) pyMethod {
	return func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got %d", name, len(args))
		}
		rs := []rune(selfStr(self))
		start, end, err := sliceBounds(args, 1, len(rs))
		if err != nil {
			return nil, err
		}
		var subs []py.Object
		switch x := args[0].(type) {
		case py.String:
			subs = []py.Object{x}
		case py.Tuple:
			subs = x
		default:
			return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
		}
		if start > len(rs) {
			return py.False, nil
		}
		hay := ""
		if start <= end {
			hay = string(rs[start:end])
		}
		for _, so := range subs {
			sub, ok := so.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, TypeName(so))
			}
			if start > end {
				continue
			}
			if ends && strings.HasSuffix(hay, string(sub)) || !ends && strings.HasPrefix(hay, string(sub)) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
}

func str_partition(rev bool) pyMethod {
	return func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "partition() takes exactly one argument (%d given)", len(args))
		}
		s := selfStr(self)
		sep, err := mustStr("must be str", args[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		var i int
		if rev {
			i = strings.LastIndex(s, sep)
			if i < 0 {
				return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
			}
		} else {
			i = strings.Index(s, sep)
			if i < 0 {
				return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
			}
		}
		return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
	}
}

var strMethods = map[string]pyMethod{
	"join": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "join() takes exactly one argument (%d given)", len(args))
		}
		var parts []string
		i := 0
		err := iterate(args[0], func(o py.Object) error {
			s, ok := o.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(o))
			}
			parts = append(parts, string(s))
			i++
			return nil
		})
		if err != nil {
			if isExc(err, py.TypeError) && strings.Contains(err.Error(), "not iterable") {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		return py.String(strings.Join(parts, selfStr(self))), nil
	},
	"upper":    caseMap(func(s string) string { return strings.ReplaceAll(strings.ToUpper(s), "ß", "SS") }),
	"lower":    caseMap(strings.ToLower),
	"casefold": caseMap(func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "ß", "ss")) }),
	"title":    caseMap(title),
	"swapcase": caseMap(func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, s)
	}),
	"capitalize": caseMap(func(s string) string {
		rs := []rune(s)
		if len(rs) == 0 {
			return s
		}
		return string(unicode.ToTitle(rs[0])) + strings.ToLower(string(rs[1:]))
	}),
	"center": justify("center", func(s string, gap int, fill string) string {
		width := gap + len([]rune(s))
		left := gap/2 + (gap & width & 1)
		return strings.Repeat(fill, left) + s + strings.Repeat(fill, gap-left)
	}),
	"ljust": justify("ljust", func(s string, gap int, fill string) string { return s + strings.Repeat(fill, gap) }),
	"rjust": justify("rjust", func(s string, gap int, fill string) string { return strings.Repeat(fill, gap) + s }),
	"zfill": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "zfill() takes exactly one argument (%d given)", len(args))
		}
		w, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		s := selfStr(self)
		n := len([]rune(s))
		if w <= n {
			return py.String(s), nil
		}
		if w > maxWidth {
			return nil, tooWide()
		}
		sign := ""
		if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
			sign, s = s[:1], s[1:]
		}
		return py.String(sign + strings.Repeat("0", w-n) + s), nil
	},
	"count": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "count expected at least 1 argument, got %d", len(args))
		}
		rs := []rune(selfStr(self))
		sub, err := mustStr("must be str", args[0])
		if err != nil {
			return nil, err
		}
		start, end, err := sliceBounds(args, 1, len(rs))
		if err != nil {
			return nil, err
		}
		if start > end {
			return py.Int(0), nil
		}
		return py.Int(strings.Count(string(rs[start:end]), sub)), nil
	},
	"find": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		i, err := strFind(self, args, false)
		return py.Int(i), err
	},
	"rfind": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		i, err := strFind(self, args, true)
		return py.Int(i), err
	},
	"index": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		i, err := strFind(self, args, false)
		if err == nil && i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), err
	},
	"rindex": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		i, err := strFind(self, args, true)
		if err == nil && i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), err
	},
	"startswith": startsEnds("startswith", false),
	"endswith":   startsEnds("endswith", true),
	"strip": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return stripChars(self, args, true, true, "strip")
	},
	"lstrip": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return stripChars(self, args, true, false, "lstrip")
	},
	"rstrip": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return stripChars(self, args, false, true, "rstrip")
	},
	"split":      str_split(false),
	"rsplit":     str_split(true),
	"partition":  str_partition(false),
	"rpartition": str_partition(true),
	"splitlines": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		keep := false
		if len(args) > 0 {
			keep, _ = pyvm.Truth(args[0])
		}
		if v, ok := kw["keepends"]; ok {
			keep, _ = pyvm.Truth(v)
		}
		rs := []rune(selfStr(self))
		var out []string
		start := 0
		for i := 0; i < len(rs); i++ {
			if !isLineBreak(rs[i]) {
				continue
			}
			end := i
			if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			if keep {
				out = append(out, string(rs[start:i+1]))
			} else {
				out = append(out, string(rs[start:end]))
			}
			start = i + 1
		}
		if start < len(rs) {
			out = append(out, string(rs[start:]))
		}
		return strList(out), nil
	},
	"replace": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "replace expected at least 2 arguments, got %d", len(args))
		}
		old, err := mustStr("replace() argument 1 must be str", args[0])
		if err != nil {
			return nil, err
		}
		nw, err := mustStr("replace() argument 2 must be str", args[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 3 {
			n, err = py.IndexInt(args[2])
			if err != nil {
				return nil, err
			}
		}
		return py.String(strings.Replace(selfStr(self), old, nw, n)), nil
	},
	"removeprefix": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "removeprefix() takes exactly one argument (%d given)", len(args))
		}
		p, err := mustStr("removeprefix() argument must be str", args[0])
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimPrefix(selfStr(self), p)), nil
	},
	"removesuffix": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "removesuffix() takes exactly one argument (%d given)", len(args))
		}
		p, err := mustStr("removesuffix() argument must be str", args[0])
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimSuffix(selfStr(self), p)), nil
	},
	"expandtabs": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		size := 8
		if len(args) > 0 {
			n, err := py.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			size = n
		}
		if v, ok := kw["tabsize"]; ok {
			n, err := py.IndexInt(v)
			if err != nil {
				return nil, err
			}
			size = n
		}
		if size > maxWidth {
			return nil, tooWide()
		}
		var b strings.Builder
		col := 0
		for _, r := range selfStr(self) {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return py.String(b.String()), nil
	},
	"isalpha":   strPredicate(func(r rune) bool { return unicode.IsLetter(r) }, false),
	"isdigit":   strPredicate(func(r rune) bool { return unicode.IsDigit(r) || unicode.Is(unicode.No, r) && r >= 0xb2 && r <= 0xb9 }, false),
	"isdecimal": strPredicate(func(r rune) bool { return unicode.Is(unicode.Nd, r) }, false),
	"isnumeric": strPredicate(func(r rune) bool { return unicode.IsNumber(r) }, false),
	"isalnum": strPredicate(func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsNumber(r)
	}, false),
	"isspace":     strPredicate(isSpace, false),
	"isascii":     strPredicate(func(r rune) bool { return r < 0x80 }, true),
	"isprintable": strPredicate(isPrintable, true),
	"isupper": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		cased := false
		for _, r := range selfStr(self) {
			if unicode.IsLower(r) || unicode.IsTitle(r) {
				return py.False, nil
			}
			if unicode.IsUpper(r) {
				cased = true
			}
		}
		return py.NewBool(cased), nil
	},
	"islower": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		cased := false
		for _, r := range selfStr(self) {
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return py.False, nil
			}
			if unicode.IsLower(r) {
				cased = true
			}
		}
		return py.NewBool(cased), nil
	},
	"istitle": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		s := selfStr(self)
		return py.NewBool(s != "" && title(s) == s && strings.ToLower(s) != s || (s != "" && title(s) == s && strings.IndexFunc(s, unicode.IsLetter) >= 0 && strings.ToUpper(s) != strings.ToLower(s))), nil
	},
	"isidentifier": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		s := selfStr(self)
		if s == "" {
			return py.False, nil
		}
		for i, r := range s {
			if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r))) {
				continue
			}
			return py.False, nil
		}
		return py.True, nil
	},
	"encode": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		enc := "utf-8"
		if len(args) > 0 {
			e, err := mustStr("encode() argument 'encoding' must be str", args[0])
			if err != nil {
				return nil, err
			}
			enc = e
		}
		if v, ok := kw["encoding"]; ok {
			e, err := mustStr("encode() argument 'encoding' must be str", v)
			if err != nil {
				return nil, err
			}
			enc = e
		}
		return encodeStr(selfStr(self), enc)
	},
	"format": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var m py.Object
		if len(kw) > 0 {
			m = kw
		}
		s, err := StrFormat(selfStr(self), args, m)
		return py.String(s), err
	},
	"format_map": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "format_map() takes exactly one argument (%d given)", len(args))
		}
		s, err := StrFormat(selfStr(self), nil, args[0])
		return py.String(s), err
	},
	"translate": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "translate() takes exactly one argument (%d given)", len(args))
		}
		var b strings.Builder
		for _, r := range selfStr(self) {
			v, err := py.GetItem(args[0], py.Int(r))
			if err != nil {
				if isExc(err, py.LookupError) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case py.NoneType:
			case py.String:
				b.WriteString(string(x))
			case py.Int:
				b.WriteRune(rune(x))
			default:
				return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
			}
		}
		return py.String(b.String()), nil
	},
	"__mod__": func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__mod__ expected 1 argument")
		}
		s, err := PercentFormat(selfStr(self), args[0])
		return py.String(s), err
	},
}

func str_maketrans(self py.Object, args py.Tuple) (py.Object, error) {
	d := NewDict()
	switch len(args) {
	case 1:
		m, ok := args[0].(*Dict)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, e := range m.t.entries {
			if e.deleted {
				continue
			}
			k := e.key
			if s, ok := k.(py.String); ok {
				rs := []rune(string(s))
				if len(rs) != 1 {
					return nil, py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
				}
				k = py.Int(rs[0])
			}
			d.SetItem(k, e.value)
		}
	case 2, 3:
		x, err := mustStr("maketrans() argument 1 must be str", args[0])
		if err != nil {
			return nil, err
		}
		y, err := mustStr("maketrans() argument 2 must be str", args[1])
		if err != nil {
			return nil, err
		}
		xr, yr := []rune(x), []rune(y)
		if len(xr) != len(yr) {
			return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
		}
		for i := range xr {
			d.SetItem(py.Int(xr[i]), py.Int(yr[i]))
		}
		if len(args) == 3 {
			z, err := mustStr("maketrans() argument 3 must be str", args[2])
			if err != nil {
				return nil, err
			}
			for _, r := range z {
				d.SetItem(py.Int(r), py.None)
			}
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "maketrans expected at least 1 argument, got %d", len(args))
	}
	return d, nil
}
