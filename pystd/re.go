package pystd

// This file is the Go core behind lib/re.py: module _nbre compiles a
// translated pattern with Go's regexp and runs it with Python's
// semantics (positions in characters, search from a position with the
// text before it as context, empty matches as in CPython 3.7+).

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// rePattern is a compiled pattern, the handle re.py keeps.
type rePattern struct {
	tr *translation
	mu sync.Mutex
	// compiled regexps by kind and dollar variant
	cache map[[2]int]*regexp.Regexp
}

var rePatternType = py.NewType("_nbre.Pattern", "a compiled pattern (nbcheck)")

func (p *rePattern) Type() *py.Type { return rePatternType }

// Kinds of compiled regexp.
const (
	kindSearch = iota
	kindMatch
	kindFull
	kindSearchCtx // on text starting one character before the position
	kindMatchCtx
	kindFullCtx
	kindMatchLongest // kindMatch, leftmost-longest
	kindMatchCtxLongest
)

func (p *rePattern) regexp(kind, variant int) (*regexp.Regexp, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	key := [2]int{kind, variant}
	if r, ok := p.cache[key]; ok {
		return r, nil
	}
	body := p.tr.re
	if variant == 0 {
		body = strings.ReplaceAll(body, dollarMark, `\z`)
	} else {
		body = strings.ReplaceAll(body, dollarMark, `(?m:$)`)
	}
	var src string
	switch kind {
	case kindSearch:
		src = "(?:" + body + ")"
	case kindMatch:
		src = `\A(?:` + body + ")"
	case kindFull:
		src = `\A(?:` + body + `)\z`
	case kindSearchCtx:
		src = `\A(?s:.)(?s:.)*?(` + body + ")"
	case kindMatchCtx:
		src = `\A(?s:.)(` + body + ")"
	case kindFullCtx:
		src = `\A(?s:.)(` + body + `)\z`
	case kindMatchLongest:
		src = `\A(?:` + body + ")"
	case kindMatchCtxLongest:
		src = `\A(?s:.)(` + body + ")"
	}
	r, err := regexp.Compile(src)
	if err != nil {
		return nil, py.ExceptionNewf(py.NotImplementedError, "unsupported: re: pattern %q is not supported by Go's regexp (%v)", string(p.tr.patRunes), err)
	}
	if kind == kindMatchLongest || kind == kindMatchCtxLongest {
		r.Longest()
	}
	if p.cache == nil {
		p.cache = map[[2]int]*regexp.Regexp{}
	}
	p.cache[key] = r
	return r, nil
}

// reFind is r.FindStringSubmatchIndex(s). On a long text it reads s as a
// RuneReader: Go then runs its NFA, which stops at the match, instead of
// the backtracker, which clears a bitmap as long as the whole text on
// every call (a scan over a long text would take quadratic time).
func reFind(r *regexp.Regexp, s string) []int {
	if len(s) > 4096 {
		return r.FindReaderSubmatchIndex(strings.NewReader(s))
	}
	return r.FindStringSubmatchIndex(s)
}

// subject is a text being searched: Go string plus character offsets.
type subject struct {
	s       string // UTF-8 (bytes subjects as Latin-1 runes)
	ascii   bool
	byteAt  []int // character index -> byte offset (len = chars+1), when not ascii
	charAt  map[int]int
	isBytes bool
	// orig and origByteAt are the text and its character offsets when s
	// is its ASCII image (see checkText).
	orig       string
	origByteAt []int
}

// text returns the characters between byte offsets a and b of s, from the
// original text, as a str (or bytes).
func (s *subject) text(a, b int) py.Object {
	var t string
	if s.origByteAt != nil {
		t = s.orig[s.origByteAt[a]:s.origByteAt[b]]
	} else {
		t = s.s[a:b]
	}
	if s.isBytes {
		out := make([]byte, 0, len(t))
		for _, r := range t {
			out = append(out, byte(r))
		}
		return py.Bytes(out)
	}
	return py.String(t)
}

// groups returns the text of each group of a match (None when a group
// did not take part).
func (s *subject) groups(loc []int) py.Tuple {
	g := make(py.Tuple, len(loc)/2)
	for i := range g {
		if loc[2*i] < 0 {
			g[i] = py.None
		} else {
			g[i] = s.text(loc[2*i], loc[2*i+1])
		}
	}
	return g
}

