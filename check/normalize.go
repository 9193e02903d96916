package check

// This file defines the normalisations applied to both texts before they
// are compared, and the float-tolerant comparison of two texts.
//
// The order of the steps is fixed: ANSI codes are stripped first (they can
// hide other text), then stream text goes through the terminal ([Terminal])
// and other text through line-ending normalisation, then user sanitizers
// run, then memory addresses are replaced, then trailing whitespace goes.
// Floats are compared within tolerance last, when the texts are compared.

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Normalization is a set of normalisations; each constant is one of them
// and they combine with |. [Options.Disable] turns them off one by one;
// all are on by default.
type Normalization uint32

// The normalisations. Keep normalizationNames in step with these.
const (
	// Addresses replaces "0x" followed by 6 to 16 hexadecimal digits
	// ([0-9a-fA-F]), standing as a whole word (no letter, digit or "_"
	// right before the "0" or right after the last digit), with "0xADDR".
	// Memory addresses in reprs such as "<function f at 0x7f3a2c1b0d30>"
	// differ from run to run.
	Addresses Normalization = 1 << iota
	// Floats compares numbers within the [Tolerance] instead of exactly:
	// two texts that are the same except for numbers match when every
	// pair of differing numbers has a float on at least one side (digits,
	// ".", digits, or digits with an exponent such as "1e-3") and
	// |a-b| <= max(Abs, Rel*max(|a|,|b|)). Signs are text, not part of the
	// number. Pairs of integers must be equal digit for digit. A duration
	// as str(timedelta) prints it, "H:MM:SS" with an optional fraction
	// ("0:00:01.500000"; the hours without a leading zero, unlike a time
	// of day), is one number, its count of seconds, and a float when it
	// has a fraction.
	Floats
	// ANSI strips ANSI escape sequences: CSI sequences (ESC "[" then
	// bytes 0x30-0x3F, then bytes 0x20-0x2F, then one byte 0x40-0x7E, as
	// in colour codes "\x1b[31m"), OSC sequences (ESC "]" up to BEL or
	// ESC "\"), and two-byte escapes (ESC then one byte 0x40-0x5F).
	ANSI
	// TrailingSpace removes spaces and tabs at the end of every line
	// (before each "\n" and at the end of the text).
	TrailingSpace
	// LineEndings turns "\r\n" and then any remaining "\r" into "\n" in
	// text/plain values and error messages. (Stream text always goes
	// through [Terminal] instead, which treats "\r\n" as a newline.)
	LineEndings
	// Timings replaces the lines IPython's %time and %timeit print, whose
	// figures are machine noise, with a placeholder that keeps only their
	// kind: a line "<m> <unit> ± <s> <unit> per loop (mean ± std. dev. of
	// <r> runs, <n> loop(s) each)" becomes "<timeit result>", and lines
	// starting "CPU times: " or "Wall time: " become "<CPU times>" and
	// "<Wall time>". nbcheck's virtual clock makes every run take no time,
	// so these lines can never agree digit for digit.
	Timings
	// Timestamps compares wall-clock readings by the intervals between
	// them, not by when the notebook ran: in each text, every time of day
	// "HH:MM:SS" (optionally with a fraction of a second, and optionally
	// preceded by a date "YYYY-MM-DD" and a space or "T") standing as a
	// whole word is replaced with "<time+D>", where D is the number of
	// seconds since the first such reading in the same text, "<time-D>"
	// for a reading before it (D has a fraction, "<time+3.0>", when the
	// reading has one). A time of day without a date that is more
	// than 12 hours earlier than the one before it is taken to be on the
	// next day; one a little earlier stays earlier (logging's asctime is
	// read before the record waits for the handler's lock, so threads'
	// lines can be written slightly out of time order). So "started at
	// 01:08:20 ... finished at 01:08:23" matches "started at 22:13:21 ...
	// finished at 22:13:24", and a run that took longer does not. Readings
	// in whole seconds are truncated, so an interval between two of them
	// is known only to within a second: "<time+D>" without a fraction
	// matches "<time+E>" without a fraction when D and E differ by at most
	// 1 (a 0.1 s sleep that crossed a second boundary reads +1 in one run
	// and +0 in another). Thread idents, which differ per run like
	// addresses, are replaced too: the number in a thread's repr
	// "<Thread(name, started 140566805333696)>" (and "started daemon N")
	// becomes "IDENT".
	Timestamps
	// CellFiles replaces the file name a cell's code carries, which names
	// the run rather than the code, with "<cell>": ipykernel's
	// "/tmp/ipykernel_<pid>/<hash>.py" (any folder before
	// "ipykernel_<pid>", "/" or "\\" separators, as on Windows), the
	// bare "<hash>.py" of a SyntaxError message "(<hash>.py, line 3)",
	// and nbcheck's own "<notebook path>:cells[<i>]" (a path without
	// spaces). So "coro=<main() running at /tmp/ipykernel_10165/3220421006.py:8>"
	// matches nbcheck's name for the same cell and line.
	CellFiles
	// GCWarnings removes from stream text what CPython prints when the
	// garbage collector happens to collect an object, at a moment and
	// with a "file:line" that depend on the collector, not on the code:
	// the warning "<file>:<line>: RuntimeWarning: coroutine 'f' was never
	// awaited" with the source line under it and the line "RuntimeWarning:
	// Enable tracemalloc to get the object allocation traceback", and the
	// block "Task exception was never retrieved" / "future: <Task ...>"
	// with its traceback. nbcheck cannot know when they would be printed
	// and never prints them.
	GCWarnings
	// UUIDs replaces the UUIDs that differ from run to run, time-based
	// (version 1) and random (version 4) ones in their canonical form
	// "xxxxxxxx-xxxx-Vxxx-xxxx-xxxxxxxxxxxx" (hexadecimal digits, either
	// case, standing as a whole word), with "<uuid-N>", N counting the
	// distinct UUIDs in order of first appearance in the text. So a
	// uuid4() that a notebook logs twice must be the same UUID twice on
	// both sides, while its digits may differ. Name-based UUIDs (versions
	// 3 and 5) are the same in every run and are compared as they are.
	UUIDs

	// AllNormalizations is every normalisation: the default.
	AllNormalizations = Addresses | Floats | ANSI | TrailingSpace | LineEndings | Timings | Timestamps | CellFiles | GCWarnings | UUIDs
)

