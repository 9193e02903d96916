package main

// This file renders check results: the terminal report (stable, because
// goldens depend on it), JSON lines, JUnit XML and GitHub annotations.
// Reports are built from notebookReport values after every notebook has
// been checked, so their order never depends on the schedule.

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nbcheck/nbcheck/check"
)

// notebookReport is the outcome of checking one document.
type notebookReport struct {
	Path    string       // slash-separated, as printed
	Err     error        // the document could not be read or run at all
	Skipped string       // non-empty: the whole notebook was skipped, and why
	Cells   []cellReport // code cells, in notebook order
	Notes   []string     // things the user should know (e.g. magics skipped)
	// Crash says how a worker process died while running the notebook;
	// the cells it finished are still reported.
	Crash string
}

// cellReport is the verdict on one code cell.
type cellReport struct {
	Index  int // 0-based index in the notebook's cells
	Line   int // 1-based line in the file for Markdown documents; 0 otherwise
	Result check.Result
}

// position prints a cell's position as path:cells[i] or, for documents
// that have lines, path:LINE:cells[i].
func (c cellReport) position(path string) string {
	if c.Line > 0 {
		return fmt.Sprintf("%s:%d: cells[%d]", path, c.Line, c.Index)
	}
	return fmt.Sprintf("%s:cells[%d]", path, c.Index)
}

// tally counts verdicts for the summary line.
type tally struct{ passed, failed, skipped, errors int }

func (t *tally) add(r notebookReport) {
	if r.Crash != "" {
		t.errors++
	}
	if r.Err != nil {
		t.errors++
		return
	}
	for _, c := range r.Cells {
		switch {
		case c.Result.Failed():
			t.failed++
		case c.Result.Verdict == check.Match:
			t.passed++
		default:
			t.skipped++
		}
	}
}

func (t tally) String() string {
	s := fmt.Sprintf("%d passed, %d failed", t.passed, t.failed)
	if t.skipped > 0 {
		s += fmt.Sprintf(", %d skipped", t.skipped)
	}
	if t.errors > 0 {
		s += fmt.Sprintf(", %d notebooks not fully checked", t.errors)
	}
	return s
}

// writeText prints the terminal report: one line per notebook, then each
// failing cell's position, verdict, reason and diff, then the summary.
func writeText(w io.Writer, reports []notebookReport, color, verbose bool) tally {
	var t tally
	for _, r := range reports {
		t.add(r)
		if r.Err != nil {
			fmt.Fprintf(w, "%s: ERROR: %v\n", r.Path, r.Err)
			continue
		}
		if r.Skipped != "" {
			fmt.Fprintf(w, "%s: skipped (%s)\n", r.Path, r.Skipped)
			continue
		}
		counts := map[check.Verdict]int{}
		failed := false
		for _, c := range r.Cells {
			counts[c.Result.Verdict]++
			failed = failed || c.Result.Failed()
		}
		var parts []string
		for _, v := range check.Verdicts {
			if n := counts[v]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, v))
			}
		}
		status := "ok"
		if failed || r.Crash != "" {
			status = paint(color, "31", "FAIL")
		} else {
			status = paint(color, "32", status)
		}
		fmt.Fprintf(w, "%s: %s (%d code cells: %s)\n", r.Path, status, len(r.Cells), strings.Join(parts, ", "))
		if r.Crash != "" {
			fmt.Fprintf(w, "%s: ERROR: %s\n", r.Path, r.Crash)
		}
		for _, note := range r.Notes {
			fmt.Fprintf(w, "\tnote: %s\n", note)
		}
		for _, c := range r.Cells {
			res := c.Result
			if !verbose && !res.Failed() && res.Verdict != check.Unsupported && res.Verdict != check.NotRun {
				continue
			}
			line := fmt.Sprintf("%s: %s", c.position(r.Path), res.Verdict)
			if res.Reason != "" {
				line += ": " + res.Reason
			}
			if code := mainCode(res); code != "" {
				line += " (" + string(code) + ")"
			}
			fmt.Fprintln(w, line)
			if res.Diff != "" {
				for _, d := range strings.Split(strings.TrimRight(res.Diff, "\n"), "\n") {
					fmt.Fprintf(w, "\t%s\n", colorDiffLine(color, d))
				}
			}
		}
	}
	fmt.Fprintln(w, t.String())
	return t
}

// mainCode returns the code of the most severe finding of a result.
func mainCode(r check.Result) check.Code {
	rank := map[check.Severity]int{check.SeverityError: 3, check.SeverityWarning: 2, check.SeverityInfo: 1}
	var best check.Code
	bestRank := 0
	for _, f := range r.Findings {
		if n := rank[f.Severity()]; n > bestRank {
			best, bestRank = f.Code, n
		}
	}
	return best
}

