package check

// This file reads the markers that change how a cell is checked: nbval's
// comment markers and tags, and Jupyter's raises-exception and
// skip-execution tags, compatibly with nbval 0.11:
//
//   - A comment marker is a line of the cell that, once stripped of
//     surrounding whitespace, starts with "#", and whose text after the
//     leading "#"s and whitespace is exactly the marker name. Any line of
//     the cell counts, not only the first ones.
//   - Markers come in three kinds: output checking (IGNORE_OUTPUT or
//     CHECK_OUTPUT), RAISES_EXCEPTION and SKIP. When one kind is given
//     twice, the last one wins; comment markers win over tags.
//
// Where nbval would warn or silently ignore something (a misspelt marker,
// a marker with text after it, conflicting markers, tags that are not a
// list) Markers returns an error that says so, along with the markers as
// nbval would read them.

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/nbcheck/nbcheck/ipynb"
)

// CellMarkers are the markers of one cell.
type CellMarkers struct {
	// Skip: do not run the cell (# NBVAL_SKIP, tags nbval-skip and
	// skip-execution).
	Skip bool
	// RaisesException: the cell is expected to raise; it fails when it
	// does not (# NBVAL_RAISES_EXCEPTION, tags nbval-raises-exception and
	// raises-exception).
	RaisesException bool
	// IgnoreOutput: do not compare outputs, only check that the cell runs
	// (# NBVAL_IGNORE_OUTPUT, tag nbval-ignore-output).
	IgnoreOutput bool
	// CheckOutput: compare outputs even in lax mode (# NBVAL_CHECK_OUTPUT,
	// tag nbval-check-output). Never set together with IgnoreOutput.
	CheckOutput bool
	// From says where each marker in effect came from, e.g.
	// "# NBVAL_SKIP (line 2)" or "tag skip-execution".
	From []string
}

// markerKind is what a marker controls; the last marker of a kind wins.
type markerKind int

const (
	kindCheck markerKind = iota
	kindRaises
	kindSkip
)

type markerDef struct {
	kind  markerKind
	check bool // for kindCheck: compare (true) or ignore (false)
}

// commentMarkers are nbval's comment markers. tagMarkers are derived from
// them as nbval does (lowercase, "_" → "-"), plus Jupyter's own tags.
var commentMarkers = map[string]markerDef{
	"NBVAL_IGNORE_OUTPUT":           {kindCheck, false},
	"PYTEST_VALIDATE_IGNORE_OUTPUT": {kindCheck, false},
	"NBVAL_CHECK_OUTPUT":            {kindCheck, true},
	"NBVAL_RAISES_EXCEPTION":        {kind: kindRaises},
	"NBVAL_SKIP":                    {kind: kindSkip},
}

var tagMarkers = func() map[string]markerDef {
	m := map[string]markerDef{
		"raises-exception": {kind: kindRaises},
		"skip-execution":   {kind: kindSkip},
	}
	for k, v := range commentMarkers {
		m[strings.ReplaceAll(strings.ToLower(k), "_", "-")] = v
	}
	return m
}()

// MarkerError is a problem with one marker of a cell.
type MarkerError struct {
	Line int // 1-based line in the cell's source; 0 for tags and metadata
	Msg  string
}

