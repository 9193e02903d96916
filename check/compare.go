package check

// This file compares two lists of outputs and judges cells.
//
// Outputs are compared by channel, not one by one, because Jupyter splits
// printed text into a varying number of stream outputs: all stream text of
// one name is joined, then each stream name (stdout, stderr, others) is
// compared as one text; execute_result and display_data outputs are paired
// in order and their text/plain compared; error outputs are paired in
// order and compared by "ename: evalue". The relative order of channels
// (a print before or after a displayed value) is not judged.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nbcheck/nbcheck/ipynb"
)

// Options says how outputs are compared. The zero value is the default:
// every normalisation on, [DefaultTolerance], stderr compared, not lax.
type Options struct {
	// Disable turns off normalisations; see [Normalization].
	Disable Normalization
	// Tolerance is the float tolerance of the [Floats] normalisation;
	// nil means [DefaultTolerance].
	Tolerance *Tolerance
	// IgnoreStderr leaves stderr streams out of the comparison.
	IgnoreStderr bool
	// Lax compares the outputs only of cells marked NBVAL_CHECK_OUTPUT
	// (comment) or nbval-check-output (tag), like nbval --nbval-lax. Other
	// cells only have their run checked: an unexpected exception still
	// fails them.
	Lax bool
	// Sanitizers are applied in order to both texts; see [Sanitizer].
	Sanitizers []Sanitizer
}

// Status is how the run of a cell went, as the runner tells it.
type Status int

// The statuses. The zero value is StatusRan.
const (
	// StatusRan: the cell ran; if it raised, an error output among the
	// produced outputs says so.
	StatusRan Status = iota
	// StatusRaised: the cell raised. The produced outputs should hold the
	// error output; if they do not, the error is known only by
	// CellInput.Reason.
	StatusRaised
	// StatusUnsupported: nbcheck could not run the cell; CellInput.Reason
	// names the feature.
	StatusUnsupported
	// StatusNotRun: the cell was not run; CellInput.Reason says why.
	StatusNotRun
	// StatusSkipped: the cell was skipped on purpose; CellInput.Reason says
	// why. (CheckCell also skips cells whose markers say so.)
	StatusSkipped
)

// CellInput is everything [CheckCell] needs to judge one code cell.
type CellInput struct {
	// Cell is the notebook's cell: its source and metadata give the
	// markers, Cell.Outputs are the recorded outputs and
	// Cell.ExecutionCount says whether the notebook ever ran it.
	Cell *ipynb.Cell
	// Index is the cell's 0-based index in the notebook's cells (all
	// cells, as in the JSON), used in finding paths: "cells[3].outputs[0].text".
	Index int
	// Produced are the outputs nbcheck produced, in order.
	Produced []*ipynb.Output
	// Status and Reason say how the run went.
	Status Status
	Reason string
	// Skipped are the lines of the cell that were not run (shell
	// commands, %pip): when the outputs differ, the cell is unsupported,
	// since what those lines printed cannot be reproduced.
	Skipped []string
}

// Finding is one thing found while judging a cell.
type Finding struct {
	Code Code
	// Path names the output concerned, e.g. `cells[3].outputs[0].text` or
	// `cells[3].outputs[1].data["text/plain"]`; indexes are 0-based and
	// refer to the recorded outputs, or to the produced ones (prefix
	// "produced.") when the recorded side has no such output. Path is
	// "cells[3]" for findings about the whole cell; [Compare] leaves out
	// the "cells[i]." part.
	Path string
	// Want and Got are the recorded and produced texts as compared (after
	// normalisation), for findings that compare texts.
	Want, Got string
	Msg       string // one line
}

// Severity returns the severity of the finding's code.
func (f Finding) Severity() Severity { return f.Code.Doc().Severity }

// String formats the finding as "path: msg (code)".
func (f Finding) String() string { return fmt.Sprintf("%s: %s (%s)", f.Path, f.Msg, f.Code) }