func newSubject(o py.Object) (*subject, bool, error) {
	var s string
	isBytes := false
	switch v := o.(type) {
	case py.String:
		s = string(v)
	case py.Bytes:
		isBytes = true
		s = latin1(v)
	default:
		if b, ok := o.(interface{ Bytes() []byte }); ok {
			isBytes = true
			s = latin1(b.Bytes())
		} else {
			return nil, false, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", o.Type().Name)
		}
	}
	sub := &subject{s: s, ascii: true, isBytes: isBytes}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			sub.ascii = false
			break
		}
	}
	if !sub.ascii {
		sub.byteAt = make([]int, 0, len(s)+1)
		sub.charAt = make(map[int]int, len(s)+1)
		for i := range s {
			sub.charAt[i] = len(sub.byteAt)
			sub.byteAt = append(sub.byteAt, i)
		}
		sub.charAt[len(s)] = len(sub.byteAt)
		sub.byteAt = append(sub.byteAt, len(s))
	}
	return sub, isBytes, nil
}

func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func (s *subject) chars() int {
	if s.ascii {
		return len(s.s)
	}
	return len(s.byteAt) - 1
}

func (s *subject) toByte(c int) int {
	if s.ascii {
		return c
	}
	return s.byteAt[c]
}

func (s *subject) toChar(b int) int {
	if s.ascii || b < 0 {
		return b
	}
	return s.charAt[b]
}

// exec runs p on text[:end] (byte offsets) at byte position pos: a
// search, or a match anchored at pos, or a full match. It returns the
// byte offsets of the groups, nil if no match.
func (p *rePattern) exec(text string, pos, mode int) ([]int, error) {
	variant := 0
	if p.tr.dollar && strings.HasSuffix(text, "\n") {
		if strings.Count(text, "\n") > 1 {
			return p.execTwice(text, pos, mode)
		}
		variant = 1
	}
	return p.execVariant(text, pos, mode, variant)
}

// execTwice runs a pattern with a non-MULTILINE "$" on a text of several
// lines that ends with a newline, where "$" matches at the end and just
// before the final newline: once on the whole text and once without its
// final newline. The leftmost match wins; when both start at the same
// place with different spans, which one CPython prefers depends on the
// pattern, and the call is refused.
func (p *rePattern) execTwice(text string, pos, mode int) ([]int, error) {
	a, err := p.execVariant(text, pos, mode, 0)
	if err != nil {
		return nil, err
	}
	if pos > len(text)-1 {
		return a, nil
	}
	b, err := p.execVariant(text[:len(text)-1], pos, mode, 0)
	if err != nil {
		return nil, err
	}
	switch {
	case a == nil:
		return b, nil
	case b == nil:
		return a, nil
	case a[0] < b[0]:
		return a, nil
	case b[0] < a[0]:
		return b, nil
	case a[1] == b[1]:
		return a, nil
	}
	return nil, py.ExceptionNewf(py.NotImplementedError, "unsupported: re: '$' without re.MULTILINE before the final newline of a text of several lines is not supported by Go's regexp")
}

func (p *rePattern) execVariant(text string, pos, mode, variant int) ([]int, error) {
	if pos == 0 {
		r, err := p.regexp(mode, variant)
		if err != nil {
			return nil, err
		}
		return reFind(r, text), nil
	}
	_, w := utf8.DecodeLastRuneInString(text[:pos])
	q := pos - w
	if mode == kindSearch {
		r, err := p.regexp(kindSearch, variant)
		if err != nil {
			return nil, err
		}
		loc := reFind(r, text[q:])
		if loc == nil {
			return nil, nil
		}
		if loc[0] > 0 {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += q
				}
			}
			return loc, nil
		}
	}
	r, err := p.regexp(mode+kindSearchCtx, variant)
	if err != nil {
		return nil, err
	}
	loc := reFind(r, text[q:])
	if loc == nil {
		return nil, nil
	}
	loc = loc[2:]
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += q
		}
	}
	return loc, nil
}

// Stand-ins for non-ASCII characters in a text's ASCII image.
const (
	imageWord  = '_'    // a letter or number (\w), not a decimal digit
	imageSpace = '\x0b' // whitespace (\s)
	imageOther = '\x01' // anything else
)

