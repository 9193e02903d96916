package check

// This file implements Diff, a line diff in the style of go-cmp's reports.
// The edit script comes from Myers' O(ND) algorithm over interned lines,
// after trimming the common prefix and suffix. The trace of the search is
// kept for backtracking, so memory grows with the square of the number of
// edits; past maxEdits edits the middle part is shown as removed then
// added, which is still a correct (if not minimal) diff.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// contextLines is how many equal lines are kept on each side of a change.
const contextLines = 2

// maxEdits bounds the Myers search; see the file comment.
const maxEdits = 1000

// Diff returns a line diff of want (the recorded text) and got (the
// produced text), or "" exactly when they are equal.
//
// The first line is the header "(-recorded +produced)". Each following
// line starts with "- " (only in want), "+ " (only in got) or "  " (in
// both). Around each change 2 equal lines are kept; longer runs of equal
// lines collapse into one "  ... // N identical lines" line (a run that
// would hide a single line is shown instead). A line is printed as a Go
// quoted string, with its "\n" if it has one, when it holds a character
// that is not printable (tabs included) or ends in a space; when one
// changed line of a hunk is quoted, or when the changed lines of a hunk
// differ in having a final newline, all changed lines of that hunk are
// quoted, so that differences in invisible characters show.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := splitLines(want), splitLines(got)
	ops := diffLines(a, b)
	var sb strings.Builder
	sb.WriteString("(-recorded +produced)\n")
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			j := i
			for j < len(ops) && ops[j].kind == opEqual {
				j++
			}
			writeEqualRun(&sb, ops[i:j], a, i == 0, j == len(ops))
			i = j
			continue
		}
		j := i
		for j < len(ops) && ops[j].kind != opEqual {
			j++
		}
		writeHunk(&sb, ops[i:j], a, b)
		i = j
	}
	return sb.String()
}

// writeEqualRun writes a run of equal lines with its context and collapse.
func writeEqualRun(sb *strings.Builder, run []op, a []string, first, last bool) {
	head, tail := contextLines, contextLines // lines kept at the start, at the end
	if first {
		head = 0
	}
	if last {
		tail = 0
	}
	hidden := len(run) - head - tail
	if hidden <= 1 {
		for _, o := range run {
			writeLine(sb, "  ", a[o.a], false)
		}
		return
	}
	for _, o := range run[:head] {
		writeLine(sb, "  ", a[o.a], false)
	}
	noun := "lines"
	if hidden == 1 {
		noun = "line"
	}
	fmt.Fprintf(sb, "  ... // %d identical %s\n", hidden, noun)
	for _, o := range run[len(run)-tail:] {
		writeLine(sb, "  ", a[o.a], false)
	}
}

// writeHunk writes a run of removed and added lines, removals first.
func writeHunk(sb *strings.Builder, hunk []op, a, b []string) {
	quote, ended, unended := false, false, false
	for _, o := range hunk {
		l := lineOf(o, a, b)
		quote = quote || needsQuote(l)
		if strings.HasSuffix(l, "\n") {
			ended = true
		} else {
			unended = true
		}
	}
	quote = quote || ended && unended
	for _, kind := range []opKind{opDelete, opInsert} {
		for _, o := range hunk {
			if o.kind != kind {
				continue
			}
			prefix := "- "
			if kind == opInsert {
				prefix = "+ "
			}
			writeLine(sb, prefix, lineOf(o, a, b), quote)
		}
	}
}

func lineOf(o op, a, b []string) string {
	if o.kind == opInsert {
		return b[o.b]
	}
	return a[o.a]
}

// writeLine writes one line of the diff; line may end in "\n".
func writeLine(sb *strings.Builder, prefix, line string, quote bool) {
	sb.WriteString(prefix)
	if quote || needsQuote(line) {
		sb.WriteString(strconv.Quote(line))
	} else {
		sb.WriteString(strings.TrimSuffix(line, "\n"))
	}
	sb.WriteByte('\n')
}

