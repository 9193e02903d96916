package check

// This file defines the verdict a cell gets. A cell gets exactly one; when
// several apply, the most severe wins, in the order of the constants below
// (error first).

// Verdict is the judgement on one cell. Its string values are part of
// nbcheck's reports and never change.
type Verdict string

// The verdicts, most severe first among those that compare outputs.
const (
	// Error: the cell raised an exception and no error was expected (none
	// recorded, no raises-exception marker).
	Error Verdict = "error"
	// Mismatch: the recorded output is not what the code prints.
	Mismatch Verdict = "mismatch"
	// NumericDrift: the texts differ only in numbers, at least one of
	// each differing pair a float, beyond the float tolerance.
	NumericDrift Verdict = "numeric drift"
	// Reordered: the texts hold the same lines in another order.
	Reordered Verdict = "reordered"
	// Match: the outputs agree, possibly after normalisation.
	Match Verdict = "match"
	// Unsupported: nbcheck cannot run the cell; the reason names the feature.
	Unsupported Verdict = "unsupported"
	// Skipped: a marker or the user said not to run the cell.
	Skipped Verdict = "skipped"
	// NotRun: the cell was not run, e.g. because the kernel stopped earlier.
	NotRun Verdict = "not run"
	// NoRecordedOutput: the notebook never ran the cell, so there is
	// nothing to compare with.
	NoRecordedOutput Verdict = "no recorded output"
)

// Verdicts lists every verdict, in the order of severity used to pick one.
var Verdicts = []Verdict{Error, Mismatch, NumericDrift, Reordered, Match, Unsupported, Skipped, NotRun, NoRecordedOutput}

// Fails reports whether the verdict means the notebook is wrong: error,
// mismatch, numeric drift and reordered fail; match, unsupported, skipped,
// not run and no recorded output do not (a report still lists them).
func (v Verdict) Fails() bool {
	switch v {
	case Error, Mismatch, NumericDrift, Reordered:
		return true
	}
	return false
}

// severity orders the verdicts that come from comparing: higher is worse.
func (v Verdict) severity() int {
	switch v {
	case Error:
		return 4
	case Mismatch:
		return 3
	case NumericDrift:
		return 2
	case Reordered:
		return 1
	}
	return 0
}