// Result is the judgement on one cell.
type Result struct {
	Verdict Verdict
	// Reason says in one line why the cell got its verdict; "" for a plain
	// match.
	Reason   string
	Findings []Finding
	// Diff shows every text that differs: for each, the path and a
	// [Diff] of the normalised texts. "" when nothing differs.
	Diff string
	// RichNotJudged reports that some outputs hold MIME types other than
	// text/plain, which were kept but not compared.
	RichNotJudged bool
	// Normalized reports that the outputs matched only after normalisation.
	Normalized bool
	// Ignored reports that the outputs were not compared (an ignore-output
	// marker, or lax mode without a check-output marker).
	Ignored bool
	// Markers are the cell's markers, as [Markers] read them.
	Markers CellMarkers
}

// Failed reports whether the cell fails the check; see [Verdict.Fails].
func (r Result) Failed() bool { return r.Verdict.Fails() }

// Compare compares recorded outputs with produced ones and returns the
// verdict. An error output in produced with none in recorded is an
// [Error]; everything else that differs is a [Mismatch], [NumericDrift] or
// [Reordered]. Finding paths have no "cells[i]." prefix. To judge a cell
// with its markers and run status, use [CheckCell].
func Compare(recorded, produced []*ipynb.Output, opts Options) Result {
	c := newComparer(opts, "")
	c.outputs(recorded, produced, false)
	return c.result()
}

