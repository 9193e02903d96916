package transpile

// This file gives a notebook cell IPython's semantics before and after
// parsing: the input transforms (a cell whose first line is indented is
// dedented), magics and shell lines, top-level await, and the display of
// the last expression. Each transform keeps the cell's lines where they
// are, so positions only need a per-line column shift.
//
// Magics: %time and %%time run the code between __nbc_time_start() and
// __nbc_time_stop(value), which prints IPython's timing lines and passes
// the displayed value through; %timeit and %%timeit run the code once
// between __nbc_timeit_start() and __nbc_timeit_stop(). !cmd, %pip and
// %conda lines are skipped (Result.Notes says so). Help (?, ??) and any
// other magic make the cell unsupported.

import (
	"regexp"
	"strings"

	py "github.com/nbcheck/nbcheck/pysyntax"
)

// cellPlan is what the input transforms found in a cell.
type cellPlan struct {
	src     string // the transformed source, line for line
	notes   []string
	skipped []string // the lines skipped: shell commands, %pip, %conda
	// timeLines maps 0-based lines that had %time or %timeit to the
	// helper prefix ("__nbc_time" or "__nbc_timeit").
	timeLines map[int]string
	// pinfoLines maps 0-based lines that were `name?` to the name; the
	// line holds just the name, printed as __nbc_pinfo(name, lambda: name).
	pinfoLines map[int]string
	// magicLines maps 0-based lines that were a quiet line magic needing
	// a runtime call (quietMagic) to that call; the line holds `pass`.
	magicLines map[int]string
	// colShift is how many bytes each 0-based line lost at its start.
	colShift map[int]int
	// cellMagic is "__nbc_time" or "__nbc_timeit" for %%time/%%timeit.
	cellMagic string
	errs      ErrorList
}

// quiet reports whether the cell's last expression statement is followed
// by a semicolon, which suppresses its display.
func (c *cellPlan) quiet(es *py.ExprStmt) bool {
	pr := printer{src: c.src}
	off := pr.offset(es.EndLineno, es.EndColOffset)
	if off < 0 {
		return false
	}
	rest := strings.TrimLeft(c.src[off:], " \t\\\n\r)")
	return strings.HasPrefix(rest, ";")
}

// dottedRE matches a dotted name, which `name?` looks up.
var dottedRE = regexp.MustCompile(`^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$`)

var helpRE = regexp.MustCompile(`^\?{0,2}[A-Za-z_][\w.\[\]()'"]*\?{0,2}$`)

// Cell transpiles a notebook cell with IPython's semantics. The error is
// a *pysyntax.SyntaxError (positions in the original cell) or an
// [ErrorList] of every unsupported construct.
func Cell(src string, opts Options) (*Result, error) {
	c := transformCell(src)
	mod, err := py.ParseString(filename(opts), c.src, py.Options{TopLevelAwait: true})
	if err != nil {
		if len(c.errs) > 0 {
			return nil, c.errs
		}
		if se, ok := err.(*py.SyntaxError); ok {
			se.Col += c.colShift[se.Line-1]
			se.EndCol += c.colShift[se.EndLine-1]
		}
		return nil, err
	}
	res, err := emit(mod, c.src, c, opts)
	if len(c.errs) > 0 {
		if l, ok := err.(ErrorList); ok {
			c.errs = append(c.errs, l...)
		}
		return nil, c.errs
	}
	return res, err
}

