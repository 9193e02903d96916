package check

// This file reads nbval's --sanitize-with files.
//
// nbval reads them with one Python regular expression,
// re.findall('^regex: (.*)$\n^replace: (.*)$', text, re.MULTILINE): a rule
// is a line that starts with "regex: " immediately followed by a line that
// starts with "replace: ", and everything else in the file (conventionally
// "[section]" headers) is ignored. Rules are kept in a dict keyed by the
// regex, so a later rule with the same regex replaces the earlier one's
// replacement but keeps its place. Each rule is applied with re.sub to
// every output text, in order.
//
// ParseSanitizers reads the same rules the same way, but where nbval
// would silently drop something it returns an error naming the file, line
// and section instead: a "regex:" line without its "replace:" line, a
// "replace:" line without its "regex:", a section with no rule, a line
// that is none of these, and a regex that Go cannot run the way Python
// does.
//
// Regexes run on Go's RE2 engine, which lacks some features of Python's
// re: lookahead (?=…) (?!…), lookbehind (?<=…) (?<!…), backreferences
// \1 and (?P=name), atomic groups (?>…), possessive quantifiers *+ ++ ?+,
// conditionals (?(1)…) and the verbose flag (?x). A regex using one is
// rejected with an error that names the feature. \Z is translated to Go's
// \z. Two differences remain that cannot be detected: Python's "$" (without
// (?m)) also matches before a newline that ends the text, and Python's \d,
// \w and \s match non-ASCII digits, letters and spaces; Go's match ASCII
// only.
//
// Replacements use Python's template syntax and are translated: \1 to \99
// and \g<1> or \g<name> insert a group (an unmatched group inserts
// nothing), \n \t \r \a \b \f \v \\ are escapes, \0 and three-digit octal
// escapes give a character, a backslash before another ASCII letter is an
// error, and a backslash before anything else stays as it is.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
)

// Sanitizer is one regex-and-replacement rule from a sanitize file.
type Sanitizer struct {
	Regex   string // the regex as written (Python syntax)
	Replace string // the replacement as written (Python template syntax)
	Section string // the section header it appeared under, without brackets; "" before any
	Line    int    // 1-based line of its "regex:" line

	re   *regexp.Regexp
	tmpl []tmplPart
}

// tmplPart is a literal (group < 0) or a group reference.
type tmplPart struct {
	lit   string
	group int
}

// NewSanitizer compiles one rule: regex in Python syntax and replace in
// Python's re.sub template syntax (see the rules above).
func NewSanitizer(regex, replace string) (Sanitizer, error) {
	s := Sanitizer{Regex: regex, Replace: replace}
	re, err := compilePython(regex)
	if err != nil {
		return Sanitizer{}, err
	}
	tmpl, err := parseTemplate(replace, re)
	if err != nil {
		return Sanitizer{}, err
	}
	s.re, s.tmpl = re, tmpl
	return s, nil
}

// Apply replaces every match of the rule's regex in text. It panics on a
// Sanitizer not made by [NewSanitizer] or [ParseSanitizers].
func (s Sanitizer) Apply(text string) string {
	if s.re == nil {
		panic("check.Sanitizer.Apply: sanitizer not compiled; use NewSanitizer")
	}
	matches := s.re.FindAllStringSubmatchIndex(text, -1)
	if matches == nil {
		return text
	}
	var sb strings.Builder
	last := 0
	for _, m := range matches {
		sb.WriteString(text[last:m[0]])
		for _, p := range s.tmpl {
			if p.group < 0 {
				sb.WriteString(p.lit)
			} else if m[2*p.group] >= 0 {
				sb.WriteString(text[m[2*p.group]:m[2*p.group+1]])
			}
		}
		last = m[1]
	}
	sb.WriteString(text[last:])
	return sb.String()
}

// SanitizeError is a problem in a sanitize file, at one line.
type SanitizeError struct {
	Path    string
	Line    int    // 1-based
	Section string // "" before any section header
	Msg     string
}