// CheckCell judges one code cell: it reads the cell's markers, honours the
// run status, and compares the recorded outputs with the produced ones.
func CheckCell(in CellInput, opts Options) Result {
	if in.Cell == nil {
		panic("check.CheckCell: CellInput.Cell is nil")
	}
	prefix := fmt.Sprintf("cells[%d]", in.Index)
	m, merr := Markers(in.Cell)
	var markerFindings []Finding
	if merr != nil {
		for _, e := range merr.(MarkerErrorList) {
			markerFindings = append(markerFindings, Finding{Code: BadMarker, Path: prefix, Msg: e.Error()})
		}
	}
	only := func(v Verdict, code Code, reason string) Result {
		f := append(markerFindings, Finding{Code: code, Path: prefix, Msg: reason})
		return Result{Verdict: v, Reason: reason, Findings: f, Markers: m}
	}
	switch {
	case in.Status == StatusSkipped:
		return only(Skipped, CellSkipped, orDefault(in.Reason, "skipped"))
	case m.Skip:
		return only(Skipped, CellSkipped, "skipped by "+m.skipSource())
	case in.Status == StatusUnsupported:
		return only(Unsupported, CellUnsupported, orDefault(in.Reason, "not supported"))
	case in.Status == StatusNotRun:
		return only(NotRun, CellNotRun, orDefault(in.Reason, "not run"))
	}

	produced := in.Produced
	if in.Status == StatusRaised && !hasError(produced) {
		produced = append(append([]*ipynb.Output(nil), produced...),
			&ipynb.Output{Type: ipynb.Error, Ename: "exception", Evalue: in.Reason})
	}
	recorded := in.Cell.Outputs
	c := newComparer(opts, prefix+".")
	c.findings = markerFindings

	if len(recorded) == 0 && in.Cell.ExecutionCount == nil {
		c.errorsOnly(recorded, produced, m.RaisesException)
		if c.worst() == Match {
			r := c.result()
			r.Verdict, r.Reason = NoRecordedOutput, "the notebook has no recorded output for this cell"
			r.Findings = append(r.Findings, Finding{Code: NoOutputRecorded, Path: prefix, Msg: r.Reason})
			r.Markers = m
			return r
		}
		// A cell the notebook never ran has nothing to be wrong about: it
		// stays "no recorded output", and the reason says what it raised
		// (seed 000's In [None] cells call asyncio.run inside Jupyter).
		r := c.result()
		reason := "the notebook has no recorded output for this cell"
		if e := firstError(produced); e != nil {
			reason += fmt.Sprintf("; when run, it raises %s: %s", e.Ename, e.Evalue)
		}
		r.Verdict, r.Reason = NoRecordedOutput, reason
		r.Diff = ""
		kept := r.Findings[:0]
		for _, f := range r.Findings {
			if f.Severity() != SeverityError {
				kept = append(kept, f)
			}
		}
		r.Findings = append(kept, Finding{Code: NoOutputRecorded, Path: prefix, Msg: reason})
		r.Markers = m
		return r
	}

	compared := !m.IgnoreOutput && (!opts.Lax || m.CheckOutput)
	if compared {
		c.outputs(recorded, produced, m.RaisesException)
		r := c.result()
		r.Markers = m
		if len(in.Skipped) > 0 {
			switch r.Verdict {
			case Mismatch, NumericDrift, Reordered:
				// The difference may be what the skipped lines printed.
				reason := fmt.Sprintf("its outputs differ, and it runs `%s`, which nbcheck skips (it runs no shell commands or installers): what that printed cannot be reproduced", in.Skipped[0])
				return only(Unsupported, CellUnsupported, reason)
			}
		}
		return r
	}
	c.errorsOnly(recorded, produced, m.RaisesException)
	r := c.result()
	r.Markers = m
	if r.Verdict == Match {
		r.Ignored = true
		if m.IgnoreOutput {
			r.Reason = "output not compared: " + m.ignoreSource()
			// Say so when the marker is not needed.
			full := newComparer(opts, prefix+".")
			full.outputs(recorded, produced, m.RaisesException)
			if full.worst() == Match {
				r.Findings = append(r.Findings, Finding{Code: UnneededMarker, Path: prefix,
					Msg: m.ignoreSource() + " is not needed: the outputs match"})
			}
		} else {
			r.Reason = "output not compared: lax mode and no NBVAL_CHECK_OUTPUT marker"
		}
	}
	return r
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func hasError(outs []*ipynb.Output) bool {
	for _, o := range outs {
		if o.Type == ipynb.Error {
			return true
		}
	}
	return false
}

// comparer accumulates the findings of one comparison.
type comparer struct {
	opts     Options
	norm     *normalizer
	prefix   string // "cells[3]." or ""
	findings []Finding
	diffs    []string
	rich     map[string]bool
	// normalized is set when two texts differed before normalisation
	// and matched after it.
	normalized bool
}

func newComparer(opts Options, prefix string) *comparer {
	return &comparer{opts: opts, norm: newNormalizer(opts), prefix: prefix, rich: map[string]bool{}}
}

// add records a finding; path is relative to the cell.
func (c *comparer) add(code Code, path, want, got, msg string) {
	c.findings = append(c.findings, Finding{Code: code, Path: c.prefix + path, Want: want, Got: got, Msg: msg})
}

// worst returns the verdict the findings so far call for.
func (c *comparer) worst() Verdict {
	v := Match
	for _, f := range c.findings {
		if w := codeVerdict(f.Code); w.severity() > v.severity() {
			v = w
		}
	}
	return v
}

// codeVerdict maps a finding code to the verdict it calls for; Match for
// codes that do not make a cell fail.
func codeVerdict(c Code) Verdict {
	switch c {
	case UnexpectedError:
		return Error
	case StreamMismatch, ResultMismatch, ErrorMismatch, MissingError, OutputCount:
		return Mismatch
	case Drift:
		return NumericDrift
	case LinesReordered:
		return Reordered
	}
	return Match
}

func (c *comparer) result() Result {
	r := Result{Verdict: c.worst(), Diff: strings.Join(c.diffs, "")}
	for _, f := range c.findings {
		if codeVerdict(f.Code) == r.Verdict && r.Verdict != Match {
			r.Reason = f.Msg
			break
		}
	}
	if len(c.rich) > 0 {
		r.RichNotJudged = true
		types := make([]string, 0, len(c.rich))
		for t := range c.rich {
			types = append(types, t)
		}
		sort.Strings(types)
		c.findings = append(c.findings, Finding{Code: RichOutput, Path: strings.TrimSuffix(c.prefix, "."),
			Msg: "not judged: " + strings.Join(types, ", ")})
	}
	if r.Verdict == Match && c.normalized {
		r.Normalized = true
		what := c.norm.describe()
		if what == "" {
			what = "carriage returns and backspaces"
		}
		r.Reason = "matched after normalising " + what
		c.findings = append(c.findings, Finding{Code: NormalizedMatch, Path: strings.TrimSuffix(c.prefix, "."), Msg: r.Reason})
	}
	r.Findings = c.findings
	return r
}

// outputView is one side of a comparison, split into channels.
type outputView struct {
	streams     map[string]string // name → joined text
	streamFirst map[string]int    // name → index of its first output
	results     []resultOut       // execute_result and display_data
	errors      []errorOut
}

type resultOut struct {
	index   int
	text    string
	hasText bool
}

type errorOut struct {
	index         int
	ename, evalue string
}

func (c *comparer) view(outs []*ipynb.Output) outputView {
	v := outputView{streams: map[string]string{}, streamFirst: map[string]int{}}
	for i, o := range outs {
		switch o.Type {
		case ipynb.Stream:
			if o.Name == "stderr" && c.opts.IgnoreStderr {
				continue
			}
			if _, ok := v.streamFirst[o.Name]; !ok {
				v.streamFirst[o.Name] = i
			}
			v.streams[o.Name] += o.Text
		case ipynb.ExecuteResult, ipynb.DisplayData:
			r := resultOut{index: i}
			r.text, r.hasText = o.Data.Text("text/plain")
			for mime := range o.Data {
				if mime != "text/plain" {
					c.rich[mime] = true
				}
			}
			v.results = append(v.results, r)
		case ipynb.Error:
			v.errors = append(v.errors, errorOut{i, o.Ename, o.Evalue})
		}
	}
	return v
}

// outputs compares every channel of recorded and produced.
func (c *comparer) outputs(recorded, produced []*ipynb.Output, raisesOK bool) {
	rv, pv := c.view(recorded), c.view(produced)

	for _, name := range streamNames(rv, pv) {
		path := streamPath(rv, pv, name)
		c.text(StreamMismatch, path, name, rv.streams[name], pv.streams[name], true)
	}

	for i := 0; i < max(len(rv.results), len(pv.results)); i++ {
		switch {
		case i >= len(pv.results):
			r := rv.results[i]
			c.missing(fmt.Sprintf("outputs[%d]", r.index), "the recorded output is not produced", r.text, "")
		case i >= len(rv.results):
			p := pv.results[i]
			c.missing(fmt.Sprintf("produced.outputs[%d]", p.index), "an output is produced that is not recorded", "", p.text)
		default:
			r, p := rv.results[i], pv.results[i]
			path := fmt.Sprintf("outputs[%d].data[%q]", r.index, "text/plain")
			switch {
			case !r.hasText && !p.hasText:
			case !p.hasText:
				c.add(ResultMismatch, path, r.text, "", "no text/plain value is produced")
			case !r.hasText:
				c.add(ResultMismatch, path, "", p.text, "the recorded output has no text/plain value")
			default:
				c.text(ResultMismatch, path, "result", r.text, p.text, false)
			}
		}
	}

	c.compareErrors(rv, pv, raisesOK)
}

// errorsOnly judges only whether the cell raised as expected.
func (c *comparer) errorsOnly(recorded, produced []*ipynb.Output, raisesOK bool) {
	rv, pv := c.view(recorded), c.view(produced)
	c.rich = map[string]bool{}
	switch {
	case len(pv.errors) > 0 && len(rv.errors) == 0 && !raisesOK:
		e := pv.errors[0]
		c.add(UnexpectedError, fmt.Sprintf("produced.outputs[%d]", e.index), "", errText(e),
			"the cell raised "+errText(e))
	case len(pv.errors) == 0 && raisesOK:
		c.add(MissingError, "", "", "", "the cell is marked raises-exception but did not raise")
	}
}

func (c *comparer) compareErrors(rv, pv outputView, raisesOK bool) {
	for i := 0; i < max(len(rv.errors), len(pv.errors)); i++ {
		switch {
		case i >= len(pv.errors):
			r := rv.errors[i]
			c.add(MissingError, fmt.Sprintf("outputs[%d]", r.index), errText(r), "",
				"the recorded error "+errText(r)+" is not raised")
		case i >= len(rv.errors):
			p := pv.errors[i]
			if raisesOK {
				continue
			}
			c.add(UnexpectedError, fmt.Sprintf("produced.outputs[%d]", p.index), "", errText(p),
				"the cell raised "+errText(p))
		default:
			r, p := rv.errors[i], pv.errors[i]
			c.text(ErrorMismatch, fmt.Sprintf("outputs[%d]", r.index), "error", errText(r), errText(p), false)
		}
	}
	if raisesOK && len(pv.errors) == 0 && len(rv.errors) == 0 {
		c.add(MissingError, "", "", "", "the cell is marked raises-exception but did not raise")
	}
}

// errText is how an error is compared and shown: "ename: evalue".
func errText(e errorOut) string {
	if e.evalue == "" {
		return e.ename
	}
	return e.ename + ": " + e.evalue
}

func (c *comparer) missing(path, msg, want, got string) {
	c.add(OutputCount, path, want, got, msg)
	c.diffs = append(c.diffs, c.prefix+path+" "+Diff(want, got))
}

// text compares one channel's recorded and produced texts. what names the
// channel in messages ("stdout", "result", "error").
func (c *comparer) text(code Code, path, what, want, got string, stream bool) {
	w, g := c.norm.text(want, stream), c.norm.text(got, stream)
	if w == g {
		if want != got {
			c.normalized = true
		}
		return
	}
	floats := c.norm.on&Floats != 0
	nc := compareNumbers(w, g, floats, c.norm.tol)
	switch {
	case nc.rel == near:
		c.normalized = true
		c.norm.used |= nc.used
		return
	case nc.rel == drifted:
		c.add(Drift, path, w, g, fmt.Sprintf("%s: numbers differ beyond tolerance (recorded %s, produced %s%s)",
			what, nc.bad.want, nc.bad.got, zeroTimingHint(nc.bad)))
	case sameLines(w, g, floats, c.norm.tol):
		c.add(LinesReordered, path, w, g, what+": the same lines in another order")
	case nc.rel == ints:
		c.add(code, path, w, g, fmt.Sprintf("%s differs from the recorded output only in numbers (recorded %s, produced %s)",
			what, nc.bad.want, nc.bad.got))
	default:
		c.add(code, path, w, g, what+" differs from the recorded output")
	}
	c.diffs = append(c.diffs, c.prefix+path+" "+Diff(w, g))
}

// zeroTimingHint explains a drift to a produced zero from a recorded
// nonzero value, which is most often a measured duration of computation:
// nbcheck's virtual clock moves only with sleeps and waits.
func zeroTimingHint(p numberPair) string {
	want, errW := parseNumber(p.want)
	got, errG := parseNumber(p.got)
	if errW != nil || errG != nil || got != 0 || want == 0 {
		return ""
	}
	return "; if it is a timing: computation takes no time on nbcheck's virtual clock"
}

// sameLines reports whether a and b hold the same lines (numbers within
// tolerance) in another order. Texts of more than maxReorderLines lines
// are not examined.
func sameLines(a, b string, floats bool, tol Tolerance) bool {
	la, lb := strings.Split(strings.TrimSuffix(a, "\n"), "\n"), strings.Split(strings.TrimSuffix(b, "\n"), "\n")
	if len(la) != len(lb) || len(la) < 2 || len(la) > maxReorderLines {
		return false
	}
	if strings.HasSuffix(a, "\n") != strings.HasSuffix(b, "\n") {
		return false
	}
	used := make([]bool, len(lb))
next:
	for _, x := range la {
		for j, y := range lb {
			if used[j] {
				continue
			}
			if rel := compareNumbers(x, y, floats, tol).rel; rel == same || rel == near {
				used[j] = true
				continue next
			}
		}
		return false
	}
	return true
}

// maxReorderLines bounds the quadratic search of sameLines.
const maxReorderLines = 2000

// streamNames returns the stream names on either side: stdout, stderr,
// then others sorted.
func streamNames(a, b outputView) []string {
	set := map[string]bool{}
	for n := range a.streams {
		set[n] = true
	}
	for n := range b.streams {
		set[n] = true
	}
	var names []string
	for _, n := range []string{"stdout", "stderr"} {
		if set[n] {
			names = append(names, n)
			delete(set, n)
		}
	}
	var rest []string
	for n := range set {
		rest = append(rest, n)
	}
	sort.Strings(rest)
	return append(names, rest...)
}

func streamPath(rv, pv outputView, name string) string {
	if i, ok := rv.streamFirst[name]; ok {
		return fmt.Sprintf("outputs[%d].text", i)
	}
	return fmt.Sprintf("produced.outputs[%d].text", pv.streamFirst[name])
}

// firstError returns the first error output of outs, or nil.
func firstError(outs []*ipynb.Output) *ipynb.Output {
	for _, o := range outs {
		if o.Type == ipynb.Error {
			return o
		}
	}
	return nil
}