// normalizationNames are the names of the normalisations, in bit order, as
// used in configuration files and messages. Keep in step with the constants.
var normalizationNames = []string{"addresses", "floats", "ansi", "trailing-space", "line-endings", "timings", "timestamps", "cell-files", "gc-warnings", "uuids"}

// String returns the names of the normalisations in n joined by "+", or
// "none".
func (n Normalization) String() string {
	var parts []string
	for i, name := range normalizationNames {
		if n&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// ParseNormalization returns the set named by names (each one of
// "addresses", "floats", "ansi", "trailing-space", "line-endings"). An
// unknown name is an error that suggests the closest known one.
func ParseNormalization(names []string) (Normalization, error) {
	var n Normalization
	for _, name := range names {
		found := false
		for i, known := range normalizationNames {
			if name == known {
				n |= 1 << i
				found = true
			}
		}
		if !found {
			if s := nearest(name, normalizationNames); s != "" {
				return 0, fmt.Errorf("unknown normalisation %q; did you mean %q?", name, s)
			}
			return 0, fmt.Errorf("unknown normalisation %q (known: %s)", name, strings.Join(normalizationNames, ", "))
		}
	}
	return n, nil
}

// Tolerance is how far apart two floats may be and still match: they
// match when |a-b| <= max(Abs, Rel*max(|a|,|b|)).
type Tolerance struct {
	Rel float64 // relative, a fraction of the larger magnitude
	Abs float64 // absolute
}

// DefaultTolerance is the float tolerance used when [Options.Tolerance] is
// nil: relative 0.02 and absolute 0.03.
//
// It is chosen for the timings tutorials print, measured on real notebooks
// against runs on nbcheck's virtual clock (which gives exact values):
// "Time elapsed = 1.508040428161621" against 1.5 (0.008 off),
// "time took : 1.0147268772125244" against 1.0, "1.0191750526428223"
// against 1.0 (0.019), "executed in 1.02 seconds" against 1.00, "0.5031"
// against 0.5, "3.012" against 3.0, and "Time: 6.024572849273682" against
// 6.0 (0.4%) all match, while a value that is wrong by more than a few
// hundredths (0.95 against 0.99) or by more than 2% (10.5 against 10.0)
// does not.
var DefaultTolerance = Tolerance{Rel: 0.02, Abs: 0.03}

// close reports whether a and b are within t of each other.
func (t Tolerance) within(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= max(t.Abs, t.Rel*max(math.Abs(a), math.Abs(b)))
}

var (
	ansiRE    = lazyRegexp(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]`)
	addressRE = lazyRegexp(`\b0x[0-9a-fA-F]{6,16}\b`)
	numberRE  = lazyRegexp(`\b(?:[1-9][0-9]*|0):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?`)
)

// StripANSI returns s without ANSI escape sequences (the [ANSI] rule).
func StripANSI(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	return ansiRE().ReplaceAllString(s, "")
}

// Terminal returns s as a terminal would show it: "\r" moves the cursor to
// the start of the line and "\b" one column left (never past the start of
// the line), and later characters overwrite what is under the cursor, so
// "abcdef\rXY" shows "XYcdef" and "\r\n" is a plain newline. Text that a
// "\r" or "\b" moved back over but did not overwrite stays.
func Terminal(s string) string {
	if !strings.ContainsAny(s, "\r\b") {
		return s
	}
	var out strings.Builder
	var line []rune
	col := 0
	for _, r := range s {
		switch r {
		case '\n':
			out.WriteString(string(line))
			out.WriteByte('\n')
			line, col = line[:0], 0
		case '\r':
			col = 0
		case '\b':
			if col > 0 {
				col--
			}
		default:
			if col < len(line) {
				line[col] = r
			} else {
				line = append(line, r)
			}
			col++
		}
	}
	out.WriteString(string(line))
	return out.String()
}

// NormalizeAddresses applies the [Addresses] rule to s.
func NormalizeAddresses(s string) string {
	if !strings.Contains(s, "0x") {
		return s
	}
	return addressRE().ReplaceAllString(s, "0xADDR")
}

var uuidRE = lazyRegexp(`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[14][0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`)

// NormalizeUUIDs applies the [UUIDs] rule to s.
func NormalizeUUIDs(s string) string {
	if strings.Count(s, "-") < 4 {
		return s
	}
	seen := map[string]string{}
	return uuidRE().ReplaceAllStringFunc(s, func(u string) string {
		u = strings.ToLower(u)
		if label, ok := seen[u]; ok {
			return label
		}
		label := fmt.Sprintf("<uuid-%d>", len(seen)+1)
		seen[u] = label
		return label
	})
}

// TrimTrailingSpace applies the [TrailingSpace] rule to s.
func TrimTrailingSpace(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// NormalizeLineEndings applies the [LineEndings] rule to s.
func NormalizeLineEndings(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// normalizer applies the normalisations of one comparison and records
// which of them changed something.
type normalizer struct {
	on         Normalization
	tol        Tolerance
	sanitizers []Sanitizer
	used       Normalization // normalisations that changed a text
	sanitized  bool          // a sanitizer changed a text
}

func newNormalizer(opts Options) *normalizer {
	n := &normalizer{on: AllNormalizations &^ opts.Disable, tol: DefaultTolerance, sanitizers: opts.Sanitizers}
	if opts.Tolerance != nil {
		n.tol = *opts.Tolerance
	}
	return n
}

// text normalises s; stream says whether s is stream text.
func (n *normalizer) text(s string, stream bool) string {
	step := func(bit Normalization, f func(string) string) {
		if n.on&bit != 0 {
			t := f(s)
			if t != s {
				n.used |= bit
				s = t
			}
		}
	}
	step(ANSI, StripANSI)
	if stream {
		s = Terminal(s)
		step(GCWarnings, RemoveGCWarnings)
	} else {
		step(LineEndings, NormalizeLineEndings)
	}
	for _, z := range n.sanitizers {
		t := z.Apply(s)
		if t != s {
			n.sanitized = true
			s = t
		}
	}
	step(UUIDs, NormalizeUUIDs)
	step(Addresses, NormalizeAddresses)
	step(Timings, NormalizeTimings)
	step(Timestamps, NormalizeTimestamps)
	step(CellFiles, NormalizeCellFiles)
	step(TrailingSpace, TrimTrailingSpace)
	return s
}

var (
	timeitRE    = lazyRegexp(`(?m)^[0-9.]+ (?:ns|µs|us|ms|s) ± [0-9.]+ (?:ns|µs|us|ms|s) per loop \(mean ± std\. dev\. of [0-9,]+ runs?, [0-9,]+ loops? each\)$`)
	cpuTimesRE  = lazyRegexp(`(?m)^CPU times: .*$`)
	wallTimeRE  = lazyRegexp(`(?m)^Wall time: .*$`)
	timestampRE = lazyRegexp(`\b(?:(\d{4})-(\d{2})-(\d{2})[ T])?(\d{2}):(\d{2}):(\d{2})(\.\d+)?\b`)
	threadRE    = lazyRegexp(`(\(.*, started (?:daemon )?)\d+\)`)
)

var (
	ipykernelFileRE = lazyRegexp(`(?:[A-Za-z]:)?[\\/\w.~-]*[\\/]ipykernel_\d+[\\/]\d+\.py\b`)
	syntaxFileRE    = lazyRegexp(`\(\d+\.py, line \d+\)`)
	nbcheckFileRE   = lazyRegexp(`[^\s(<'"]*\.(?:ipynb|md|markdown):cells\[\d+\]`)
)

var (
	neverAwaitedRE   = lazyRegexp(`(?m)^[^\n]*:\d+: RuntimeWarning: coroutine '[^'\n]*' was never awaited(?:\n|$)(?:  [^\n]*(?:\n|$))?(?:RuntimeWarning: Enable tracemalloc to get the object allocation traceback(?:\n|$))?`)
	neverRetrievedRE = lazyRegexp(`(?m)^Task exception was never retrieved\nfuture: [^\n]*(?:\n|$)(?:Traceback \(most recent call last\):\n(?:[ \t][^\n]*\n)*[^\n]*(?:\n|$))?`)
)

// RemoveGCWarnings applies the [GCWarnings] rule to stream text s.
func RemoveGCWarnings(s string) string {
	if strings.Contains(s, "was never awaited") {
		s = neverAwaitedRE().ReplaceAllString(s, "")
	}
	if strings.Contains(s, "Task exception was never retrieved") {
		s = neverRetrievedRE().ReplaceAllString(s, "")
	}
	return s
}

// NormalizeCellFiles applies the [CellFiles] rule to s.
func NormalizeCellFiles(s string) string {
	if strings.Contains(s, "ipykernel_") {
		s = ipykernelFileRE().ReplaceAllString(s, "<cell>")
	}
	if strings.Contains(s, ".py, line ") {
		s = syntaxFileRE().ReplaceAllStringFunc(s, func(m string) string {
			return "(<cell>" + m[strings.Index(m, ","):]
		})
	}
	if strings.Contains(s, ":cells[") {
		s = nbcheckFileRE().ReplaceAllString(s, "<cell>")
	}
	return s
}

// NormalizeTimings applies the [Timings] rule to s.
func NormalizeTimings(s string) string {
	if !strings.Contains(s, " per loop (") && !strings.Contains(s, " time") {
		return s
	}
	s = timeitRE().ReplaceAllString(s, "<timeit result>")
	s = cpuTimesRE().ReplaceAllString(s, "<CPU times>")
	return wallTimeRE().ReplaceAllString(s, "<Wall time>")
}

// NormalizeTimestamps applies the [Timestamps] rule to s.
func NormalizeTimestamps(s string) string {
	if strings.Contains(s, ", started ") {
		s = threadRE().ReplaceAllString(s, "${1}IDENT)")
	}
	if !strings.Contains(s, ":") {
		return s
	}
	var first, prev float64
	n := 0
	return timestampRE().ReplaceAllStringFunc(s, func(m string) string {
		p := timestampRE().FindStringSubmatch(m)
		num := func(i int) float64 { v, _ := strconv.Atoi(p[i]); return float64(v) }
		h, mi, sec := num(4), num(5), num(6)
		if h > 23 || mi > 59 || sec > 60 {
			return m
		}
		t := h*3600 + mi*60 + sec
		if p[7] != "" {
			f, _ := strconv.ParseFloat("0"+p[7], 64)
			t += f
		}
		if p[1] != "" {
			day := time.Date(int(num(1)), time.Month(num(2)), int(num(3)), 0, 0, 0, 0, time.UTC)
			t += float64(day.Unix())
		}
		if n > 0 {
			for p[1] == "" && t < prev-43200 {
				t += 86400
			}
		} else {
			first = t
		}
		n++
		prev = t
		d, sign := t-first, "+"
		if d < 0 {
			d, sign = -d, "-"
		}
		if p[7] == "" {
			return "<time" + sign + strconv.FormatFloat(math.Round(d), 'f', -1, 64) + ">"
		}
		// A float, even when whole, so that it is not taken for an
		// interval between whole-second readings.
		f := strconv.FormatFloat(d, 'f', -1, 64)
		if !strings.Contains(f, ".") {
			f += ".0"
		}
		return "<time" + sign + f + ">"
	})
}

// describe says which normalisations made a difference, for messages.
func (n *normalizer) describe() string {
	var parts []string
	for i, name := range normalizationNames {
		if n.used&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if n.sanitized {
		parts = append(parts, "sanitizers")
	}
	return strings.Join(parts, ", ")
}

// likeness is how two normalised texts relate, from most alike to least.
type likeness int

const (
	same      likeness = iota // equal
	near                      // equal except for numbers within tolerance
	drifted                   // equal except for numbers, some float pair beyond tolerance
	ints                      // equal except for numbers, some integer pair unequal
	different                 // anything else
)

// numberPair is a pair of differing numbers found by compareNumbers.
type numberPair struct{ want, got string }

// numbersCompared is what compareNumbers found: how the texts relate, the
// first pair of numbers that made them drift (drifted) or differ (ints),
// and the normalisations that made the other pairs match.
type numbersCompared struct {
	rel  likeness
	bad  numberPair
	used Normalization
}

// compareNumbers compares a and b, numbers within tolerance when floats is
// set, and whole-second timestamp intervals ("<time+D>") within a second.
func compareNumbers(a, b string, floats bool, tol Tolerance) numbersCompared {
	if a == b {
		return numbersCompared{rel: same}
	}
	ia := numberRE().FindAllStringIndex(a, -1)
	ib := numberRE().FindAllStringIndex(b, -1)
	if len(ia) != len(ib) || len(ia) == 0 {
		return numbersCompared{rel: different}
	}
	r := numbersCompared{rel: same}
	worse := func(rel likeness, na, nb string) {
		if rel > r.rel {
			r.rel, r.bad = rel, numberPair{na, nb}
		}
	}
	pa, pb := 0, 0
	for k := range ia {
		if a[pa:ia[k][0]] != b[pb:ib[k][0]] {
			return numbersCompared{rel: different}
		}
		na, nb := a[ia[k][0]:ia[k][1]], b[ib[k][0]:ib[k][1]]
		before := a[:ia[k][0]]
		pa, pb = ia[k][1], ib[k][1]
		if na == nb {
			continue
		}
		fa, errA := parseNumber(na)
		fb, errB := parseNumber(nb)
		if !isFloat(na) && !isFloat(nb) {
			if errA == nil && errB == nil && math.Abs(fa-fb) <= 1 && wholeSecondStamp(before, a[pa:], b[pb:]) {
				r.used |= Timestamps
				worse(near, na, nb)
				continue
			}
			worse(ints, na, nb)
			continue
		}
		if floats && errA == nil && errB == nil && tol.within(fa, fb) {
			r.used |= Floats
			worse(near, na, nb)
			continue
		}
		worse(drifted, na, nb)
	}
	if a[pa:] != b[pb:] {
		return numbersCompared{rel: different}
	}
	if r.rel == near {
		r.bad = numberPair{}
	}
	return r
}

// wholeSecondStamp reports whether the integer just after before (in
// both texts, whose rests are afterA and afterB) is the interval of a
// whole-second reading, "<time+D>" or "<time-D>", of the Timestamps rule.
func wholeSecondStamp(before, afterA, afterB string) bool {
	return (strings.HasSuffix(before, "<time+") || strings.HasSuffix(before, "<time-")) &&
		strings.HasPrefix(afterA, ">") && strings.HasPrefix(afterB, ">")
}

// parseNumber returns the value of a number numberRE matched; a duration
// "H:MM:SS.ffffff" is its count of seconds.
func parseNumber(s string) (float64, error) {
	h, rest, ok := strings.Cut(s, ":")
	if !ok {
		return strconv.ParseFloat(s, 64)
	}
	m, sec, _ := strings.Cut(rest, ":")
	hv, err := strconv.ParseFloat(h, 64)
	if err != nil {
		return 0, err
	}
	mv, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return 0, err
	}
	sv, err := strconv.ParseFloat(sec, 64)
	if err != nil {
		return 0, err
	}
	return hv*3600 + mv*60 + sv, nil
}

// isFloat reports whether a number numberRE matched is a float: it has a
// fraction or an exponent.
func isFloat(s string) bool { return strings.ContainsAny(s, ".eE") }

// lazyRegexp returns a function that compiles expr on its first call.
// nbcheck's worker processes import this package but never normalize, so
// they do not compile these expressions as they start (about a millisecond
// of every worker's start-up).
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