func (e *SanitizeError) Error() string {
	if e.Section != "" {
		return fmt.Sprintf("%s:%d: section [%s]: %s", e.Path, e.Line, e.Section, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// SanitizeErrorList lists every problem of a sanitize file; it is never
// empty when returned. Error returns the first and the count.
type SanitizeErrorList []*SanitizeError

func (l SanitizeErrorList) Error() string {
	if len(l) == 1 {
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", l[0].Error(), len(l)-1)
}

// LoadSanitizers reads the sanitize file at path; see [ParseSanitizers].
func LoadSanitizers(path string) ([]Sanitizer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseSanitizers(path, data)
}

// ParseSanitizers reads a sanitize file in nbval's format; path names it
// in errors. On error it returns a [SanitizeErrorList] with every problem.
func ParseSanitizers(path string, data []byte) ([]Sanitizer, error) {
	var (
		errs    SanitizeErrorList
		rules   []Sanitizer
		index   = map[string]int{} // regex → position in rules
		section string
		secLine int
		secN    int // rules in the current section
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &SanitizeError{Path: path, Line: line, Section: section, Msg: fmt.Sprintf(format, args...)})
	}
	endSection := func() {
		if secLine > 0 && secN == 0 {
			errs = append(errs, &SanitizeError{Path: path, Line: secLine, Section: section,
				Msg: `section has no rule: want a "regex: " line followed by a "replace: " line`})
		}
	}
	lines := strings.Split(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\n")
	for i := 0; i < len(lines); i++ {
		n := i + 1
		line := strings.TrimSuffix(lines[i], "\r")
		t := strings.TrimSpace(line)
		switch {
		case t == "" || t[0] == '#' || t[0] == ';':
		case t[0] == '[':
			endSection()
			if !strings.HasSuffix(t, "]") {
				section, secLine, secN = t[1:], n, 0
				fail(n, "section header %q has no closing ]", t)
				continue
			}
			section, secLine, secN = strings.TrimSpace(t[1:len(t)-1]), n, 0
		case strings.HasPrefix(line, "regex: "):
			secN++
			regex := strings.TrimPrefix(line, "regex: ")
			if i+1 >= len(lines) || !strings.HasPrefix(strings.TrimSuffix(lines[i+1], "\r"), "replace: ") {
				fail(n, `"regex:" line is not followed by a "replace: " line (nbval would drop this rule)`)
				continue
			}
			i++
			replace := strings.TrimPrefix(strings.TrimSuffix(lines[i], "\r"), "replace: ")
			if regex == "" {
				fail(n, "empty regex")
				continue
			}
			s, err := NewSanitizer(regex, replace)
			if err != nil {
				var te *templateError
				if errors.As(err, &te) {
					fail(n+1, "replace %q: %v", replace, err)
				} else {
					fail(n, "regex %q: %v", regex, err)
				}
				continue
			}
			s.Section, s.Line = section, n
			if j, ok := index[regex]; ok {
				rules[j].Replace, rules[j].tmpl = s.Replace, s.tmpl
				continue
			}
			index[regex] = len(rules)
			rules = append(rules, s)
		case strings.HasPrefix(line, "replace: "):
			fail(n, `"replace:" line without a "regex: " line right before it`)
		case strings.HasPrefix(t, "regex") || strings.HasPrefix(t, "replace"):
			key := "regex"
			if strings.HasPrefix(t, "replace") {
				key = "replace"
			}
			fail(n, "want %q at the very start of the line, then the value (nbval ignores %q)", key+": ", t)
		default:
			fail(n, `unexpected line %q: want a "[section]" header, a "regex: " or "replace: " line, or a comment`, t)
		}
	}
	endSection()
	if len(errs) > 0 {
		return nil, errs
	}
	return rules, nil
}

// compilePython compiles a Python regex with Go's regexp, translating what
// can be translated and explaining what cannot.
func compilePython(pattern string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(translatePython(pattern))
	if err == nil {
		return re, nil
	}
	var se *syntax.Error
	if !errors.As(err, &se) {
		return nil, err
	}
	const tail = ": Go's RE2 regexps do not support it; rewrite the regex without it"
	expr := se.Expr
	feature := ""
	for _, f := range pythonOnly {
		if strings.HasPrefix(expr, f.prefix) {
			feature = f.name + " " + f.prefix + "...)"
			break
		}
	}
	switch {
	case feature != "":
	case se.Code == syntax.ErrInvalidEscape && len(expr) == 2 && expr[1] >= '1' && expr[1] <= '9':
		feature = "backreference " + expr
	case se.Code == syntax.ErrInvalidRepeatOp && strings.HasSuffix(expr, "+"):
		feature = "possessive quantifier " + expr
	case se.Code == syntax.ErrInvalidPerlOp && strings.HasPrefix(expr, "(?"):
		feature = "flag group " + expr
	}
	if feature != "" {
		return nil, fmt.Errorf("%s: Go's RE2 regexps do not support it; rewrite the regex without it", feature)
	}
	return nil, fmt.Errorf("invalid regex: %s", se.Error())
}

// pythonOnly are the groups of Python's re that RE2 lacks, by the text
// that opens them.
var pythonOnly = []struct{ prefix, name string }{
	{"(?=", "lookahead"}, {"(?!", "negative lookahead"},
	{"(?<=", "lookbehind"}, {"(?<!", "negative lookbehind"},
	{"(?P=", "backreference"}, {"(?>", "atomic group"},
	{"(?(", "conditional group"}, {"(?#", "comment group"},
}

// translatePython rewrites the Python-only spellings that have a Go
// equivalent: \Z becomes \z (outside character classes).
func translatePython(p string) string {
	if !strings.Contains(p, `\Z`) {
		return p
	}
	var sb strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			if p[i+1] == 'Z' && !inClass {
				sb.WriteString(`\z`)
			} else {
				sb.WriteByte(c)
				sb.WriteByte(p[i+1])
			}
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// templateError is a problem with a replacement template.
type templateError struct{ msg string }

func (e *templateError) Error() string { return e.msg }

// parseTemplate parses a Python re.sub replacement for re.
func parseTemplate(t string, re *regexp.Regexp) ([]tmplPart, error) {
	var parts []tmplPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, tmplPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	group := func(n int, spelled string) error {
		if n > re.NumSubexp() {
			return &templateError{fmt.Sprintf("invalid group reference %s: the regex has %d groups", spelled, re.NumSubexp())}
		}
		flush()
		parts = append(parts, tmplPart{group: n})
		return nil
	}
	isOct := func(c byte) bool { return c >= '0' && c <= '7' }
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '\\' {
			lit.WriteByte(c)
			continue
		}
		if i+1 >= len(t) {
			return nil, &templateError{"bad escape (end of replacement)"}
		}
		i++
		c = t[i]
		switch {
		case c == 'g':
			end := strings.IndexByte(t[i:], '>')
			if i+1 >= len(t) || t[i+1] != '<' || end < 0 {
				return nil, &templateError{`missing < or > in \g<...>`}
			}
			name := t[i+2 : i+end]
			if name == "" {
				return nil, &templateError{`missing group name in \g<>`}
			}
			spelled := `\g<` + name + `>`
			i += end
			if n, err := strconv.Atoi(name); err == nil && n >= 0 {
				if err := group(n, spelled); err != nil {
					return nil, err
				}
				continue
			}
			n := re.SubexpIndex(name)
			if n < 0 {
				return nil, &templateError{fmt.Sprintf("unknown group name in %s", spelled)}
			}
			if err := group(n, spelled); err != nil {
				return nil, err
			}
		case c == '0':
			// \0 and up to two more octal digits: a character.
			j := i + 1
			for j < len(t) && j < i+3 && isOct(t[j]) {
				j++
			}
			v, _ := strconv.ParseUint(t[i:j], 8, 8)
			lit.WriteRune(rune(v))
			i = j - 1
		case c >= '1' && c <= '9':
			j := i + 1
			if j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
				if isOct(c) && isOct(t[i+1]) && j < len(t) && isOct(t[j]) {
					v, _ := strconv.ParseUint(t[i:j+1], 8, 16)
					if v > 0o377 {
						return nil, &templateError{fmt.Sprintf(`octal escape value \%s outside of range 0-0o377`, t[i:j+1])}
					}
					lit.WriteRune(rune(v))
					i = j
					continue
				}
			}
			n, _ := strconv.Atoi(t[i:j])
			if err := group(n, `\`+t[i:j]); err != nil {
				return nil, err
			}
			i = j - 1
		default:
			if e, ok := templateEscapes[c]; ok {
				lit.WriteByte(e)
			} else if c < 0x80 && (c|0x20 >= 'a' && c|0x20 <= 'z') {
				return nil, &templateError{fmt.Sprintf(`bad escape \%c`, c)}
			} else {
				lit.WriteByte('\\')
				lit.WriteByte(c)
			}
		}
	}
	flush()
	return parts, nil
}

var templateEscapes = map[byte]byte{'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