// nonEmptyAt reports whether the pattern has a non-empty match starting
// at byte position pos of text. After an empty match at pos, CPython
// retries at pos for a non-empty match (its backtracking order picks
// which); RE2 cannot ask for that match, so scan refuses the call when
// one exists, and otherwise moves on as CPython does.
func (p *rePattern) nonEmptyAt(text string, pos int) (bool, error) {
	texts := []string{text}
	variant := 0
	if p.tr.dollar && strings.HasSuffix(text, "\n") {
		if strings.Count(text, "\n") > 1 {
			if pos <= len(text)-1 {
				texts = append(texts, text[:len(text)-1])
			}
		} else {
			variant = 1
		}
	}
	for _, t := range texts {
		if pos == 0 {
			r, err := p.regexp(kindMatchLongest, variant)
			if err != nil {
				return false, err
			}
			if loc := reFind(r, t); loc != nil && loc[1] > loc[0] {
				return true, nil
			}
			continue
		}
		_, w := utf8.DecodeLastRuneInString(t[:pos])
		q := pos - w
		r, err := p.regexp(kindMatchCtxLongest, variant)
		if err != nil {
			return false, err
		}
		if loc := reFind(r, t[q:]); loc != nil && loc[3] > loc[2] {
			return true, nil
		}
	}
	return false, nil
}

// checkText prepares a non-ASCII text for a pattern with \b or \B, whose
// Unicode meaning Go's ASCII-only \b does not have. When the pattern
// cannot tell a non-ASCII character from its stand-in (it names no
// non-ASCII character, no stand-in, and the text has no non-ASCII decimal
// digit), the text is matched through its ASCII image: each non-ASCII
// character becomes one ASCII stand-in of the same class, so positions
// and \b agree with CPython's; the groups are cut from the original
// text. Otherwise the call is refused as unsupported.
func (p *rePattern) checkText(s *subject) error {
	if !p.tr.wordB || s.ascii {
		return nil
	}
	needed := false
	for _, r := range s.s {
		if r >= 0x80 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			needed = true
			break
		}
	}
	if !needed {
		return nil
	}
	refuse := py.ExceptionNewf(py.NotImplementedError, "unsupported: re: \\b next to non-ASCII letters is not supported by Go's regexp")
	for _, l := range p.tr.lits {
		if l[1] >= 0x80 {
			return refuse
		}
		for _, c := range []rune{imageWord, imageSpace, imageOther} {
			if l[0] <= c && c <= l[1] {
				return refuse
			}
		}
	}
	var b strings.Builder
	for _, r := range s.s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			return refuse
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			b.WriteByte(imageWord)
		case r == 0x85 || unicode.Is(unicode.Z, r):
			b.WriteByte(imageSpace)
		default:
			b.WriteByte(imageOther)
		}
	}
	s.orig, s.origByteAt = s.s, s.byteAt
	s.s = b.String()
	s.ascii = true
	s.byteAt, s.charAt = nil, nil
	return nil
}

func spansTuple(s *subject, loc []int) py.Tuple {
	t := make(py.Tuple, len(loc))
	for i, b := range loc {
		t[i] = py.Int(s.toChar(b))
	}
	return t
}

func clampPos(pos, endpos, n int) (int, int) {
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if endpos > n {
		endpos = n
	}
	if endpos < 0 {
		endpos = 0
	}
	return pos, endpos
}

func reArgs(args py.Tuple, n int) error {
	if len(args) != n {
		return py.ExceptionNewf(py.TypeError, "_nbre: expected %d arguments, got %d", n, len(args))
	}
	return nil
}