// needsQuote reports whether line (without its "\n") holds a character
// that does not print, or ends in whitespace.
func needsQuote(line string) bool {
	s := strings.TrimSuffix(line, "\n")
	if s != strings.TrimRightFunc(s, unicode.IsSpace) {
		return true
	}
	for _, r := range s {
		if r == unicode.ReplacementChar || !unicode.IsPrint(r) {
			return true
		}
	}
	return false
}

// splitLines splits s after each "\n"; the last line may lack one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

type opKind uint8

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

// op is one step of an edit script: a line of a (equal or delete) or of
// b (insert). a and b are 0-based line indexes.
type op struct {
	kind opKind
	a, b int
}

// diffLines returns an edit script turning a into b.
func diffLines(a, b []string) []op {
	// Intern lines so that the search compares ints.
	ids := map[string]int{}
	intern := func(ls []string) []int {
		out := make([]int, len(ls))
		for i, l := range ls {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	x, y := intern(a), intern(b)
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var ops []op
	for i := 0; i < pre; i++ {
		ops = append(ops, op{opEqual, i, i})
	}
	ops = append(ops, myers(x[pre:len(x)-suf], y[pre:len(y)-suf], pre, pre)...)
	for i := 0; i < suf; i++ {
		ops = append(ops, op{opEqual, len(x) - suf + i, len(y) - suf + i})
	}
	return ops
}

// myers returns a shortest edit script from x to y; offA and offB are
// added to the line indexes it reports.
func myers(x, y []int, offA, offB int) []op {
	n, m := len(x), len(y)
	if n == 0 || m == 0 {
		return replaceAll(n, m, offA, offB)
	}
	// v[k+off] is the furthest x reached on diagonal k; trace[d] is v
	// restricted to diagonals -d..d after step d.
	off := n + m + 1
	v := make([]int, 2*off+1)
	var trace [][]int
	found := -1
	for d := 0; d <= n+m && d <= maxEdits; d++ {
		for k := -d; k <= d; k += 2 {
			var px int
			if k == -d || (k != d && v[k-1+off] < v[k+1+off]) {
				px = v[k+1+off] // down: insert
			} else {
				px = v[k-1+off] + 1 // right: delete
			}
			py := px - k
			for px < n && py < m && x[px] == y[py] {
				px, py = px+1, py+1
			}
			v[k+off] = px
		}
		snap := make([]int, 2*d+1)
		copy(snap, v[off-d:off+d+1])
		trace = append(trace, snap)
		if v[n-m+off] >= n && n-m >= -d && n-m <= d {
			found = d
			break
		}
	}
	if found < 0 {
		return replaceAll(n, m, offA, offB)
	}
	// Backtrack from (n, m).
	var rev []op
	px, py := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1] // diagonals -(d-1)..d-1
		get := func(k int) int { return prev[k+d-1] }
		k := px - py
		var pk int
		if k == -d || (k != d && get(k-1) < get(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		sx := get(pk)
		sy := sx - pk
		// Snake back to the end of the previous step's move.
		var mx, my int // the point right after the edit
		if pk == k+1 {
			mx, my = sx, sy+1
		} else {
			mx, my = sx+1, sy
		}
		for px > mx && py > my {
			px, py = px-1, py-1
			rev = append(rev, op{opEqual, px + offA, py + offB})
		}
		if pk == k+1 {
			rev = append(rev, op{opInsert, sx + offA, sy + offB})
		} else {
			rev = append(rev, op{opDelete, sx + offA, sy + offB})
		}
		px, py = sx, sy
	}
	for px > 0 && py > 0 {
		px, py = px-1, py-1
		rev = append(rev, op{opEqual, px + offA, py + offB})
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// replaceAll is the script that deletes all n lines and inserts all m.
func replaceAll(n, m, offA, offB int) []op {
	ops := make([]op, 0, n+m)
	for i := 0; i < n; i++ {
		ops = append(ops, op{opDelete, offA + i, offB})
	}
	for j := 0; j < m; j++ {
		ops = append(ops, op{opInsert, offA + n, offB + j})
	}
	return ops
}
