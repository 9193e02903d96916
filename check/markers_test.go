package check_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
)

func TestMarkers(t *testing.T) {
	tests := []struct {
		name    string
		source  string
		tags    any // marshalled into metadata.tags when not nil
		want    check.CellMarkers
		wantErr string
		reason  string
	}{
		{name: "none", source: "print(1)", reason: "a plain cell has no markers"},
		{name: "skip-comment", source: "# NBVAL_SKIP\nimport requests",
			want: check.CellMarkers{Skip: true, From: []string{"# NBVAL_SKIP (line 1)"}}, reason: "nbval's skip comment"},
		{name: "comment-any-line", source: "x = 1\n  #  NBVAL_IGNORE_OUTPUT  \nprint(x)",
			want:   check.CellMarkers{IgnoreOutput: true, From: []string{"# NBVAL_IGNORE_OUTPUT (line 2)"}},
			reason: "like nbval, any comment line counts, with any indentation and spacing"},
		{name: "double-hash", source: "## NBVAL_RAISES_EXCEPTION\n1/0",
			want: check.CellMarkers{RaisesException: true, From: []string{"# NBVAL_RAISES_EXCEPTION (line 1)"}}, reason: "leading #s are all stripped"},
		{name: "legacy", source: "# PYTEST_VALIDATE_IGNORE_OUTPUT",
			want: check.CellMarkers{IgnoreOutput: true, From: []string{"# PYTEST_VALIDATE_IGNORE_OUTPUT (line 1)"}}, reason: "nbval keeps the old spelling"},
		{name: "check-comment", source: "# NBVAL_CHECK_OUTPUT",
			want: check.CellMarkers{CheckOutput: true, From: []string{"# NBVAL_CHECK_OUTPUT (line 1)"}}, reason: "check-output for lax mode"},
		{name: "not-a-comment", source: "s = '# NBVAL_SKIP'", reason: "markers must be comment lines"},
		{name: "tags", tags: []string{"nbval-ignore-output", "raises-exception"},
			want:   check.CellMarkers{IgnoreOutput: true, RaisesException: true, From: []string{"tag nbval-ignore-output", "tag raises-exception"}},
			reason: "nbval tags and Jupyter's raises-exception"},
		{name: "skip-execution", tags: []string{"skip-execution"},
			want: check.CellMarkers{Skip: true, From: []string{"tag skip-execution"}}, reason: "Jupyter's skip-execution tag"},
		{name: "nbval-skip-tag", tags: []string{"hide-input", "nbval-skip"},
			want: check.CellMarkers{Skip: true, From: []string{"tag nbval-skip"}}, reason: "other tags are left alone"},
		{name: "misspelt-comment", source: "# NBVAL_IGNORE_OUPUT",
			wantErr: `line 1: unknown marker "NBVAL_IGNORE_OUPUT"; did you mean NBVAL_IGNORE_OUTPUT?`, reason: "nbval would silently ignore a typo"},
		{name: "lowercase-comment", source: "# nbval_skip",
			wantErr: `line 1: unknown marker "nbval_skip"; did you mean NBVAL_SKIP?`, reason: "nbval markers are case-sensitive"},
		{name: "marker-with-text", source: "# NBVAL_IGNORE_OUTPUT: timings vary",
			wantErr: `line 1: marker NBVAL_IGNORE_OUTPUT must stand alone on its comment line (nbval ignores "# NBVAL_IGNORE_OUTPUT: timings vary"); it is not applied`,
			reason:  "nbval needs the marker alone on its line"},
		{name: "conflict-comments", source: "# NBVAL_IGNORE_OUTPUT\n# NBVAL_CHECK_OUTPUT",
			want:    check.CellMarkers{CheckOutput: true, From: []string{"# NBVAL_CHECK_OUTPUT (line 2)"}},
			wantErr: "line 2: conflicting markers # NBVAL_IGNORE_OUTPUT (line 1) and # NBVAL_CHECK_OUTPUT (line 2): the last one is used",
			reason:  "nbval uses the last of conflicting markers"},
		{name: "conflict-comment-tag", source: "# NBVAL_CHECK_OUTPUT", tags: []string{"nbval-ignore-output"},
			want:    check.CellMarkers{CheckOutput: true, From: []string{"# NBVAL_CHECK_OUTPUT (line 1)"}},
			wantErr: "tag nbval-ignore-output conflicts with # NBVAL_CHECK_OUTPUT (line 1): the comment is used",
			reason:  "nbval prefers comments over tags"},
		{name: "misspelt-tag", tags: []string{"raises-exceptions"},
			wantErr: `unknown tag "raises-exceptions"; did you mean "raises-exception"?`, reason: "a near-miss tag is reported"},
		{name: "tags-not-list", tags: "nbval-skip",
			wantErr: "metadata.tags is not a list of strings; tags are ignored", reason: "nbval warns and ignores"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cell := &ipynb.Cell{Type: ipynb.Code, Source: tt.source}
			if tt.tags != nil {
				raw, _ := json.Marshal(tt.tags)
				cell.Metadata = ipynb.RawObject{"tags": raw}
			}
			got, err := check.Markers(cell)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("markers (-want +got):\n%s(%s)", d, tt.reason)
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Errorf("error %q, want %q (%s)", gotErr, tt.wantErr, tt.reason)
			}
		})
	}
}

func TestNotebookMarkers(t *testing.T) {
	tests := []struct {
		name     string
		metadata string // the notebook's metadata.nbcheck, raw JSON; "" for none
		tag      string // a tag on the second cell
		skip     bool
		reason   string
		wantErr  string
		why      string
	}{
		{name: "none", why: "a notebook without settings is checked"},
		{name: "metadata-skip", metadata: `{"skip": true, "reason": "needs network"}`, skip: true, reason: "needs network", why: "skip with a reason"},
		{name: "metadata-skip-no-reason", metadata: `{"skip": true}`, skip: true, reason: "metadata nbcheck.skip", why: "the reason defaults to the key"},
		{name: "metadata-no-skip", metadata: `{"skip": false}`, why: "skip false checks the notebook"},
		{name: "tag", tag: check.SkipNotebookTag, skip: true, reason: "tag nbcheck-skip-notebook on cells[1]", why: "the tag on any cell skips the notebook"},
		{name: "unknown-key", metadata: `{"skipp": true}`, wantErr: `metadata.nbcheck: unknown key "skipp"; did you mean "skip"?`, why: "typos are errors"},
		{name: "wrong-type", metadata: `{"skip": "yes"}`, wantErr: "metadata.nbcheck.skip: got string, want bool", why: "a wrong type names the key"},
		{name: "not-object", metadata: `true`, wantErr: "metadata.nbcheck: got bool, want an object", why: "the value must be an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := ipynb.NewNotebook()
			nb.AddCell(ipynb.Code, "x = 1")
			c := nb.AddCell(ipynb.Code, "y = 2")
			if tt.tag != "" {
				c.Metadata = ipynb.RawObject{"tags": json.RawMessage(`["` + tt.tag + `"]`)}
			}
			if tt.metadata != "" {
				nb.Metadata["nbcheck"] = json.RawMessage(tt.metadata)
			}
			m, err := check.ReadNotebookMarkers(nb)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Fatalf("error %q, want %q (%s)", gotErr, tt.wantErr, tt.why)
			}
			if err == nil && (m.Skip != tt.skip || m.Reason != tt.reason) {
				t.Errorf("got skip=%v reason=%q, want %v %q (%s)", m.Skip, m.Reason, tt.skip, tt.reason, tt.why)
			}
		})
	}
}
