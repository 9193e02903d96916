package pystd

// This file translates a Python regular expression into Go's RE2 syntax.
// It parses the whole pattern as CPython's parser does, so that bad
// patterns get CPython's re.error messages and positions, and refuses
// what RE2 cannot do (backreferences, lookaround, atomic groups,
// possessive repeats, conditionals) with an "unsupported:" error.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Python's re flag values.
const (
	flagTemplate  = 1
	flagIgnore    = 2
	flagLocale    = 4
	flagMultiline = 8
	flagDotall    = 16
	flagUnicode   = 32
	flagVerbose   = 64
	flagDebug     = 128
	flagASCII     = 256
)

// reError is a bad pattern: CPython's message and position.
type reError struct {
	msg string
	pos int
}

func (e *reError) Error() string { return fmt.Sprintf("%s at position %d", e.msg, e.pos) }

// reUnsupported is a valid Python pattern that Go's regexp cannot run.
type reUnsupported struct{ what string }

func (e *reUnsupported) Error() string {
	return "unsupported: re: " + e.what + " is not supported by Go's regexp"
}

// dollarMark stands for a non-MULTILINE "$" in the translated pattern
// until the variant is chosen: "\z", or "(?m:$)" when the text's only
// newline is its last character.
const dollarMark = "\x00"

// translation is the result of translating a pattern.
type translation struct {
	re      string // Go syntax, with dollarMark for non-multiline "$"
	flags   int    // the pattern's flags, inline ones included
	groups  int
	names   []string // group names by index (1-based; "" when unnamed)
	parents []int    // enclosing capturing group by index (0: none)
	wordB   bool     // uses \b or \B with Unicode semantics
	// lits are the literal characters and ranges the pattern names
	// (outside \w-style classes), as [lo, hi] pairs: they decide whether
	// a non-ASCII text may be matched through its ASCII image (see
	// asciiImage).
	lits     [][2]rune
	dollar   bool // uses a non-multiline "$"
	isBytes  bool
	patRunes []rune
}

type scope struct {
	verbose, ascii, dotall, multiline bool
}

type translator struct {
	p       []rune
	i       int
	out     strings.Builder
	flags   int
	isBytes bool
	groups  int
	names   []string
	byName  map[string]int
	open    map[int]bool
	stack   []int
	parents []int
	wordB   bool
	dollar  bool
	sc      scope
	lits    [][2]rune
}

func translatePattern(pat []rune, flags int, isBytes bool) (*translation, error) {
	t := &translator{p: pat, flags: flags, isBytes: isBytes, byName: map[string]int{}, open: map[int]bool{}, names: []string{""}, parents: []int{0}}
	if isBytes && flags&flagUnicode != 0 {
		return nil, &pyValueError{"cannot use UNICODE flag with a bytes pattern"}
	}
	if !isBytes && flags&flagLocale != 0 {
		return nil, &pyValueError{"cannot use LOCALE flag with a str pattern"}
	}
	if flags&flagASCII != 0 && flags&flagUnicode != 0 {
		return nil, &pyValueError{"ASCII and UNICODE flags are incompatible"}
	}
	// Leading global inline flags.
	for t.i+1 < len(t.p) && t.p[t.i] == '(' && t.p[t.i+1] == '?' {
		j := t.i + 2
		for j < len(t.p) && strings.ContainsRune("aiLmsux", t.p[j]) {
			j++
		}
		if j == t.i+2 || j >= len(t.p) || t.p[j] != ')' {
			break
		}
		for _, c := range t.p[t.i+2 : j] {
			switch c {
			case 'L':
				if !isBytes {
					return nil, &reError{"bad inline flags: cannot use 'L' flag with a str pattern", j}
				}
			case 'u':
				if isBytes {
					return nil, &reError{"bad inline flags: cannot use 'u' flag with a bytes pattern", j}
				}
			}
			t.flags |= flagBit(c)
		}
		t.i = j + 1
	}
	if !isBytes && t.flags&flagASCII == 0 {
		t.flags |= flagUnicode
	}
	t.sc = scope{
		verbose:   t.flags&flagVerbose != 0,
		ascii:     isBytes || t.flags&flagASCII != 0,
		dotall:    t.flags&flagDotall != 0,
		multiline: t.flags&flagMultiline != 0,
	}
	if t.flags&flagIgnore != 0 {
		t.out.WriteString("(?i)")
	}
	if err := t.alternation(0); err != nil {
		return nil, err
	}
	if t.i < len(t.p) {
		// Only a ")" stops the top level.
		return nil, &reError{"unbalanced parenthesis", t.i}
	}
	return &translation{re: t.out.String(), flags: t.flags, groups: t.groups, names: t.names, parents: t.parents,
		wordB: t.wordB, dollar: t.dollar, isBytes: isBytes, patRunes: pat, lits: t.lits}, nil
}