func paint(color bool, code, s string) string {
	if !color {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func colorDiffLine(color bool, line string) string {
	switch {
	case strings.HasPrefix(line, "-"):
		return paint(color, "31", line)
	case strings.HasPrefix(line, "+"):
		return paint(color, "32", line)
	}
	return line
}

// jsonCell is one line of `-f json`: one object per code cell. Field names
// are stable: programs read them.
type jsonCell struct {
	Path     string        `json:"path"`
	Cell     int           `json:"cell"`
	Line     int           `json:"line,omitempty"`
	Verdict  string        `json:"verdict"`
	Reason   string        `json:"reason"`
	Failed   bool          `json:"failed"`
	Findings []jsonFinding `json:"findings,omitempty"`
	Diff     string        `json:"diff,omitempty"`
	Error    string        `json:"error,omitempty"`
}

type jsonFinding struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Path     string `json:"path"`
	Message  string `json:"message"`
}

// writeJSON prints one JSON object per code cell, and one per notebook
// that could not be checked (cell -1, with "error").
func writeJSON(w io.Writer, reports []notebookReport) tally {
	var t tally
	enc := json.NewEncoder(w)
	for _, r := range reports {
		t.add(r)
		if r.Err != nil {
			enc.Encode(jsonCell{Path: r.Path, Cell: -1, Verdict: "not run", Reason: r.Err.Error(), Error: r.Err.Error()})
			continue
		}
		for _, c := range r.Cells {
			jc := jsonCell{Path: r.Path, Cell: c.Index, Line: c.Line, Verdict: string(c.Result.Verdict),
				Reason: c.Result.Reason, Failed: c.Result.Failed(), Diff: c.Result.Diff}
			for _, f := range c.Result.Findings {
				jc.Findings = append(jc.Findings, jsonFinding{Code: string(f.Code), Severity: string(f.Severity()), Path: f.Path, Message: f.Msg})
			}
			enc.Encode(jc)
		}
	}
	return t
}

// JUnit XML, one testsuite per notebook and one testcase per code cell.
type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Tests   int          `xml:"tests,attr"`
	Fails   int          `xml:"failures,attr"`
	Errors  int          `xml:"errors,attr"`
	Skipped int          `xml:"skipped,attr"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name    string      `xml:"name,attr"`
	Tests   int         `xml:"tests,attr"`
	Fails   int         `xml:"failures,attr"`
	Errors  int         `xml:"errors,attr"`
	Skipped int         `xml:"skipped,attr"`
	Cases   []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Body    string `xml:",chardata"`
}

func writeJUnit(path string, reports []notebookReport) error {
	var all junitSuites
	for _, r := range reports {
		s := junitSuite{Name: r.Path}
		if r.Err != nil {
			s.Tests, s.Errors = 1, 1
			s.Cases = append(s.Cases, junitCase{Name: "notebook", ClassName: r.Path,
				Error: &junitMessage{Message: r.Err.Error(), Type: "not run"}})
		}
		for _, c := range r.Cells {
			tc := junitCase{Name: fmt.Sprintf("cells[%d]", c.Index), ClassName: r.Path}
			res := c.Result
			msg := string(res.Verdict)
			if res.Reason != "" {
				msg += ": " + res.Reason
			}
			switch {
			case res.Verdict == check.Error:
				tc.Error = &junitMessage{Message: msg, Type: string(res.Verdict), Body: res.Diff}
				s.Errors++
			case res.Failed():
				tc.Failure = &junitMessage{Message: msg, Type: string(res.Verdict), Body: res.Diff}
				s.Fails++
			case res.Verdict != check.Match:
				tc.Skipped = &junitMessage{Message: msg}
				s.Skipped++
			}
			s.Tests++
			s.Cases = append(s.Cases, tc)
		}
		all.Tests += s.Tests
		all.Fails += s.Fails
		all.Errors += s.Errors
		all.Skipped += s.Skipped
		all.Suites = append(all.Suites, s)
	}
	data, err := xml.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	data = append([]byte(xml.Header), append(data, '\n')...)
	return os.WriteFile(path, data, 0o644)
}

// writeGitHub prints GitHub Actions annotations for failing cells and
// unreadable notebooks.
func writeGitHub(w io.Writer, reports []notebookReport) {
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "%", "%25")
		s = strings.ReplaceAll(s, "\r", "%0D")
		return strings.ReplaceAll(s, "\n", "%0A")
	}
	escProp := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(esc(s), ":", "%3A"), ",", "%2C")
	}
	for _, r := range reports {
		if r.Err != nil {
			fmt.Fprintf(w, "::error file=%s::%s\n", escProp(r.Path), esc(r.Err.Error()))
			continue
		}
		for _, c := range r.Cells {
			if !c.Result.Failed() {
				continue
			}
			loc := "file=" + escProp(r.Path)
			if c.Line > 0 {
				loc += fmt.Sprintf(",line=%d", c.Line)
			}
			msg := fmt.Sprintf("cells[%d]: %s", c.Index, c.Result.Verdict)
			if c.Result.Reason != "" {
				msg += ": " + c.Result.Reason
			}
			if c.Result.Diff != "" {
				msg += "\n" + c.Result.Diff
			}
			fmt.Fprintf(w, "::error %s,title=nbcheck %s::%s\n", loc, c.Result.Verdict, esc(msg))
		}
	}
}
