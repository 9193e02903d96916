package check_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
)

func stdout(s string) *ipynb.Output { return ipynb.NewStream("stdout", s) }
func stderr(s string) *ipynb.Output { return ipynb.NewStream("stderr", s) }
func result(s string) *ipynb.Output {
	return ipynb.NewExecuteResult(1, ipynb.MimeBundle{"text/plain": jsonString(s)})
}
func errorOut(ename, evalue string) *ipynb.Output {
	return ipynb.NewError(ename, evalue, []string{"Traceback (most recent call last):", "  File \"/home/me/x.py\", line 1"})
}
func jsonString(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}
func outs(o ...*ipynb.Output) []*ipynb.Output { return o }

// codeCell returns a code cell with source, tags, and recorded outputs,
// executed (execution_count 1).
func codeCell(source string, tags []string, recorded ...*ipynb.Output) *ipynb.Cell {
	one := 1
	c := &ipynb.Cell{Type: ipynb.Code, Source: source, ExecutionCount: &one, Outputs: recorded}
	if tags != nil {
		raw, _ := json.Marshal(tags)
		c.Metadata = ipynb.RawObject{"tags": raw}
	}
	return c
}

func mustSanitizer(t *testing.T, regex, replace string) check.Sanitizer {
	t.Helper()
	s, err := check.NewSanitizer(regex, replace)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// failCodes returns the codes of findings of severity error or warning.
func failCodes(r check.Result) []check.Code {
	var codes []check.Code
	for _, f := range r.Findings {
		if f.Severity() != check.SeverityInfo {
			codes = append(codes, f.Code)
		}
	}
	return codes
}

func infoCodes(r check.Result) []check.Code {
	var codes []check.Code
	for _, f := range r.Findings {
		if f.Severity() == check.SeverityInfo {
			codes = append(codes, f.Code)
		}
	}
	return codes
}

func TestCheckCell(t *testing.T) {
	never := &ipynb.Cell{Type: ipynb.Code, Source: "print('hi')"}
	tests := []struct {
		name      string
		in        check.CellInput
		opts      check.Options
		want      check.Verdict
		wantCodes []check.Code // findings of severity error and warning
		wantInfo  []check.Code
		flags     string // letters: N normalized, I ignored, R rich not judged
		reason    string
	}{
		{
			name: "match-exact", want: check.Match,
			in:     check.CellInput{Cell: codeCell("print(1)", nil, stdout("1\n")), Produced: outs(stdout("1\n"))},
			reason: "identical stdout is a match with no note",
		},
		{
			name: "match-coalesced-streams", want: check.Match,
			in:     check.CellInput{Cell: codeCell("", nil, stdout("a\n"), stdout("b\n")), Produced: outs(stdout("a\nb\n"))},
			reason: "Jupyter splits stream text into a varying number of outputs; they are joined",
		},
		{
			name: "match-carriage-return", want: check.Match, flags: "N",
			in:     check.CellInput{Cell: codeCell("", nil, stdout("100%\n")), Produced: outs(stdout("  0%\r 50%\r100%\n"))},
			reason: "progress lines rewritten with \\r show their last state, as on a terminal",
		},
		{
			name: "match-timing-float", want: check.Match, flags: "N", wantInfo: []check.Code{check.NormalizedMatch},
			in: check.CellInput{Cell: codeCell("", nil, stdout("Time elapsed = 1.508040428161621\n")),
				Produced: outs(stdout("Time elapsed = 1.5\n"))},
			reason: "a recorded wall-clock timing matches the virtual clock's exact value within tolerance",
		},
		{
			name: "match-timing-float-2", want: check.Match, flags: "N",
			in: check.CellInput{Cell: codeCell("", nil, stdout("time took :  1.0147268772125244\n")),
				Produced: outs(stdout("time took :  1.0\n"))},
			reason: "the brief's second timing example",
		},
		{
			name: "drift-timing", want: check.NumericDrift, wantCodes: []check.Code{check.Drift},
			in: check.CellInput{Cell: codeCell("", nil, stdout("took 2.51 s\n")),
				Produced: outs(stdout("took 1.0 s\n"))},
			reason: "the same text with a float far beyond tolerance is numeric drift, not mismatch",
		},
		{
			name: "integers-mismatch", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch},
			in: check.CellInput{Cell: codeCell("", nil, stdout("total = 10\n")),
				Produced: outs(stdout("total = 15\n"))},
			reason: "integers are compared exactly: a different count is a wrong output, not drift",
		},
		{
			name: "match-address", want: check.Match, flags: "N",
			in: check.CellInput{Cell: codeCell("", nil, result("<function main at 0x7f3a2c1b0d30>")),
				Produced: outs(result("<function main at 0xc000123456>"))},
			reason: "memory addresses differ between runs",
		},
		{
			name: "mismatch-address-off", want: check.Mismatch, wantCodes: []check.Code{check.ResultMismatch},
			opts: check.Options{Disable: check.Addresses},
			in: check.CellInput{Cell: codeCell("", nil, result("<function main at 0x7f3a2c1b0d30>")),
				Produced: outs(result("<function main at 0xc000123456>"))},
			reason: "with the Addresses normalisation off, addresses must match",
		},
		{
			name: "reordered", want: check.Reordered, wantCodes: []check.Code{check.LinesReordered},
			in: check.CellInput{Cell: codeCell("", nil, stdout("worker 1 done\nworker 2 done\nworker 3 done\n")),
				Produced: outs(stdout("worker 2 done\nworker 1 done\nworker 3 done\n"))},
			reason: "threads finishing in another order print the same lines in another order",
		},
		{
			name: "mismatch-text", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch},
			in: check.CellInput{Cell: codeCell("", nil, stdout("hello\n")),
				Produced: outs(stdout("goodbye\n"))},
			reason: "different text is a mismatch",
		},
		{
			name: "mismatch-stderr", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch},
			in: check.CellInput{Cell: codeCell("", nil, stdout("ok\n"), stderr("warning: x\n")),
				Produced: outs(stdout("ok\n"))},
			reason: "stderr is compared by default",
		},
		{
			name: "match-stderr-ignored", want: check.Match, opts: check.Options{IgnoreStderr: true},
			in: check.CellInput{Cell: codeCell("", nil, stdout("ok\n"), stderr("warning: x\n")),
				Produced: outs(stdout("ok\n"))},
			reason: "IgnoreStderr leaves stderr out",
		},
		{
			name: "match-ansi", want: check.Match, flags: "N",
			in: check.CellInput{Cell: codeCell("", nil, stdout("\x1b[31mred\x1b[0m\n")),
				Produced: outs(stdout("red\n"))},
			reason: "ANSI colour codes are stripped",
		},
		{
			name: "mismatch-ansi-off", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch},
			opts: check.Options{Disable: check.ANSI},
			in: check.CellInput{Cell: codeCell("", nil, stdout("\x1b[31mred\x1b[0m\n")),
				Produced: outs(stdout("red\n"))},
			reason: "with ANSI off, escape codes count",
		},
		{
			name: "match-trailing-space", want: check.Match, flags: "N",
			in: check.CellInput{Cell: codeCell("", nil, stdout("a  \nb\t\n")),
				Produced: outs(stdout("a\nb\n"))},
			reason: "trailing spaces and tabs are removed",
		},
		{
			name: "match-sanitizer", want: check.Match, flags: "N",
			opts: check.Options{Sanitizers: []check.Sanitizer{mustSanitizer(t, `pid=\d+`, "pid=N")}},
			in: check.CellInput{Cell: codeCell("", nil, stdout("pid=1234\n")),
				Produced: outs(stdout("pid=99\n"))},
			reason: "user sanitizers apply to both sides",
		},
		{
			name: "mismatch-result", want: check.Mismatch, wantCodes: []check.Code{check.ResultMismatch},
			in: check.CellInput{Cell: codeCell("", nil, result("(1, 2)")),
				Produced: outs(result("(1)"))},
			reason: "the last expression's value is compared by text/plain",
		},
		{
			name: "mismatch-extra-result", want: check.Mismatch, wantCodes: []check.Code{check.OutputCount},
			in: check.CellInput{Cell: codeCell("", nil, stdout("x\n")),
				Produced: outs(stdout("x\n"), result("42"))},
			reason: "a produced value that is not recorded",
		},
		{
			name: "rich-not-judged", want: check.Match, flags: "R", wantInfo: []check.Code{check.RichOutput},
			in: check.CellInput{Cell: codeCell("", nil, ipynb.NewDisplayData(ipynb.MimeBundle{
				"text/plain": jsonString("<Figure size 640x480 with 1 Axes>"), "image/png": jsonString("iVBORw0KGgo=")})),
				Produced: outs(ipynb.NewDisplayData(ipynb.MimeBundle{"text/plain": jsonString("<Figure size 640x480 with 1 Axes>")}))},
			reason: "images are kept but not judged, and the result says so",
		},
		{
			name: "error-unexpected", want: check.Error, wantCodes: []check.Code{check.UnexpectedError},
			in: check.CellInput{Cell: codeCell("1/0", nil),
				Produced: outs(errorOut("ZeroDivisionError", "division by zero"))},
			reason: "the cell raised and nothing was recorded",
		},
		{
			name: "error-status-raised", want: check.Error, wantCodes: []check.Code{check.UnexpectedError},
			in:     check.CellInput{Cell: codeCell("f()", nil), Status: check.StatusRaised, Reason: "RecursionError"},
			reason: "a raise reported only by the status still counts",
		},
		{
			name: "match-recorded-error", want: check.Match,
			in: check.CellInput{Cell: codeCell("1/0", nil, errorOut("ZeroDivisionError", "division by zero")),
				Produced: outs(errorOut("ZeroDivisionError", "division by zero"))},
			reason: "the same error as recorded; tracebacks are not compared",
		},
		{
			name: "mismatch-error-value", want: check.Mismatch, wantCodes: []check.Code{check.ErrorMismatch},
			in: check.CellInput{Cell: codeCell("", nil, errorOut("RuntimeError", "This event loop is already running")),
				Produced: outs(errorOut("RuntimeError", "asyncio.run() cannot be called from a running event loop"))},
			reason: "errors are compared by ename and evalue",
		},
		{
			name: "missing-recorded-error", want: check.Mismatch, wantCodes: []check.Code{check.MissingError},
			in: check.CellInput{Cell: codeCell("", nil, errorOut("KeyError", "'x'")),
				Produced: outs()},
			reason: "the notebook recorded an error that the code no longer raises",
		},
		{
			name: "raises-marker-ok", want: check.Match,
			in: check.CellInput{Cell: codeCell("# NBVAL_RAISES_EXCEPTION\n1/0", nil),
				Produced: outs(errorOut("ZeroDivisionError", "division by zero"))},
			reason: "an error is allowed in a cell marked to raise, even with no recorded error",
		},
		{
			name: "raises-tag-missing", want: check.Mismatch, wantCodes: []check.Code{check.MissingError},
			in: check.CellInput{Cell: codeCell("x = 1", []string{"raises-exception"}),
				Produced: outs()},
			reason: "a cell expected to raise fails when it stops raising",
		},
		{
			name: "ignore-output", want: check.Match, flags: "I",
			in: check.CellInput{Cell: codeCell("# NBVAL_IGNORE_OUTPUT\nprint(time.time())", nil, stdout("1700000000.1\n")),
				Produced: outs(stdout("0.0\n"))},
			reason: "outputs of a cell marked NBVAL_IGNORE_OUTPUT are not compared",
		},
		{
			name: "ignore-output-unneeded", want: check.Match, flags: "I", wantInfo: []check.Code{check.UnneededMarker},
			in: check.CellInput{Cell: codeCell("print(1)", []string{"nbval-ignore-output"}, stdout("1\n")),
				Produced: outs(stdout("1\n"))},
			reason: "an ignore marker on a cell whose output matches anyway is reported as not needed",
		},
		{
			name: "ignore-output-error", want: check.Error, wantCodes: []check.Code{check.UnexpectedError},
			in: check.CellInput{Cell: codeCell("# NBVAL_IGNORE_OUTPUT\n1/0", nil),
				Produced: outs(errorOut("ZeroDivisionError", "division by zero"))},
			reason: "ignoring output does not ignore exceptions",
		},
		{
			name: "lax-unmarked", want: check.Match, flags: "I", opts: check.Options{Lax: true},
			in: check.CellInput{Cell: codeCell("", nil, stdout("a\n")),
				Produced: outs(stdout("b\n"))},
			reason: "in lax mode only marked cells are compared",
		},
		{
			name: "lax-unmarked-error", want: check.Error, wantCodes: []check.Code{check.UnexpectedError}, opts: check.Options{Lax: true},
			in: check.CellInput{Cell: codeCell("", nil, stdout("a\n")),
				Produced: outs(errorOut("NameError", "name 'x' is not defined"))},
			reason: "in lax mode an exception still fails the cell",
		},
		{
			name: "lax-check-output", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch}, opts: check.Options{Lax: true},
			in: check.CellInput{Cell: codeCell("# NBVAL_CHECK_OUTPUT\nprint('b')", nil, stdout("a\n")),
				Produced: outs(stdout("b\n"))},
			reason: "NBVAL_CHECK_OUTPUT cells are compared in lax mode",
		},
		{
			name: "skip-marker", want: check.Skipped, wantInfo: []check.Code{check.CellSkipped},
			in:     check.CellInput{Cell: codeCell("# NBVAL_SKIP\nimport requests", nil, stdout("x\n"))},
			reason: "NBVAL_SKIP cells are skipped",
		},
		{
			name: "skip-status", want: check.Skipped, wantInfo: []check.Code{check.CellSkipped},
			in:     check.CellInput{Cell: codeCell("", nil), Status: check.StatusSkipped, Reason: "notebook skipped"},
			reason: "the runner can skip a cell",
		},
		{
			name: "unsupported", want: check.Unsupported, wantCodes: []check.Code{check.CellUnsupported},
			in:     check.CellInput{Cell: codeCell("", nil, stdout("x\n")), Status: check.StatusUnsupported, Reason: "`match` statement is not supported"},
			reason: "a cell nbcheck cannot run is unsupported, never a wrong output",
		},
		{
			name: "not-run", want: check.NotRun, wantCodes: []check.Code{check.CellNotRun},
			in:     check.CellInput{Cell: codeCell("", nil, stdout("x\n")), Status: check.StatusNotRun, Reason: "an earlier cell stopped the kernel"},
			reason: "cells after a fatal stop are not run",
		},
		{
			name: "no-recorded-output", want: check.NoRecordedOutput, wantInfo: []check.Code{check.NoOutputRecorded},
			in:     check.CellInput{Cell: never, Produced: outs(stdout("hi\n"))},
			reason: "a cell the notebook never ran has nothing to compare",
		},
		{
			name: "no-recorded-output-error", want: check.NoRecordedOutput, wantCodes: nil, wantInfo: []check.Code{check.NoOutputRecorded},
			in:     check.CellInput{Cell: never, Produced: outs(errorOut("NameError", "name 'x' is not defined"))},
			reason: "a never-run cell recorded nothing to be wrong about; the reason names what it raises",
		},
		{
			name: "ran-printed-nothing", want: check.Mismatch, wantCodes: []check.Code{check.StreamMismatch},
			in:     check.CellInput{Cell: codeCell("print('hi')", nil), Produced: outs(stdout("hi\n"))},
			reason: "a cell that ran (execution count set) and recorded nothing must still print nothing",
		},
		{
			name: "bad-marker", want: check.Match, wantCodes: []check.Code{check.BadMarker},
			in:     check.CellInput{Cell: codeCell("# NBVAL_IGNORE_OUTPUTS\nprint(1)", nil, stdout("1\n")), Produced: outs(stdout("1\n"))},
			reason: "a misspelt marker is reported, and not applied",
		},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if seen[tt.name] || tt.reason == "" {
				t.Fatalf("duplicate name or missing reason")
			}
			seen[tt.name] = true
			r := check.CheckCell(tt.in, tt.opts)
			if r.Verdict != tt.want {
				t.Errorf("verdict %q, want %q (%s)\nreason: %s\nfindings: %v\n%s", r.Verdict, tt.want, tt.reason, r.Reason, r.Findings, r.Diff)
			}
			if d := cmp.Diff(tt.wantCodes, failCodes(r)); d != "" {
				t.Errorf("findings (-want +got):\n%s(%s)", d, tt.reason)
			}
			if tt.wantInfo != nil {
				if d := cmp.Diff(tt.wantInfo, infoCodes(r)); d != "" {
					t.Errorf("info findings (-want +got):\n%s(%s)", d, tt.reason)
				}
			}
			var flags string
			if r.Normalized {
				flags += "N"
			}
			if r.Ignored {
				flags += "I"
			}
			if r.RichNotJudged {
				flags += "R"
			}
			if flags != tt.flags {
				t.Errorf("flags %q, want %q (%s)", flags, tt.flags, tt.reason)
			}
			if r.Verdict.Fails() && r.Reason == "" {
				t.Errorf("failing verdict without a reason")
			}
			if r.Failed() != tt.want.Fails() {
				t.Errorf("Failed() = %v", r.Failed())
			}
			for _, f := range r.Findings {
				if !strings.HasPrefix(f.Path, "cells[0]") {
					t.Errorf("finding path %q lacks the cell", f.Path)
				}
			}
		})
	}
}