type pyValueError struct{ msg string }

func (e *pyValueError) Error() string { return e.msg }

func flagBit(c rune) int {
	switch c {
	case 'a':
		return flagASCII
	case 'i':
		return flagIgnore
	case 'L':
		return flagLocale
	case 'm':
		return flagMultiline
	case 's':
		return flagDotall
	case 'u':
		return flagUnicode
	case 'x':
		return flagVerbose
	}
	return 0
}

// skipVerbose skips whitespace and comments in verbose mode.
func (t *translator) skipVerbose() {
	if !t.sc.verbose {
		return
	}
	for t.i < len(t.p) {
		c := t.p[t.i]
		if c == '#' {
			for t.i < len(t.p) && t.p[t.i] != '\n' {
				t.i++
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			t.i++
			continue
		}
		break
	}
}

// alternation parses branches separated by "|" until ")" or the end.
func (t *translator) alternation(depth int) error {
	for {
		if err := t.sequence(depth); err != nil {
			return err
		}
		if t.i < len(t.p) && t.p[t.i] == '|' {
			t.i++
			t.out.WriteByte('|')
			continue
		}
		return nil
	}
}

// item kinds, for "nothing to repeat".
const (
	itemNone = iota
	itemAt
	itemAtom
)

func (t *translator) sequence(depth int) error {
	last := itemNone
	lastRepeat := false
	for {
		t.skipVerbose()
		if t.i >= len(t.p) {
			return nil
		}
		c := t.p[t.i]
		start := t.i
		switch c {
		case '|':
			return nil
		case ')':
			if depth == 0 {
				return &reError{"unbalanced parenthesis", t.i}
			}
			return nil
		case '*', '+', '?', '{':
			if c == '{' && !t.isRepeat() {
				t.i++
				t.out.WriteString(`\{`)
				last, lastRepeat = itemAtom, false
				continue
			}
			if lastRepeat {
				return &reError{"multiple repeat", start}
			}
			if last != itemAtom {
				return &reError{"nothing to repeat", start}
			}
			if err := t.repeat(); err != nil {
				return err
			}
			lastRepeat = true
			continue
		}
		lastRepeat = false
		switch c {
		case '^':
			t.i++
			if t.sc.multiline {
				t.out.WriteString(`(?m:^)`)
			} else {
				t.out.WriteString(`\A`)
			}
			last = itemAt
		case '$':
			t.i++
			if t.sc.multiline {
				t.out.WriteString(`(?m:$)`)
			} else {
				t.out.WriteString(dollarMark)
				t.dollar = true
			}
			last = itemAt
		case '.':
			t.i++
			if t.sc.dotall {
				t.out.WriteString(`(?s:.)`)
			} else {
				t.out.WriteString(`(?-s:.)`)
			}
			last = itemAtom
		case '[':
			if err := t.class(); err != nil {
				return err
			}
			last = itemAtom
		case '(':
			k, err := t.group(depth)
			if err != nil {
				return err
			}
			last = k
		case '\\':
			k, err := t.escape()
			if err != nil {
				return err
			}
			last = k
		default:
			t.i++
			t.lit(c)
			last = itemAtom
		}
	}
}

// isRepeat reports whether a "{" at t.i starts a valid {m,n} repeat.
func (t *translator) isRepeat() bool {
	j := t.i + 1
	for j < len(t.p) && t.p[j] >= '0' && t.p[j] <= '9' {
		j++
	}
	if j < len(t.p) && t.p[j] == ',' {
		j++
		for j < len(t.p) && t.p[j] >= '0' && t.p[j] <= '9' {
			j++
		}
	}
	return j < len(t.p) && t.p[j] == '}'
}

func (t *translator) repeat() error {
	start := t.i
	c := t.p[t.i]
	t.i++
	if c == '{' {
		j := t.i
		for t.p[t.i] != '}' {
			t.i++
		}
		body := string(t.p[j:t.i])
		t.i++
		lo, hi := body, body
		comma := strings.IndexByte(body, ',')
		if comma >= 0 {
			lo, hi = body[:comma], body[comma+1:]
		}
		min, max := 0, -1
		var err error
		if lo != "" {
			if min, err = strconv.Atoi(lo); err != nil {
				return &reError{"the repetition number is too large", j}
			}
		}
		if hi != "" {
			if max, err = strconv.Atoi(hi); err != nil {
				return &reError{"the repetition number is too large", j}
			}
			if max < min {
				return &reError{"min repeat greater than max repeat", j}
			}
		}
		if min > 1000 || max > 1000 {
			return &reUnsupported{"a repeat count above 1000"}
		}
		switch {
		case comma < 0:
			fmt.Fprintf(&t.out, "{%d}", min)
		case max < 0:
			fmt.Fprintf(&t.out, "{%d,}", min)
		default:
			fmt.Fprintf(&t.out, "{%d,%d}", min, max)
		}
	} else {
		t.out.WriteRune(c)
	}
	_ = start
	if t.i < len(t.p) {
		switch t.p[t.i] {
		case '?':
			t.i++
			t.out.WriteByte('?')
		case '+':
			return &reUnsupported{"a possessive repeat"}
		}
	}
	return nil
}

// lit writes rune c as a literal in Go syntax.
func (t *translator) lit(c rune) {
	t.lits = append(t.lits, [2]rune{c, c})
	t.out.WriteString(litStr(c))
}

func litStr(c rune) string {
	switch {
	case c < 0x80 && (unicode.IsPunct(c) || unicode.IsSymbol(c)):
		return `\` + string(c)
	case c < 0x20 || c == 0x7f || !unicode.IsPrint(c) || c == ' ':
		return fmt.Sprintf(`\x{%x}`, c)
	}
	return string(c)
}

// Class expressions, by scope.
func (t *translator) perlClass(c rune) (pos string, neg bool) {
	if t.sc.ascii {
		switch c {
		case 'd', 'D':
			pos = `0-9`
		case 'w', 'W':
			pos = `0-9A-Za-z_`
		case 's', 'S':
			pos = `\t\n\v\f\r `
		}
	} else {
		switch c {
		case 'd', 'D':
			pos = `\p{Nd}`
		case 'w', 'W':
			pos = `\p{L}\p{N}_`
		case 's', 'S':
			pos = `\t\n\v\f\r\x{1c}-\x{1f}\x{85}\p{Z}`
		}
	}
	return pos, c == 'D' || c == 'W' || c == 'S'
}

// escape handles a backslash outside a class.
func (t *translator) escape() (int, error) {
	start := t.i
	t.i++
	if t.i >= len(t.p) {
		return 0, &reError{"bad escape (end of pattern)", start}
	}
	c := t.p[t.i]
	t.i++
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		pos, neg := t.perlClass(c)
		if neg {
			t.out.WriteString("[^" + pos + "]")
		} else {
			t.out.WriteString("[" + pos + "]")
		}
		return itemAtom, nil
	case 'A':
		t.out.WriteString(`\A`)
		return itemAt, nil
	case 'Z':
		t.out.WriteString(`\z`)
		return itemAt, nil
	case 'b', 'B':
		t.out.WriteString(`\` + string(c))
		if !t.sc.ascii {
			t.wordB = true
		}
		return itemAt, nil
	}
	if c >= '0' && c <= '9' {
		return itemAtom, t.numericEscape(start, c)
	}
	r, ok, err := t.charEscape(start, c, false)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, &reError{fmt.Sprintf("bad escape \\%c", c), start}
	}
	t.lit(r)
	return itemAtom, nil
}

// numericEscape: an octal escape or a backreference (unsupported).
func (t *translator) numericEscape(start int, c rune) error {
	isOct := func(r rune) bool { return r >= '0' && r <= '7' }
	if c == '0' {
		v := 0
		for k := 0; k < 2 && t.i < len(t.p) && isOct(t.p[t.i]); k++ {
			v = v*8 + int(t.p[t.i]-'0')
			t.i++
		}
		t.lit(rune(v))
		return nil
	}
	// Up to three octal digits make an octal escape.
	if t.i+1 < len(t.p) && isOct(c) && isOct(t.p[t.i]) && isOct(t.p[t.i+1]) {
		v := int(c-'0')*64 + int(t.p[t.i]-'0')*8 + int(t.p[t.i+1]-'0')
		t.i += 2
		if v > 0o377 {
			return &reError{fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(t.p[start+1:t.i])), start}
		}
		t.lit(rune(v))
		return nil
	}
	n := int(c - '0')
	if t.i < len(t.p) && t.p[t.i] >= '0' && t.p[t.i] <= '9' {
		n = n*10 + int(t.p[t.i]-'0')
		t.i++
	}
	if n > t.groups {
		return &reError{fmt.Sprintf("invalid group reference %d", n), start + 1}
	}
	if t.open[n] {
		return &reError{"cannot refer to an open group", start}
	}
	return &reUnsupported{"a backreference"}
}

// charEscape decodes a one-character escape (after the backslash, c
// already consumed). ok is false for an unknown ASCII-letter escape.
func (t *translator) charEscape(start int, c rune, inClass bool) (rune, bool, error) {
	switch c {
	case 'a':
		return 7, true, nil
	case 'f':
		return '\f', true, nil
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'v':
		return '\v', true, nil
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if c != 'x' && t.isBytes {
			return 0, false, nil
		}
		j := t.i
		for t.i < len(t.p) && t.i-j < n && isHex(t.p[t.i]) {
			t.i++
		}
		if t.i-j < n {
			return 0, false, &reError{"incomplete escape \\" + string(t.p[start+1:t.i]), start}
		}
		v, _ := strconv.ParseUint(string(t.p[j:t.i]), 16, 32)
		if v > unicode.MaxRune {
			return 0, false, &reError{"bad escape \\" + string(t.p[start+1:t.i]), start}
		}
		return rune(v), true, nil
	case 'N':
		if t.isBytes {
			return 0, false, nil
		}
		return 0, false, &reUnsupported{`\N{...} escapes`}
	}
	if c < 0x80 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0, false, nil
	}
	return c, true, nil
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// class translates a [...] set.
func (t *translator) class() error {
	start := t.i
	t.i++
	neg := false
	if t.i < len(t.p) && t.p[t.i] == '^' {
		neg = true
		t.i++
	}
	var items strings.Builder
	var negParts []string // \W, \S, \D complements, as whole classes
	first := true
	for {
		if t.i >= len(t.p) {
			return &reError{"unterminated character set", start}
		}
		c := t.p[t.i]
		if c == ']' && !first {
			t.i++
			break
		}
		first = false
		itemStart := t.i
		lo, isChar, err := t.classAtom(&items, &negParts)
		if err != nil {
			return err
		}
		if !isChar {
			if t.i+1 < len(t.p) && t.p[t.i] == '-' && t.p[t.i+1] != ']' {
				return &reError{"bad character range " + string(t.p[itemStart:t.i+2]), itemStart}
			}
			continue
		}
		if t.i+1 < len(t.p) && t.p[t.i] == '-' && t.p[t.i+1] != ']' {
			t.i++
			var dummy strings.Builder
			var dummyNeg []string
			hi, hiChar, err := t.classAtom(&dummy, &dummyNeg)
			if err != nil {
				return err
			}
			if !hiChar {
				return &reError{"bad character range " + string(t.p[itemStart:t.i]), itemStart}
			}
			if hi < lo {
				return &reError{"bad character range " + string(t.p[itemStart:t.i]), itemStart}
			}
			t.lits = append(t.lits, [2]rune{lo, hi})
			items.WriteString(classLit(lo) + "-" + classLit(hi))
			continue
		}
		t.lits = append(t.lits, [2]rune{lo, lo})
		items.WriteString(classLit(lo))
	}
	body := items.String()
	switch {
	case len(negParts) == 0:
		if body == "" {
			if neg {
				t.out.WriteString(`(?s:.)`)
			} else {
				t.out.WriteString(`[^\x00-\x{10FFFF}]`)
			}
			return nil
		}
		if neg {
			t.out.WriteString("[^" + body + "]")
		} else {
			t.out.WriteString("[" + body + "]")
		}
	case neg:
		// [^...\W...]: the complement of a union with a complement.
		if len(negParts) == 1 {
			// not(items or not P) = P and not items: only when items is empty.
			if body == "" {
				t.out.WriteString("[" + negParts[0] + "]")
				return nil
			}
		}
		return &reUnsupported{`\W, \S or \D inside a negated set with other items`}
	default:
		var alts []string
		if body != "" {
			alts = append(alts, "["+body+"]")
		}
		for _, p := range negParts {
			alts = append(alts, "[^"+p+"]")
		}
		t.out.WriteString("(?:" + strings.Join(alts, "|") + ")")
	}
	return nil
}

func classLit(c rune) string {
	switch {
	case c < 0x80 && (unicode.IsPunct(c) || unicode.IsSymbol(c)):
		return `\` + string(c)
	case c < 0x20 || c == 0x7f || !unicode.IsPrint(c) || c == ' ':
		return fmt.Sprintf(`\x{%x}`, c)
	}
	return string(c)
}

// classAtom reads one item of a set: a character (returned, isChar) or a
// class escape (written to items or negParts).
func (t *translator) classAtom(items *strings.Builder, negParts *[]string) (rune, bool, error) {
	c := t.p[t.i]
	if c != '\\' {
		t.i++
		return c, true, nil
	}
	start := t.i
	t.i++
	if t.i >= len(t.p) {
		return 0, false, &reError{"unterminated character set", start - 1}
	}
	c = t.p[t.i]
	t.i++
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		pos, neg := t.perlClass(c)
		if neg {
			*negParts = append(*negParts, pos)
		} else {
			items.WriteString(pos)
		}
		return 0, false, nil
	case 'b':
		return '\b', true, nil
	}
	if c >= '0' && c <= '9' {
		isOct := func(r rune) bool { return r >= '0' && r <= '7' }
		if !isOct(c) {
			return 0, false, &reError{"bad escape \\" + string(c), start}
		}
		v := int(c - '0')
		for k := 0; k < 2 && t.i < len(t.p) && isOct(t.p[t.i]); k++ {
			v = v*8 + int(t.p[t.i]-'0')
			t.i++
		}
		if v > 0o377 {
			return 0, false, &reError{fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(t.p[start+1:t.i])), start}
		}
		return rune(v), true, nil
	}
	r, ok, err := t.charEscape(start, c, true)
	if err != nil {
		return 0, false, err
	}
	if !ok {
		return 0, false, &reError{fmt.Sprintf("bad escape \\%c", c), start}
	}
	return r, true, nil
}

// group translates a parenthesised group starting at t.i.
func (t *translator) group(depth int) (int, error) {
	start := t.i
	t.i++
	saved := t.sc
	defer func() { t.sc = saved }()
	capture := true
	name := ""
	goPrefix := "("
	if t.i < len(t.p) && t.p[t.i] == '?' {
		t.i++
		if t.i >= len(t.p) {
			return 0, &reError{"unexpected end of pattern", t.i}
		}
		c := t.p[t.i]
		switch {
		case c == ':':
			t.i++
			capture = false
			goPrefix = "(?:"
		case c == 'P':
			t.i++
			if t.i >= len(t.p) {
				return 0, &reError{"unexpected end of pattern", t.i}
			}
			switch t.p[t.i] {
			case '<':
				t.i++
				nameStart := t.i
				end := indexRune(t.p, t.i, '>')
				if end < 0 {
					return 0, &reError{"missing >, unterminated name", nameStart}
				}
				name = string(t.p[nameStart:end])
				if name == "" {
					return 0, &reError{"missing group name", nameStart}
				}
				if !isIdentifier(name) {
					return 0, &reError{fmt.Sprintf("bad character in group name '%s'", name), nameStart}
				}
				t.i = end + 1
			case '=':
				t.i++
				nameStart := t.i
				end := indexRune(t.p, t.i, ')')
				if end < 0 {
					return 0, &reError{"missing ), unterminated name", nameStart}
				}
				n := string(t.p[nameStart:end])
				if n == "" {
					return 0, &reError{"missing group name", nameStart}
				}
				if !isIdentifier(n) {
					return 0, &reError{fmt.Sprintf("bad character in group name '%s'", n), nameStart}
				}
				gi, ok := t.byName[n]
				if !ok {
					return 0, &reError{fmt.Sprintf("unknown group name '%s'", n), nameStart}
				}
				if t.open[gi] {
					return 0, &reError{"cannot refer to an open group", start}
				}
				return 0, &reUnsupported{"a backreference"}
			default:
				return 0, &reError{"unknown extension ?P" + string(t.p[t.i]), start + 1}
			}
		case c == '#':
			end := indexRune(t.p, t.i, ')')
			if end < 0 {
				return 0, &reError{"missing ), unterminated comment", t.i - 1}
			}
			t.i = end + 1
			return itemNone, nil
		case c == '=' || c == '!':
			return 0, t.checkThenRefuse(start, "lookahead")
		case c == '<':
			if t.i+1 < len(t.p) && (t.p[t.i+1] == '=' || t.p[t.i+1] == '!') {
				return 0, t.checkThenRefuse(start, "lookbehind")
			}
			if t.i+1 < len(t.p) {
				return 0, &reError{"unknown extension ?<" + string(t.p[t.i+1]), start + 1}
			}
			return 0, &reError{"unexpected end of pattern", t.i + 1}
		case c == '>':
			return 0, &reUnsupported{"an atomic group (?>...)"}
		case c == '(':
			return 0, &reUnsupported{"a conditional group (?(...)...)"}
		case strings.ContainsRune("aiLmsux-", c):
			return t.flagGroup(start, depth)
		default:
			return 0, &reError{"unknown extension ?" + string(c), start + 1}
		}
	}
	idx := 0
	if capture {
		t.groups++
		idx = t.groups
		t.open[idx] = true
		if name != "" {
			if old, ok := t.byName[name]; ok {
				return 0, &reError{fmt.Sprintf("redefinition of group name '%s' as group %d; was group %d", name, idx, old), start + 4}
			}
			t.byName[name] = idx
			goPrefix = "(?P<" + name + ">"
		}
		t.names = append(t.names, name)
		parent := 0
		if len(t.stack) > 0 {
			parent = t.stack[len(t.stack)-1]
		}
		t.parents = append(t.parents, parent)
		t.stack = append(t.stack, idx)
	}
	t.out.WriteString(goPrefix)
	if err := t.alternation(depth + 1); err != nil {
		return 0, err
	}
	if t.i >= len(t.p) || t.p[t.i] != ')' {
		return 0, &reError{"missing ), unterminated subpattern", start}
	}
	t.i++
	t.out.WriteByte(')')
	if capture {
		delete(t.open, idx)
		t.stack = t.stack[:len(t.stack)-1]
	}
	return itemAtom, nil
}

// checkThenRefuse parses a lookaround group for errors, then refuses it.
func (t *translator) checkThenRefuse(start int, what string) error {
	var saved strings.Builder
	saved.WriteString(t.out.String())
	if t.p[t.i] == '<' {
		t.i++
	}
	t.i++
	if err := t.alternation(1); err != nil {
		return err
	}
	if t.i >= len(t.p) || t.p[t.i] != ')' {
		return &reError{"missing ), unterminated subpattern", start}
	}
	return &reUnsupported{what}
}

// flagGroup handles (?flags) and (?flags-flags:...).
func (t *translator) flagGroup(start, depth int) (int, error) {
	var on, off []rune
	for t.i < len(t.p) && strings.ContainsRune("aiLmsux", t.p[t.i]) {
		on = append(on, t.p[t.i])
		t.i++
	}
	if t.i < len(t.p) && t.p[t.i] == '-' {
		t.i++
		for t.i < len(t.p) && strings.ContainsRune("imsx", t.p[t.i]) {
			off = append(off, t.p[t.i])
			t.i++
		}
		if len(off) == 0 {
			if t.i >= len(t.p) {
				return 0, &reError{"missing flag", t.i}
			}
			if strings.ContainsRune("aLu", t.p[t.i]) {
				return 0, &reError{"bad inline flags: cannot turn off flags 'a', 'u' and 'L'", t.i}
			}
			return 0, &reError{"unknown flag", t.i}
		}
	}
	if t.i >= len(t.p) {
		return 0, &reError{"missing -, : or )", t.i}
	}
	switch t.p[t.i] {
	case ')':
		if len(off) > 0 {
			return 0, &reError{"missing :", t.i}
		}
		return 0, &reError{"global flags not at the start of the expression", start}
	case ':':
	default:
		if unicode.IsLetter(t.p[t.i]) {
			return 0, &reError{"unknown flag", t.i}
		}
		return 0, &reError{"missing -, : or )", t.i}
	}
	t.i++
	goFlags := ""
	for _, c := range on {
		switch c {
		case 'i':
			goFlags += "i"
		case 'm':
			t.sc.multiline = true
		case 's':
			t.sc.dotall = true
		case 'x':
			t.sc.verbose = true
		case 'a':
			t.sc.ascii = true
		case 'u':
			t.sc.ascii = t.isBytes
		}
	}
	goOff := ""
	for _, c := range off {
		switch c {
		case 'i':
			goOff += "i"
		case 'm':
			t.sc.multiline = false
		case 's':
			t.sc.dotall = false
		case 'x':
			t.sc.verbose = false
		}
	}
	prefix := "(?:"
	if goFlags != "" || goOff != "" {
		prefix = "(?" + goFlags
		if goOff != "" {
			prefix += "-" + goOff
		}
		prefix += ":"
	}
	t.out.WriteString(prefix)
	if err := t.alternation(depth + 1); err != nil {
		return 0, err
	}
	if t.i >= len(t.p) || t.p[t.i] != ')' {
		return 0, &reError{"missing ), unterminated subpattern", start}
	}
	t.i++
	t.out.WriteByte(')')
	return itemAtom, nil
}

func indexRune(p []rune, from int, r rune) int {
	for j := from; j < len(p); j++ {
		if p[j] == r {
			return j
		}
	}
	return -1
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
			continue
		}
		return false
	}
	return s != ""
}