// transformCell applies the input transforms and finds the magics.
func transformCell(src string) *cellPlan {
	c := &cellPlan{timeLines: map[int]string{}, pinfoLines: map[int]string{}, magicLines: map[int]string{}, colShift: map[int]int{}}
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	// Dedent when the first non-blank line is indented.
	first := -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = i
			break
		}
	}
	if first >= 0 {
		l := lines[first]
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if ind != "" {
			for i := first; i < len(lines); i++ {
				if strings.HasPrefix(lines[i], ind) {
					lines[i] = lines[i][len(ind):]
					c.colShift[i] += len(ind)
				}
			}
		}
	}
	cont := false // the previous line continues onto this one
	for i, l := range lines {
		trimmed := strings.TrimLeft(l, " \t")
		ind := l[:len(l)-len(trimmed)]
		wasCont := cont
		t := strings.TrimRight(trimmed, " \t")
		cont = strings.HasSuffix(t, "\\") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "(") || strings.HasSuffix(t, "[") || strings.HasSuffix(t, "{")
		if wasCont || t == "" {
			continue
		}
		pos := Pos{i + 1, len(ind) + 1 + c.colShift[i]}
		switch {
		case strings.HasPrefix(t, "%%"):
			name := magicName(t[2:])
			if i == first && (name == "time" || name == "timeit") {
				c.cellMagic = "__nbc_" + name
				lines[i] = ""
				continue
			}
			c.errs = append(c.errs, &UnsupportedError{Feature: Magic, Pos: pos, Msg: "cell magic `%%" + name + "` is not supported"})
			lines[i] = ind + "pass"
		case strings.HasPrefix(t, "!") && !strings.HasPrefix(t, "!="):
			c.notes = append(c.notes, "line "+itoa(i+1)+": shell command skipped: "+t)
			c.skipped = append(c.skipped, t)
			lines[i] = ind + "pass"
		case strings.HasPrefix(t, "%") && len(t) > 1 && isLetter(t[1]):
			name := magicName(t[1:])
			rest := strings.TrimSpace(t[1+len(name):])
			switch name {
			case "pip", "conda":
				c.notes = append(c.notes, "line "+itoa(i+1)+": `%"+name+"` skipped: "+t)
				c.skipped = append(c.skipped, t)
				lines[i] = ind + "pass"
			case "time", "timeit":
				for name == "timeit" && strings.HasPrefix(rest, "-") {
					// Options such as -n1 -r1, each a single word.
					sp := strings.IndexAny(rest, " \t")
					if sp < 0 {
						rest = ""
						break
					}
					rest = strings.TrimLeft(rest[sp:], " \t")
				}
				if rest == "" {
					c.errs = append(c.errs, &UnsupportedError{Feature: Magic, Pos: pos, Msg: "`%" + name + "` without a statement is not supported"})
					lines[i] = ind + "pass"
					continue
				}
				c.timeLines[i] = "__nbc_" + name
				shift := len(l) - len(ind) - len(rest) - (len(l) - len(strings.TrimRight(l, " \t")))
				c.colShift[i] += shift
				lines[i] = ind + rest
				c.notes = append(c.notes, "line "+itoa(i+1)+": `%"+name+"` emulated: the statement runs once")
			case "load_ext", "reload_ext", "autoreload", "aimport", "config":
				if code, ok := quietMagic(name, rest); ok {
					lines[i] = ind + "pass"
					if code != "pass" {
						c.magicLines[i] = code
					}
					why := "nbcheck imports each module once, from its file as it is"
					if name == "config" {
						why = "it sets an option of IPython's, which prints nothing"
					}
					c.notes = append(c.notes, "line "+itoa(i+1)+": `"+t+"` has nothing to do in a checked run: "+why)
					break
				}
				c.errs = append(c.errs, &UnsupportedError{Feature: Magic, Pos: pos, Msg: "`" + t + "` is not supported"})
				lines[i] = ind + "pass"
			default:
				c.errs = append(c.errs, &UnsupportedError{Feature: Magic, Pos: pos, Msg: "magic `%" + name + "` is not supported"})
				lines[i] = ind + "pass"
			}
		case strings.Contains(t, "?") && helpRE.MatchString(t) && (strings.HasPrefix(t, "?") || strings.HasSuffix(t, "?")):
			// IPython's object help: a found object's help goes to the
			// pager, which is not a cell output; a missing one prints
			// "Object `x` not found." on stdout.
			name := strings.Trim(t, "?")
			if !dottedRE.MatchString(name) {
				c.errs = append(c.errs, &UnsupportedError{Feature: Magic, Pos: pos, Msg: "help `?` on an expression is not supported"})
				lines[i] = ind + "pass"
				break
			}
			lines[i] = ind + name
			c.pinfoLines[i] = name
			c.notes = append(c.notes, "line "+itoa(i+1)+": help `"+t+"` goes to Jupyter's pager, not to the cell's outputs")
		}
	}
	c.src = strings.Join(lines, "\n")
	return c
}

// quietMagic returns the code for a line magic that prints nothing in
// IPython and changes nothing a checked run could see: the autoreload
// extension (modules are reloaded when their file changes, which does not
// happen while nbcheck runs a notebook) and %config settings. A second
// %load_ext autoreload prints IPython's "already loaded" lines
// (__nbc_load_ext).
func quietMagic(name, rest string) (string, bool) {
	switch name {
	case "load_ext":
		if rest == "autoreload" {
			return `__nbc_load_ext("autoreload")`, true
		}
	case "reload_ext":
		return "pass", rest == "autoreload"
	case "autoreload":
		return "pass", true
	case "aimport":
		return "pass", rest != "" // alone, it prints the lists of modules
	case "config":
		return "pass", strings.Contains(rest, "=") // alone, it prints the configurables
	}
	return "", false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' }

func magicName(s string) string {
	i := 0
	for i < len(s) && (isLetter(s[i]) || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return s[:i]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