func (e *MarkerError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// MarkerErrorList is the list of problems found in a cell's markers; it
// is never empty when returned as an error. Error returns the first.
type MarkerErrorList []*MarkerError

func (l MarkerErrorList) Error() string {
	if len(l) == 1 {
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", l[0].Error(), len(l)-1)
}

// Markers reads the markers of cell. It returns the markers as nbval
// would apply them even when it also returns an error, which is a
// [MarkerErrorList].
func Markers(cell *ipynb.Cell) (CellMarkers, error) {
	var errs MarkerErrorList
	type found struct {
		def  markerDef
		from string
	}
	tags := map[markerKind]found{}
	comments := map[markerKind]found{}

	for _, tag := range cellTags(cell, &errs) {
		def, ok := tagMarkers[tag]
		if !ok {
			low := strings.ToLower(tag)
			if strings.HasPrefix(low, "nbval") || strings.Contains(low, "raise") || strings.Contains(low, "skip") {
				if s := nearest(tag, sortedKeys(tagMarkers)); s != "" && s != tag {
					errs = append(errs, &MarkerError{Msg: fmt.Sprintf("unknown tag %q; did you mean %q?", tag, s)})
				}
			}
			continue
		}
		if prev, ok := tags[def.kind]; ok && prev.def != def {
			errs = append(errs, &MarkerError{Msg: fmt.Sprintf("conflicting tags %s and %q: the last one is used", strings.TrimPrefix(prev.from, "tag "), tag)})
		}
		tags[def.kind] = found{def, "tag " + tag}
	}

	for i, line := range strings.Split(cell.Source, "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "#") {
			continue
		}
		text := strings.TrimSpace(strings.TrimLeft(t, "#"))
		def, ok := commentMarkers[text]
		if !ok {
			if e := badComment(text); e != "" {
				errs = append(errs, &MarkerError{Line: i + 1, Msg: e})
			}
			continue
		}
		from := fmt.Sprintf("# %s (line %d)", text, i+1)
		if prev, ok := comments[def.kind]; ok && prev.def != def {
			errs = append(errs, &MarkerError{Line: i + 1, Msg: fmt.Sprintf("conflicting markers %s and %s: the last one is used", prev.from, from)})
		}
		comments[def.kind] = found{def, from}
	}

	var m CellMarkers
	for _, kind := range []markerKind{kindCheck, kindRaises, kindSkip} {
		f, ok := comments[kind]
		if t, tok := tags[kind]; tok {
			if ok && t.def != f.def {
				errs = append(errs, &MarkerError{Msg: fmt.Sprintf("%s conflicts with %s: the comment is used", t.from, f.from)})
			}
			if !ok {
				f, ok = t, true
			}
		}
		if !ok {
			continue
		}
		switch kind {
		case kindCheck:
			m.CheckOutput, m.IgnoreOutput = f.def.check, !f.def.check
		case kindRaises:
			m.RaisesException = true
		case kindSkip:
			m.Skip = true
		}
		m.From = append(m.From, f.from)
	}
	if len(errs) > 0 {
		return m, errs
	}
	return m, nil
}

// badComment explains why a comment that looks like a marker is not one,
// or returns "".
func badComment(text string) string {
	word := text
	if i := strings.IndexAny(text, " \t:("); i >= 0 {
		word = text[:i]
	}
	if _, ok := commentMarkers[word]; ok {
		return fmt.Sprintf("marker %s must stand alone on its comment line (nbval ignores %q); it is not applied", word, "# "+text)
	}
	up := strings.ToUpper(word)
	if !strings.HasPrefix(up, "NBVAL") && !strings.HasPrefix(up, "PYTEST_VALIDATE") {
		return ""
	}
	if s := nearest(word, sortedKeys(commentMarkers)); s != "" {
		return fmt.Sprintf("unknown marker %q; did you mean %s?", word, s)
	}
	return fmt.Sprintf("unknown marker %q (known: NBVAL_IGNORE_OUTPUT, NBVAL_CHECK_OUTPUT, NBVAL_RAISES_EXCEPTION, NBVAL_SKIP)", word)
}

// cellTags returns the cell's metadata.tags.
func cellTags(cell *ipynb.Cell, errs *MarkerErrorList) []string {
	raw, ok := cell.Metadata["tags"]
	if !ok || string(raw) == "null" {
		return nil
	}
	var tags []string
	if err := json.Unmarshal(raw, &tags); err != nil {
		*errs = append(*errs, &MarkerError{Msg: "metadata.tags is not a list of strings; tags are ignored"})
		return nil
	}
	return tags
}

func (m CellMarkers) source(prefixes ...string) string {
	for _, f := range m.From {
		for _, p := range prefixes {
			if strings.Contains(f, p) {
				return f
			}
		}
	}
	return "a marker"
}

func (m CellMarkers) skipSource() string {
	return m.source("NBVAL_SKIP", "nbval-skip", "skip-execution")
}

func (m CellMarkers) ignoreSource() string {
	return m.source("IGNORE_OUTPUT", "ignore-output")
}

// NotebookMarkers are the settings a notebook gives itself.
type NotebookMarkers struct {
	// Skip: do not check the notebook at all.
	Skip bool
	// Reason says why it is skipped, if the notebook says.
	Reason string
	// Lax, when not nil, overrides [Options.Lax] for this notebook.
	Lax *bool
}

// SkipNotebookTag is the cell tag that skips the whole notebook when any
// cell carries it.
const SkipNotebookTag = "nbcheck-skip-notebook"

// notebookKeys are the keys allowed in the notebook's "nbcheck" metadata.
var notebookKeys = []string{"skip", "reason", "lax"}

// ReadNotebookMarkers reads the notebook-level settings of nb: its
// metadata key "nbcheck", an object with the optional keys "skip" (bool),
// "reason" (string) and "lax" (bool), as in
//
//	"metadata": {"nbcheck": {"skip": true, "reason": "needs a GPU"}}
//
// and the tag [SkipNotebookTag] on any cell, which also skips the
// notebook (it is easier to add in Jupyter than notebook metadata). An
// unknown key or a value of the wrong type is an error that names it.
func ReadNotebookMarkers(nb *ipynb.Notebook) (NotebookMarkers, error) {
	var m NotebookMarkers
	for i, c := range nb.Cells {
		var ignore MarkerErrorList
		for _, t := range cellTags(c, &ignore) {
			if t == SkipNotebookTag {
				m.Skip = true
				m.Reason = fmt.Sprintf("tag %s on cells[%d]", SkipNotebookTag, i)
			}
		}
	}
	raw, ok := nb.Metadata["nbcheck"]
	if !ok {
		return m, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return m, fmt.Errorf("metadata.nbcheck: got %s, want an object", jsonKind(raw))
	}
	for _, k := range sortedKeys(obj) {
		v := obj[k]
		var err error
		switch k {
		case "skip":
			var b bool
			if err = json.Unmarshal(v, &b); err == nil {
				m.Skip = m.Skip || b
			}
		case "reason":
			var s string
			if err = json.Unmarshal(v, &s); err == nil && s != "" {
				m.Reason = s
			}
		case "lax":
			var b bool
			if err = json.Unmarshal(v, &b); err == nil {
				m.Lax = &b
			}
		default:
			if s := nearest(k, notebookKeys); s != "" {
				return m, fmt.Errorf("metadata.nbcheck: unknown key %q; did you mean %q?", k, s)
			}
			return m, fmt.Errorf("metadata.nbcheck: unknown key %q (known: %s)", k, strings.Join(notebookKeys, ", "))
		}
		if err != nil {
			want := "bool"
			if k == "reason" {
				want = "string"
			}
			return m, fmt.Errorf("metadata.nbcheck.%s: got %s, want %s", k, jsonKind(v), want)
		}
	}
	if m.Skip && m.Reason == "" {
		m.Reason = "metadata nbcheck.skip"
	}
	return m, nil
}

func jsonKind(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	switch {
	case s == "":
		return "nothing"
	case s[0] == '{':
		return "object"
	case s[0] == '[':
		return "array"
	case s[0] == '"':
		return "string"
	case s == "true" || s == "false":
		return "bool"
	case s == "null":
		return "null"
	}
	return "number"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
