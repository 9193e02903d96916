package pysyntax

// This file prints trees exactly as CPython 3.12's ast.dump does, so that
// conformance tests can compare our trees with CPython's as text. Field
// order follows each class's _fields; optional fields that are absent
// are left out, as ast.dump leaves out None values of optional fields.

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dump returns the tree under n as ast.dump(n) prints it, or with
// include_attributes=True when positions is set.
func Dump(n Node, positions bool) string {
	d := &dumper{attrs: positions}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
	// noFStringParts leaves out the positions of an f-string's parts (its
	// constants and replacement fields), where CPython 3.12.1's values
	// are artefacts of its implementation; the tests set it.
	noFStringParts bool
	inFString      int
	first          bool
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = true
}

func (d *dumper) field(name string) {
	if !d.first {
		d.b.WriteString(", ")
	}
	d.first = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) close(sp *Span) {
	if d.attrs && sp != nil && !(d.noFStringParts && d.inFString > 0) {
		d.int("lineno", sp.Lineno)
		d.int("col_offset", sp.ColOffset)
		d.int("end_lineno", sp.EndLineno)
		d.int("end_col_offset", sp.EndColOffset)
	}
	d.b.WriteByte(')')
	d.first = false
}

func (d *dumper) int(name string, v int) {
	d.field(name)
	d.b.WriteString(strconv.Itoa(v))
}

func (d *dumper) str(name, v string) {
	d.field(name)
	d.b.WriteString(pyStrRepr(v))
}

func (d *dumper) optStr(name, v string) {
	if v != "" {
		d.str(name, v)
	}
}

func (d *dumper) expr(name string, e Expr) {
	d.field(name)
	d.node(e)
}

func (d *dumper) optExpr(name string, e Expr) {
	if e != nil {
		d.expr(name, e)
	}
}

func (d *dumper) ctx(c Ctx) {
	d.field("ctx")
	d.b.WriteString(c.String())
	d.b.WriteString("()")
}

func (d *dumper) list(name string, n int, item func(i int)) {
	d.field(name)
	d.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b.WriteString(", ")
		}
		item(i)
	}
	d.b.WriteByte(']')
}

func (d *dumper) exprs(name string, es []Expr) {
	d.list(name, len(es), func(i int) {
		if es[i] == nil {
			d.b.WriteString("None")
		} else {
			d.node(es[i])
		}
	})
}

func (d *dumper) stmts(name string, ss []Stmt) {
	d.list(name, len(ss), func(i int) { d.node(ss[i]) })
}

func (d *dumper) patterns(name string, ps []Pattern) {
	d.list(name, len(ps), func(i int) { d.node(ps[i]) })
}

func (d *dumper) names(name string, ns []string) {
	d.list(name, len(ns), func(i int) { d.b.WriteString(pyStrRepr(ns[i])) })
}

func (d *dumper) typeParams(tps []TypeParam) {
	d.list("type_params", len(tps), func(i int) { d.node(tps[i]) })
}

