package transpile

// This file refuses identifiers that gpython's lexer cannot read. Python
// 3 identifiers may use the characters of Unicode's XID classes, which
// take in a few characters that gpython's lexer rejects (it accepts only
// letters, Nl, and for later characters Mn, Mc, Nd and Pc): U+00B7 MIDDLE
// DOT and the other Other_ID_Start and Other_ID_Continue characters. A
// cell naming such an identifier is reported unsupported rather than
// printed into code gpython cannot compile.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// gpythonIdent reports whether gpython's lexer reads id as one identifier.
func gpythonIdent(id string) bool {
	for i, r := range id {
		if r < utf8.RuneSelf {
			continue
		}
		ok := unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl)
		if i > 0 && !ok {
			ok = unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)
		}
		if !ok {
			return false
		}
	}
	return true
}

// checkIdents reports every identifier of m that gpython cannot read. It
// does nothing when the source is ASCII.
func (p *printer) checkIdents(m *py.Module) {
	if !m.MayHaveNonASCIIName() {
		return
	}
	ascii := true
	for i := 0; i < len(p.src); i++ {
		if p.src[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return
	}
	var visit func(n py.Node)
	check := func(id string, sp *py.Span) {
		for rest := id; ; {
			part, tail, more := strings.Cut(rest, ".")
			if !gpythonIdent(part) {
				p.unsupported(0, sp, "identifier `"+id+"` has a character gpython cannot read in a name")
				return
			}
			if !more {
				break
			}
			rest = tail
		}
	}
	typeParams := func(tps []py.TypeParam) {
		for _, tp := range tps {
			visit(tp)
		}
	}
	visit = func(n py.Node) {
		switch n := n.(type) {
		case *py.Name:
			check(n.ID, &n.Span)
		case *py.Attribute:
			check(n.Attr, &n.Span)
		case *py.FunctionDef:
			check(n.Name, &n.Span)
			typeParams(n.TypeParams)
		case *py.AsyncFunctionDef:
			check(n.Name, &n.Span)
			typeParams(n.TypeParams)
		case *py.ClassDef:
			check(n.Name, &n.Span)
			typeParams(n.TypeParams)
		case *py.TypeAlias:
			typeParams(n.TypeParams)
		case *py.Arg:
			check(n.Arg, &n.Span)
		case *py.Keyword:
			check(n.Arg, &n.Span)
		case *py.Import:
			for _, a := range n.Names {
				check(a.Name, &a.Span)
				check(a.Asname, &a.Span)
			}
		case *py.ImportFrom:
			check(n.Module, &n.Span)
			for _, a := range n.Names {
				check(a.Name, &a.Span)
				check(a.Asname, &a.Span)
			}
		case *py.Global:
			for _, x := range n.Names {
				check(x, &n.Span)
			}
		case *py.Nonlocal:
			for _, x := range n.Names {
				check(x, &n.Span)
			}
		case *py.ExceptHandler:
			check(n.Name, &n.Span)
		case *py.MatchAs:
			check(n.Name, &n.Span)
		case *py.MatchStar:
			check(n.Name, &n.Span)
		case *py.MatchMapping:
			check(n.Rest, &n.Span)
		case *py.MatchClass:
			for _, x := range n.KwdAttrs {
				check(x, &n.Span)
			}
		case *py.TypeVar:
			check(n.Name, &n.Span)
		case *py.ParamSpec:
			check(n.Name, &n.Span)
		case *py.TypeVarTuple:
			check(n.Name, &n.Span)
		}
		py.EachChild(n, visit)
	}
	visit(m)
}
