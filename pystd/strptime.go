package pystd

// This file defines _datetime.strptime_match, the matcher of
// lib/_strptime.py: a format is matched as CPython's regular expression
// for it would match, each directive being a list of alternatives tried in
// order with backtracking, case-insensitively; a run of whitespace in the
// format matches one or more whitespace characters.

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

const (
	digits  = "0123456789"
	nonZero = "123456789"
	// pySpace holds the characters str.isspace() and \s accept.
	pySpace = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" +
		"\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

// strptimeDigits maps a numeric directive to its alternatives, each a
// sequence of allowed-character classes.
var strptimeDigits = map[byte][][]string{
	'd': {{"3", "01"}, {"12", digits}, {"0", nonZero}, {nonZero}, {" ", nonZero}},
	'H': {{"2", "0123"}, {"01", digits}, {digits}},
	'I': {{"1", "012"}, {"0", nonZero}, {nonZero}},
	'm': {{"1", "012"}, {"0", nonZero}, {nonZero}},
	'G': {{digits, digits, digits, digits}},
	'Y': {{digits, digits, digits, digits}},
	'y': {{digits, digits}},
	'j': {{"3", "6", "0123456"}, {"3", "012345", digits}, {"12", digits, digits}, {"0", nonZero, digits},
		{"0", "0", nonZero}, {nonZero, digits}, {"0", nonZero}, {nonZero}},
	'M': {{"012345", digits}, {digits}},
	'S': {{"6", "01"}, {"012345", digits}, {digits}},
	'U': {{"5", "0123"}, {"01234", digits}, {digits}},
	'W': {{"5", "0123"}, {"01234", digits}, {digits}},
	'V': {{"5", "0123"}, {"0", nonZero}, {"1234", digits}, {digits}},
	'w': {{"0123456"}},
	'u': {{"1234567"}},
	'f': {{digits, digits, digits, digits, digits, digits}, {digits, digits, digits, digits, digits},
		{digits, digits, digits, digits}, {digits, digits, digits}, {digits, digits}, {digits}},
}

var (
	dayNames   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	strptimeNames = map[byte][]string{
		'a': byLength(abbrev(dayNames)),
		'A': byLength(dayNames),
		'b': byLength(abbrev(monthNames)),
		'B': byLength(monthNames),
		'p': {"am", "pm"},
		'Z': {"utc", "gmt"},
	}
	strptimeExpand = map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S"}
)

func abbrev(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

// byLength sorts names longest first, stably, as CPython's pattern lists
// them.
func byLength(names []string) []string {
	out := append([]string(nil), names...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type ptoken struct {
	kind byte // 'l' literal, 'w' whitespace, 'd' directive
	lit  []rune
	dir  byte
}

func isPySpace(r rune) bool { return strings.ContainsRune(pySpace, r) }

// compileStrptime tokenises format f (whole is the format named in errors).
func compileStrptime(f []rune, whole string, toks []ptoken) ([]ptoken, error) {
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			toks = append(toks, ptoken{kind: 'l', lit: lit})
			lit = nil
		}
	}
	for i := 0; i < len(f); {
		c := f[i]
		switch {
		case c == '%':
			if i+1 >= len(f) {
				return nil, py.ExceptionNewf(py.ValueError, "stray %% in format '%s'", whole)
			}
			d := f[i+1]
			i += 2
			if d == '%' {
				lit = append(lit, '%')
				continue
			}
			flush()
			if d < 128 {
				if exp, ok := strptimeExpand[byte(d)]; ok {
					var err error
					if toks, err = compileStrptime([]rune(exp), whole, toks); err != nil {
						return nil, err
					}
					continue
				}
				if _, ok := strptimeDigits[byte(d)]; ok || strptimeNames[byte(d)] != nil || d == 'z' {
					toks = append(toks, ptoken{kind: 'd', dir: byte(d)})
					continue
				}
			}
			return nil, py.ExceptionNewf(py.ValueError, "'%s' is a bad directive in format '%s'", string(d), whole)
		case isPySpace(c):
			flush()
			for i < len(f) && isPySpace(f[i]) {
				i++
			}
			toks = append(toks, ptoken{kind: 'w'})
		default:
			lit = append(lit, c)
			i++
		}
	}
	flush()
	return toks, nil
}

func inClass(s []rune, i int, class string) bool {
	return i < len(s) && strings.ContainsRune(class, s[i])
}

// zEnds returns the end positions of [+-]HH:?MM(:?SS(.f{1,6})?)? or Z at
// pos, in the regular expression's order of preference.
func zEnds(s []rune, pos int) []int {
	if pos < len(s) && s[pos] == 'Z' {
		return []int{pos + 1}
	}
	if !(pos < len(s) && (s[pos] == '+' || s[pos] == '-')) || !inClass(s, pos+1, digits) || !inClass(s, pos+2, digits) {
		return nil
	}
	var ends []int
	p := pos + 3
	starts := []int{}
	if p < len(s) && s[p] == ':' {
		starts = append(starts, p+1)
	}
	starts = append(starts, p)
	for _, q := range starts {
		if !inClass(s, q, "012345") || !inClass(s, q+1, digits) {
			continue
		}
		q += 2
		secStarts := []int{}
		if q < len(s) && s[q] == ':' {
			secStarts = append(secStarts, q+1)
		}
		secStarts = append(secStarts, q)
		for _, r := range secStarts {
			if inClass(s, r, "012345") && inClass(s, r+1, digits) {
				r += 2
				if r < len(s) && s[r] == '.' {
					k := 0
					for k < 6 && inClass(s, r+1+k, digits) {
						k++
					}
					for j := k; j > 0; j-- {
						ends = append(ends, r+1+j)
					}
				}
				ends = append(ends, r)
			}
		}
		ends = append(ends, q)
	}
	return ends
}

func foldEqual(a []rune, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && unicode.ToLower(a[i]) != unicode.ToLower(b[i]) {
			return false
		}
	}
	return true
}

type pmatch struct {
	dir  byte
	text string
}

// matchStrptime matches toks[k:] at s[pos:], returning the end or -1 and
// prepending each directive's text to *found.
func matchStrptime(toks []ptoken, k int, s []rune, pos int, found *[]pmatch) int {
	if k == len(toks) {
		return pos
	}
	t := toks[k]
	switch t.kind {
	case 'l':
		if pos+len(t.lit) > len(s) || !foldEqual(s[pos:pos+len(t.lit)], t.lit) {
			return -1
		}
		return matchStrptime(toks, k+1, s, pos+len(t.lit), found)
	case 'w':
		end := pos
		for end < len(s) && isPySpace(s[end]) {
			end++
		}
		for ; end > pos; end-- {
			if r := matchStrptime(toks, k+1, s, end, found); r >= 0 {
				return r
			}
		}
		return -1
	}
	var ends []int
	if alts, ok := strptimeDigits[t.dir]; ok {
		for _, alt := range alts {
			if pos+len(alt) > len(s) {
				continue
			}
			ok := true
			for j, class := range alt {
				if !strings.ContainsRune(class, s[pos+j]) {
					ok = false
					break
				}
			}
			if ok {
				ends = append(ends, pos+len(alt))
			}
		}
	} else if t.dir == 'z' {
		ends = zEnds(s, pos)
	} else {
		for _, name := range strptimeNames[t.dir] {
			if pos+len(name) <= len(s) && strings.ToLower(string(s[pos:pos+len(name)])) == name {
				ends = append(ends, pos+len(name))
			}
		}
	}
	for _, end := range ends {
		if r := matchStrptime(toks, k+1, s, end, found); r >= 0 {
			*found = append([]pmatch{{t.dir, string(s[pos:end])}}, *found...)
			return r
		}
	}
	return -1
}

// strptimeMatch is _datetime.strptime_match(data, format): a list of
// (directive, text) in format order and the end of the match, or (None,
// -1) when data does not match.
func strptimeMatch(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "strptime_match() takes 2 arguments (%d given)", len(args))
	}
	d, ok1 := args[0].(py.String)
	f, ok2 := args[1].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "strptime_match() arguments must be str")
	}
	toks, err := compileStrptime([]rune(string(f)), string(f), nil)
	if err != nil {
		return nil, err
	}
	s := []rune(string(d))
	var found []pmatch
	end := matchStrptime(toks, 0, s, 0, &found)
	if end < 0 {
		return py.Tuple{py.None, py.Int(-1)}, nil
	}
	items := make([]py.Object, len(found))
	for i, m := range found {
		items[i] = py.Tuple{py.String(string(rune(m.dir))), py.String(m.text)}
	}
	return py.Tuple{py.NewListFromItems(items), py.Int(end)}, nil
}
