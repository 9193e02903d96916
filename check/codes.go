package check

// This file defines the finding codes. Codes are stable: a code is never
// reused for another meaning, and removed codes stay reserved. When adding
// a code, add its constant and its entry in Codes together (the test
// TestCodesTable checks that they stay in step).

import (
	"fmt"
	"sort"
)

// Code identifies a kind of finding: "NB" and three digits.
type Code string

// The finding codes. NB1xx are about outputs, NB2xx about how the cell ran,
// NB3xx about markers.
const (
	StreamMismatch   Code = "NB101"
	ResultMismatch   Code = "NB102"
	ErrorMismatch    Code = "NB103"
	UnexpectedError  Code = "NB104"
	MissingError     Code = "NB105"
	Drift            Code = "NB106"
	LinesReordered   Code = "NB107"
	OutputCount      Code = "NB108"
	NormalizedMatch  Code = "NB110"
	RichOutput       Code = "NB111"
	CellUnsupported  Code = "NB201"
	CellNotRun       Code = "NB202"
	CellSkipped      Code = "NB203"
	NoOutputRecorded Code = "NB204"
	BadMarker        Code = "NB301"
	UnneededMarker   Code = "NB302"
)

// Severity says how much a finding matters.
type Severity string

// The severities. Only SeverityError findings make a cell fail.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// CodeDoc documents one finding code, for reports and `nbcheck -explain`.
type CodeDoc struct {
	Code     Code
	Title    string // one line, lowercase, no final period
	Severity Severity
	Doc      string // one paragraph
}