// TestCheckCellReport pins the reason, paths and diff of one mismatch.
func TestCheckCellReport(t *testing.T) {
	r := check.CheckCell(check.CellInput{
		Index:    3,
		Cell:     codeCell("", nil, stdout("start\n"), result("'a'"), stdout("end 0x7f3a2c1b0d30\n")),
		Produced: outs(stdout("start\nend 0xc000010000\n"), result("'b'")),
	}, check.Options{})
	if r.Verdict != check.Mismatch {
		t.Fatalf("verdict %q", r.Verdict)
	}
	want := []check.Finding{{
		Code: check.ResultMismatch, Path: `cells[3].outputs[1].data["text/plain"]`,
		Want: "'a'", Got: "'b'", Msg: "result differs from the recorded output",
	}, {
		Code: check.NormalizedMatch, Path: "cells[3]", Msg: "", // checked below
	}}
	if d := cmp.Diff(want[0], r.Findings[0]); d != "" {
		t.Errorf("finding (-want +got):\n%s", d)
	}
	if r.Reason != "result differs from the recorded output" {
		t.Errorf("reason %q", r.Reason)
	}
	wantDiff := "cells[3].outputs[1].data[\"text/plain\"] (-recorded +produced)\n- 'a'\n+ 'b'\n"
	if d := cmp.Diff(wantDiff, r.Diff); d != "" {
		t.Errorf("diff (-want +got):\n%s", d)
	}
}