func (d *dumper) op(name, v string) {
	d.field(name)
	d.b.WriteString(v)
	d.b.WriteString("()")
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.open("Module")
		d.stmts("body", n.Body)
		d.list("type_ignores", 0, nil)
		d.close(nil)
	case *FunctionDef:
		d.open("FunctionDef")
		d.funcFields(n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams)
		d.close(&n.Span)
	case *AsyncFunctionDef:
		d.open("AsyncFunctionDef")
		d.funcFields(n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams)
		d.close(&n.Span)
	case *ClassDef:
		d.open("ClassDef")
		d.str("name", n.Name)
		d.exprs("bases", n.Bases)
		d.list("keywords", len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.DecoratorList)
		d.typeParams(n.TypeParams)
		d.close(&n.Span)
	case *Return:
		d.open("Return")
		d.optExpr("value", n.Value)
		d.close(&n.Span)
	case *Delete:
		d.open("Delete")
		d.exprs("targets", n.Targets)
		d.close(&n.Span)
	case *Assign:
		d.open("Assign")
		d.exprs("targets", n.Targets)
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *TypeAlias:
		d.open("TypeAlias")
		d.expr("name", n.Name)
		d.typeParams(n.TypeParams)
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *AugAssign:
		d.open("AugAssign")
		d.expr("target", n.Target)
		d.op("op", n.Op.String())
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *AnnAssign:
		d.open("AnnAssign")
		d.expr("target", n.Target)
		d.expr("annotation", n.Annotation)
		d.optExpr("value", n.Value)
		d.int("simple", b2i(n.Simple))
		d.close(&n.Span)
	case *For:
		d.open("For")
		d.expr("target", n.Target)
		d.expr("iter", n.Iter)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(&n.Span)
	case *AsyncFor:
		d.open("AsyncFor")
		d.expr("target", n.Target)
		d.expr("iter", n.Iter)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(&n.Span)
	case *While:
		d.open("While")
		d.expr("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(&n.Span)
	case *If:
		d.open("If")
		d.expr("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(&n.Span)
	case *With:
		d.open("With")
		d.list("items", len(n.Items), func(i int) { d.node(n.Items[i]) })
		d.stmts("body", n.Body)
		d.close(&n.Span)
	case *AsyncWith:
		d.open("AsyncWith")
		d.list("items", len(n.Items), func(i int) { d.node(n.Items[i]) })
		d.stmts("body", n.Body)
		d.close(&n.Span)
	case *Match:
		d.open("Match")
		d.expr("subject", n.Subject)
		d.list("cases", len(n.Cases), func(i int) { d.node(n.Cases[i]) })
		d.close(&n.Span)
	case *Raise:
		d.open("Raise")
		d.optExpr("exc", n.Exc)
		d.optExpr("cause", n.Cause)
		d.close(&n.Span)
	case *Try:
		d.open("Try")
		d.tryFields(n.Body, n.Handlers, n.Orelse, n.Finalbody)
		d.close(&n.Span)
	case *TryStar:
		d.open("TryStar")
		d.tryFields(n.Body, n.Handlers, n.Orelse, n.Finalbody)
		d.close(&n.Span)
	case *Assert:
		d.open("Assert")
		d.expr("test", n.Test)
		d.optExpr("msg", n.Msg)
		d.close(&n.Span)
	case *Import:
		d.open("Import")
		d.list("names", len(n.Names), func(i int) { d.node(n.Names[i]) })
		d.close(&n.Span)
	case *ImportFrom:
		d.open("ImportFrom")
		d.optStr("module", n.Module)
		d.list("names", len(n.Names), func(i int) { d.node(n.Names[i]) })
		d.int("level", n.Level)
		d.close(&n.Span)
	case *Global:
		d.open("Global")
		d.names("names", n.Names)
		d.close(&n.Span)
	case *Nonlocal:
		d.open("Nonlocal")
		d.names("names", n.Names)
		d.close(&n.Span)
	case *ExprStmt:
		d.open("Expr")
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *Pass:
		d.open("Pass")
		d.close(&n.Span)
	case *Break:
		d.open("Break")
		d.close(&n.Span)
	case *Continue:
		d.open("Continue")
		d.close(&n.Span)
	case *BoolOp:
		d.open("BoolOp")
		d.op("op", n.Op.String())
		d.exprs("values", n.Values)
		d.close(&n.Span)
	case *NamedExpr:
		d.open("NamedExpr")
		d.expr("target", n.Target)
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *BinOp:
		d.open("BinOp")
		d.expr("left", n.Left)
		d.op("op", n.Op.String())
		d.expr("right", n.Right)
		d.close(&n.Span)
	case *UnaryOp:
		d.open("UnaryOp")
		d.op("op", n.Op.String())
		d.expr("operand", n.Operand)
		d.close(&n.Span)
	case *Lambda:
		d.open("Lambda")
		d.field("args")
		d.node(n.Args)
		d.expr("body", n.Body)
		d.close(&n.Span)
	case *IfExp:
		d.open("IfExp")
		d.expr("test", n.Test)
		d.expr("body", n.Body)
		d.expr("orelse", n.Orelse)
		d.close(&n.Span)
	case *Dict:
		d.open("Dict")
		d.exprs("keys", n.Keys)
		d.exprs("values", n.Values)
		d.close(&n.Span)
	case *Set:
		d.open("Set")
		d.exprs("elts", n.Elts)
		d.close(&n.Span)
	case *ListComp:
		d.open("ListComp")
		d.expr("elt", n.Elt)
		d.gens(n.Generators)
		d.close(&n.Span)
	case *SetComp:
		d.open("SetComp")
		d.expr("elt", n.Elt)
		d.gens(n.Generators)
		d.close(&n.Span)
	case *DictComp:
		d.open("DictComp")
		d.expr("key", n.Key)
		d.expr("value", n.Value)
		d.gens(n.Generators)
		d.close(&n.Span)
	case *GeneratorExp:
		d.open("GeneratorExp")
		d.expr("elt", n.Elt)
		d.gens(n.Generators)
		d.close(&n.Span)
	case *Await:
		d.open("Await")
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *Yield:
		d.open("Yield")
		d.optExpr("value", n.Value)
		d.close(&n.Span)
	case *YieldFrom:
		d.open("YieldFrom")
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *Compare:
		d.open("Compare")
		d.expr("left", n.Left)
		d.list("ops", len(n.Ops), func(i int) { d.b.WriteString(n.Ops[i].String() + "()") })
		d.exprs("comparators", n.Comparators)
		d.close(&n.Span)
	case *Call:
		d.open("Call")
		d.expr("func", n.Func)
		d.exprs("args", n.Args)
		d.list("keywords", len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
		d.close(&n.Span)
	case *FormattedValue:
		d.open("FormattedValue")
		saved := d.inFString
		d.inFString = 0
		d.expr("value", n.Value)
		d.inFString = saved
		d.int("conversion", n.Conversion)
		d.optExpr("format_spec", n.FormatSpec)
		d.close(&n.Span)
	case *JoinedStr:
		d.open("JoinedStr")
		d.inFString++
		d.exprs("values", n.Values)
		d.inFString--
		d.close(&n.Span)
	case *Constant:
		d.open("Constant")
		d.field("value")
		d.b.WriteString(constRepr(n))
		if n.U {
			d.str("kind", "u")
		}
		d.close(&n.Span)
	case *Attribute:
		d.open("Attribute")
		d.expr("value", n.Value)
		d.str("attr", n.Attr)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *Subscript:
		d.open("Subscript")
		d.expr("value", n.Value)
		d.expr("slice", n.Slice)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *Starred:
		d.open("Starred")
		d.expr("value", n.Value)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *Name:
		d.open("Name")
		d.str("id", n.ID)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *List:
		d.open("List")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *Tuple:
		d.open("Tuple")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(&n.Span)
	case *Slice:
		d.open("Slice")
		d.optExpr("lower", n.Lower)
		d.optExpr("upper", n.Upper)
		d.optExpr("step", n.Step)
		d.close(&n.Span)
	case *Arguments:
		d.open("arguments")
		args := func(name string, as []*Arg) {
			d.list(name, len(as), func(i int) { d.node(as[i]) })
		}
		args("posonlyargs", n.Posonlyargs)
		args("args", n.Args)
		if n.Vararg != nil {
			d.field("vararg")
			d.node(n.Vararg)
		}
		args("kwonlyargs", n.Kwonlyargs)
		d.exprs("kw_defaults", n.KwDefaults)
		if n.Kwarg != nil {
			d.field("kwarg")
			d.node(n.Kwarg)
		}
		d.exprs("defaults", n.Defaults)
		d.close(nil)
	case *Arg:
		d.open("arg")
		d.str("arg", n.Arg)
		d.optExpr("annotation", n.Annotation)
		d.close(&n.Span)
	case *Keyword:
		d.open("keyword")
		d.optStr("arg", n.Arg)
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *Alias:
		d.open("alias")
		d.str("name", n.Name)
		d.optStr("asname", n.Asname)
		d.close(&n.Span)
	case *WithItem:
		d.open("withitem")
		d.expr("context_expr", n.ContextExpr)
		d.optExpr("optional_vars", n.OptionalVars)
		d.close(nil)
	case *Comprehension:
		d.open("comprehension")
		d.expr("target", n.Target)
		d.expr("iter", n.Iter)
		d.exprs("ifs", n.Ifs)
		d.int("is_async", b2i(n.IsAsync))
		d.close(nil)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.optExpr("type", n.Type)
		d.optStr("name", n.Name)
		d.stmts("body", n.Body)
		d.close(&n.Span)
	case *MatchCase:
		d.open("match_case")
		d.field("pattern")
		d.node(n.Pattern)
		d.optExpr("guard", n.Guard)
		d.stmts("body", n.Body)
		d.close(nil)
	case *MatchValue:
		d.open("MatchValue")
		d.expr("value", n.Value)
		d.close(&n.Span)
	case *MatchSingleton:
		d.open("MatchSingleton")
		d.field("value")
		d.b.WriteString(constRepr(n.Value))
		d.close(&n.Span)
	case *MatchSequence:
		d.open("MatchSequence")
		d.patterns("patterns", n.Patterns)
		d.close(&n.Span)
	case *MatchMapping:
		d.open("MatchMapping")
		d.exprs("keys", n.Keys)
		d.patterns("patterns", n.Patterns)
		d.optStr("rest", n.Rest)
		d.close(&n.Span)
	case *MatchClass:
		d.open("MatchClass")
		d.expr("cls", n.Cls)
		d.patterns("patterns", n.Patterns)
		d.names("kwd_attrs", n.KwdAttrs)
		d.patterns("kwd_patterns", n.KwdPatterns)
		d.close(&n.Span)
	case *MatchStar:
		d.open("MatchStar")
		d.optStr("name", n.Name)
		d.close(&n.Span)
	case *MatchAs:
		d.open("MatchAs")
		if n.Pattern != nil {
			d.field("pattern")
			d.node(n.Pattern)
		}
		d.optStr("name", n.Name)
		d.close(&n.Span)
	case *MatchOr:
		d.open("MatchOr")
		d.patterns("patterns", n.Patterns)
		d.close(&n.Span)
	case *TypeVar:
		d.open("TypeVar")
		d.str("name", n.Name)
		d.optExpr("bound", n.Bound)
		d.close(&n.Span)
	case *ParamSpec:
		d.open("ParamSpec")
		d.str("name", n.Name)
		d.close(&n.Span)
	case *TypeVarTuple:
		d.open("TypeVarTuple")
		d.str("name", n.Name)
		d.close(&n.Span)
	default:
		d.b.WriteString("None")
	}
}

func (d *dumper) funcFields(name string, args *Arguments, body []Stmt, decos []Expr, returns Expr, tps []TypeParam) {
	d.str("name", name)
	d.field("args")
	d.node(args)
	d.stmts("body", body)
	d.exprs("decorator_list", decos)
	d.optExpr("returns", returns)
	d.typeParams(tps)
}

func (d *dumper) tryFields(body []Stmt, hs []*ExceptHandler, orelse, final []Stmt) {
	d.stmts("body", body)
	d.list("handlers", len(hs), func(i int) { d.node(hs[i]) })
	d.stmts("orelse", orelse)
	d.stmts("finalbody", final)
}

func (d *dumper) gens(gs []*Comprehension) {
	d.list("generators", len(gs), func(i int) { d.node(gs[i]) })
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// constRepr is Python's repr of a constant's value.
func constRepr(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstBool:
		if c.Bool {
			return "True"
		}
		return "False"
	case ConstEllipsis:
		return "Ellipsis"
	case ConstInt:
		if v := c.BigInt(); v != nil {
			return v.String()
		}
		return c.Raw
	case ConstFloat:
		return FloatRepr(c.Float)
	case ConstComplex:
		s := FloatRepr(c.Float)
		s = strings.TrimSuffix(s, ".0")
		return s + "j"
	case ConstBytes:
		return pyBytesRepr(c.Str)
	}
	return pyStrRepr(c.Str)
}

// FloatRepr formats f as Python's repr(float) does.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exps, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(exps)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "e" + sign + es
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if len(digits) <= exp+1 {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}

// pyStrRepr is Python's repr of a str held as UTF-8 (WTF-8 for lone
// surrogates).
func pyStrRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c == q || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteString(hex2(int(c)))
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			// a WTF-8 surrogate
			if i+2 < len(s) && c == 0xED {
				v := int(c&0x0F)<<12 | int(s[i+1]&0x3F)<<6 | int(s[i+2]&0x3F)
				b.WriteString(`\u` + hexN4(v))
				i += 3
				continue
			}
			b.WriteString(`\x` + hex2(int(c)))
			i++
			continue
		}
		i += size
		if isPrintable(r) {
			b.WriteRune(r)
		} else if r < 0x100 {
			b.WriteString(`\x` + hex2(int(r)))
		} else if r < 0x10000 {
			b.WriteString(`\u` + hexN4(int(r)))
		} else {
			b.WriteString(`\U` + hexN4(int(r)>>16) + hexN4(int(r)&0xFFFF))
		}
	}
	b.WriteByte(q)
	return b.String()
}

func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.Is(unicode.Zs, r) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

func pyBytesRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

const hexdigits = "0123456789abcdef"

func hex2(v int) string { return string([]byte{hexdigits[v>>4&15], hexdigits[v&15]}) }

func hexN4(v int) string {
	return string([]byte{hexdigits[v>>12&15], hexdigits[v>>8&15], hexdigits[v>>4&15], hexdigits[v&15]})
}