// Codes lists every finding code, sorted by code.
var Codes = []CodeDoc{
	{StreamMismatch, "stream output differs", SeverityError,
		"The text the cell printed to stdout (or stderr) is not the text the notebook recorded. " +
			"Consecutive stream outputs of one name are joined, carriage returns and backspaces are " +
			"applied as a terminal shows them, and the normalisations in effect are applied to both " +
			"sides before comparing; the diff shows the normalised texts (-recorded +produced). " +
			"Either the recorded output is stale (rerun with `nbcheck run` to regenerate it) or the code " +
			"now prints something else. When the texts differ only in numbers and some pair of integers " +
			"differs (integers are compared exactly), the message names the first such pair: a count " +
			"that depends on thread timing or an unseeded random number looks like this."},
	{ResultMismatch, "result differs", SeverityError,
		"The text/plain value of an execute_result (the value of the cell's last expression) or of a " +
			"display_data output is not the recorded one. Other MIME types (HTML, images) are not judged."},
	{ErrorMismatch, "error differs", SeverityError,
		"The cell raised a different exception from the one recorded: the exception name (ename) or " +
			"its message (evalue) differ. Tracebacks are not compared, since they name files and " +
			"lines that differ between machines."},
	{UnexpectedError, "cell raised an exception", SeverityError,
		"The cell raised an exception, and the notebook recorded no error for it and has no " +
			"raises-exception marker. If the error is intended, tag the cell `raises-exception` " +
			"(or add a `# NBVAL_RAISES_EXCEPTION` comment) and record its output."},
	{MissingError, "expected error not raised", SeverityError,
		"The notebook recorded an error for this cell, or marked it `raises-exception` / " +
			"`# NBVAL_RAISES_EXCEPTION`, but the cell ran to its end without raising. A cell that is " +
			"expected to fail fails the check when it stops failing."},
	{Drift, "numbers drifted beyond tolerance", SeverityError,
		"The recorded and produced texts are the same except for numbers, at least one of each " +
			"differing pair being a float, and some pair differs by more than the float tolerance " +
			"(|a-b| <= max(abs_tol, rel_tol*max(|a|,|b|)); defaults rel 0.02, abs 0.03). Typical causes " +
			"are timings and random values. A duration printed as str(timedelta) (\"0:00:01.500000\") " +
			"is one number, its seconds. When the produced number is 0 and the recorded one is not, the " +
			"message adds that computation takes no time on nbcheck's virtual clock: a measured duration " +
			"of code that does not sleep or wait reads 0. Widen the tolerance, seed the randomness, mark " +
			"the cell `# NBVAL_IGNORE_OUTPUT`, or add a sanitizer."},
	{LinesReordered, "same lines in another order", SeverityError,
		"The recorded and produced texts hold the same lines (as a multiset, numbers compared within " +
			"tolerance) in a different order. This is common in concurrency tutorials whose recorded " +
			"output came from a real scheduler; nbcheck's scheduler is deterministic. If the order is " +
			"not the point of the cell, mark it `# NBVAL_IGNORE_OUTPUT`."},
	{OutputCount, "output missing or extra", SeverityError,
		"The recorded and produced cells have a different number of execute_result/display_data " +
			"outputs, so one side has an output the other lacks."},
	{NormalizedMatch, "matched after normalisation", SeverityInfo,
		"The outputs agree only after normalisation (memory addresses, floats within tolerance, ANSI " +
			"codes, trailing whitespace, line endings, timings, timestamps, cell file names, " +
			"garbage-collector warnings, random UUIDs or user sanitizers). The message names the " +
			"normalisations that made the difference."},
	{RichOutput, "rich output not judged", SeverityInfo,
		"An output holds MIME types other than text/plain (images, HTML, JSON...). They are kept in " +
			"the notebook but not compared; only text/plain is judged."},
	{CellUnsupported, "cell not supported", SeverityWarning,
		"nbcheck cannot run this cell: it uses a feature that the embedded interpreter does not " +
			"support (the message names it). The recorded output is neither confirmed nor refuted."},
	{CellNotRun, "cell not run", SeverityWarning,
		"The cell was not run, for the reason given (for example an earlier cell stopped the kernel, " +
			"or the notebook's time limit was reached)."},
	{CellSkipped, "cell skipped", SeverityInfo,
		"The cell was skipped on purpose: an `# NBVAL_SKIP` comment, an `nbval-skip` or " +
			"`skip-execution` tag, or the notebook's `nbcheck.skip` metadata."},
	{NoOutputRecorded, "no recorded output", SeverityInfo,
		"The notebook has no outputs and no execution count for this cell: it was never run when " +
			"the notebook was saved, so there is nothing to compare. `nbcheck run` records outputs."},
	{BadMarker, "malformed marker", SeverityWarning,
		"A marker comment or tag is misspelt, conflicts with another, or the cell's tags are not a " +
			"list of strings. nbval would ignore it silently or use the last of two conflicting markers; " +
			"nbcheck uses nbval's choice but reports it."},
	{UnneededMarker, "marker not needed", SeverityInfo,
		"The cell is marked `# NBVAL_IGNORE_OUTPUT` (or tagged `nbval-ignore-output`) but its " +
			"outputs match anyway. The marker may be left over; removing it lets nbcheck check the cell."},
}

// Explain returns the documentation of code, or an error that suggests the
// closest known code.
func Explain(code string) (CodeDoc, error) {
	for _, c := range Codes {
		if string(c.Code) == code {
			return c, nil
		}
	}
	names := make([]string, len(Codes))
	for i, c := range Codes {
		names[i] = string(c.Code)
	}
	if s := nearest(code, names); s != "" {
		return CodeDoc{}, fmt.Errorf("unknown code %q; did you mean %s?", code, s)
	}
	return CodeDoc{}, fmt.Errorf("unknown code %q", code)
}

// Doc returns the documentation of c; it panics if c is not in [Codes],
// which is a bug in nbcheck.
func (c Code) Doc() CodeDoc {
	i := sort.Search(len(Codes), func(i int) bool { return Codes[i].Code >= c })
	if i < len(Codes) && Codes[i].Code == c {
		return Codes[i]
	}
	panic(fmt.Sprintf("check: code %s has no entry in Codes", string(c)))
}