func TestCompareWithoutCell(t *testing.T) {
	r := check.Compare(outs(stdout("x = 0.5031\n")), outs(stdout("x = 0.5\n")), check.Options{})
	if r.Verdict != check.Match || !r.Normalized || r.Reason != "matched after normalising floats" {
		t.Errorf("got %q normalized=%v reason=%q", r.Verdict, r.Normalized, r.Reason)
	}
	r = check.Compare(outs(stdout("a\n")), outs(stdout("b\n")), check.Options{})
	if len(r.Findings) != 1 || r.Findings[0].Path != "outputs[0].text" {
		t.Errorf("findings %v", r.Findings)
	}
}

// A cell whose skipped shell line printed what was recorded cannot be
// judged: it is unsupported, naming the line; when its outputs match, it
// matches.
func TestCheckCellSkippedLines(t *testing.T) {
	cell := codeCell("! python errormsg.py\nprint(1)", nil, stdout("python: can't open file\n1\n"))
	in := check.CellInput{Cell: cell, Index: 1, Produced: outs(stdout("1\n")), Skipped: []string{"! python errormsg.py"}}
	r := check.CheckCell(in, check.Options{})
	if r.Verdict != check.Unsupported || !strings.Contains(r.Reason, "`! python errormsg.py`") {
		t.Errorf("differing outputs: got %v %q, want unsupported naming the shell line", r.Verdict, r.Reason)
	}
	in.Skipped = nil
	if r := check.CheckCell(in, check.Options{}); r.Verdict != check.Mismatch {
		t.Errorf("without skipped lines: got %v, want mismatch", r.Verdict)
	}
	cell = codeCell("!pip install x\nprint(1)", nil, stdout("1\n"))
	in = check.CellInput{Cell: cell, Produced: outs(stdout("1\n")), Skipped: []string{"!pip install x"}}
	if r := check.CheckCell(in, check.Options{}); r.Verdict != check.Match {
		t.Errorf("matching outputs: got %v %q, want match", r.Verdict, r.Reason)
	}
}