func init() {
	compile := py.MustNewMethod("compile", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := reArgs(args, 2); err != nil {
			return nil, err
		}
		flags, err := py.GetInt(args[1])
		if err != nil {
			return nil, err
		}
		var pat []rune
		isBytes := false
		switch v := args[0].(type) {
		case py.String:
			pat = []rune(string(v))
		case py.Bytes:
			isBytes = true
			pat = []rune(latin1(v))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
		}
		tr, err := translatePattern(pat, int(flags), isBytes)
		switch e := err.(type) {
		case nil:
		case *reError:
			return py.Tuple{py.String(e.msg), py.Int(e.pos)}, nil
		case *reUnsupported:
			return nil, py.ExceptionNewf(py.NotImplementedError, "%s", e.Error())
		case *pyValueError:
			return nil, py.ExceptionNewf(py.ValueError, "%s", e.msg)
		default:
			return nil, err
		}
		p := &rePattern{tr: tr}
		// Compile now, so that RE2's own limits show at compile time.
		if _, err := p.regexp(kindSearch, 0); err != nil {
			return nil, err
		}
		names := py.Tuple{}
		for _, n := range tr.names {
			names = append(names, py.String(n))
		}
		parents := py.Tuple{}
		for _, n := range tr.parents {
			parents = append(parents, py.Int(n))
		}
		return py.Tuple{p, py.Int(tr.groups), names, py.Int(tr.flags), parents}, nil
	}, 0, "compile(pattern, flags) -> (handle, groups, names, flags) or (msg, pos)")

	// exec(handle, text, pos, endpos, mode) -> spans or None
	exec := py.MustNewMethod("exec", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := reArgs(args, 5); err != nil {
			return nil, err
		}
		p, ok := args[0].(*rePattern)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_nbre.exec: not a pattern")
		}
		s, _, err := newSubject(args[1])
		if err != nil {
			return nil, err
		}
		if err := p.checkText(s); err != nil {
			return nil, err
		}
		pos, _ := py.GetInt(args[2])
		endpos, _ := py.GetInt(args[3])
		mode, _ := py.GetInt(args[4])
		ps, pe := clampPos(int(pos), int(endpos), s.chars())
		if ps > pe {
			return py.None, nil
		}
		text := s.s[:s.toByte(pe)]
		loc, err := p.exec(text, s.toByte(ps), int(mode))
		if err != nil || loc == nil {
			return py.None, err
		}
		return py.Tuple{spansTuple(s, loc), s.groups(loc)}, nil
	}, 0, "exec(handle, text, pos, endpos, mode)")

	// scan(handle, text, pos, endpos, limit) -> list of spans, CPython's
	// finditer order (an empty match may follow a non-empty one; after an
	// empty match the search resumes one character further).
	scan := py.MustNewMethod("scan", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := reArgs(args, 5); err != nil {
			return nil, err
		}
		p, ok := args[0].(*rePattern)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_nbre.scan: not a pattern")
		}
		s, _, err := newSubject(args[1])
		if err != nil {
			return nil, err
		}
		if err := p.checkText(s); err != nil {
			return nil, err
		}
		pos, _ := py.GetInt(args[2])
		endpos, _ := py.GetInt(args[3])
		limit, _ := py.GetInt(args[4])
		ps, pe := clampPos(int(pos), int(endpos), s.chars())
		out := py.NewList()
		if ps > pe {
			return py.Tuple{out, s.text(0, 0)}, nil
		}
		text := s.s[:s.toByte(pe)]
		b := s.toByte(ps)
		last := 0 // end of the previous match, for the gaps (split, sub)
		for limit <= 0 || len(out.Items) < int(limit) {
			if b > len(text) {
				break
			}
			loc, err := p.exec(text, b, kindSearch)
			if err != nil {
				return nil, err
			}
			if loc == nil {
				break
			}
			out.Append(py.Tuple{spansTuple(s, loc), s.groups(loc), s.text(last, loc[0])})
			last = loc[1]
			if loc[1] == loc[0] {
				if loc[1] >= len(text) {
					break
				}
				if ne, err := p.nonEmptyAt(text, loc[1]); err != nil {
					return nil, err
				} else if ne {
					return nil, py.ExceptionNewf(py.NotImplementedError, "unsupported: re: a pattern that matches both empty and non-empty text at the same place (CPython retries for the non-empty match) is not supported by Go's regexp")
				}
				_, w := utf8.DecodeRuneInString(text[loc[1]:])
				b = loc[1] + w
			} else {
				b = loc[1]
			}
		}
		return py.Tuple{out, s.text(last, len(s.s))}, nil
	}, 0, "scan(handle, text, pos, endpos, limit) -> ([(spans, groups, gap before)], tail)")

	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbre", Doc: "nbcheck's regular expression core over Go's regexp"},
		Methods: []*py.Method{compile, exec, scan},
	})
}
