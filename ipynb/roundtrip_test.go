package ipynb_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/nbcheck/nbcheck/ipynb"
)

// sharedDir holds the corpus notebooks, which have no licence and are
// never copied into the repository.
const sharedDir = "../../shared"

// corpusFiles returns the notebooks of the shared corpus, its Jupyter
// oracle runs, and the repository's fixtures.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{
		sharedDir + "/corpus/*.ipynb",
		sharedDir + "/corpus/oracle/*.ipynb",
		sharedDir + "/corpus/oracle/run2/*.ipynb",
		"../fixtures/*.ipynb",
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// notNbformat lists the corpus files that nbformat did not write, with the
// reason; every other file must come back byte for byte.
var notNbformat = map[string]string{
	"gkedge_concurrency.ipynb": "no final newline (saved by an editor other than Jupyter)",
}

// ignoreLayout compares notebooks by content.
var ignoreLayout = cmpopts.IgnoreFields(ipynb.Notebook{}, "Layout")

func TestCorpusRoundTrip(t *testing.T) {
	if _, err := os.Stat(sharedDir + "/corpus"); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	files := corpusFiles(t)
	if len(files) == 0 {
		t.Fatal("the corpus folder holds no notebooks")
	}
	for _, path := range files {
		t.Run(strings.TrimPrefix(path, sharedDir+"/"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			nb, err := ipynb.Read(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := ipynb.Write(nb)
			if err != nil {
				t.Fatal(err)
			}
			// The corpus is fixed: its files that nbformat did not write are
			// listed. Fixtures are written by hand or by other tools and
			// may use other layouts on purpose.
			inCorpus := filepath.Dir(path) == sharedDir+"/corpus"
			reason, exempt := notNbformat[filepath.Base(path)]
			if inCorpus && exempt || !inCorpus && !nb.Layout.Canonical {
				if inCorpus && (nb.Layout.Canonical || bytes.Equal(out, data)) {
					t.Errorf("file is listed as not written by nbformat (%s), but it round-trips", reason)
				}
				t.Logf("not in nbformat's layout; checking that its content is kept")
				again, err := ipynb.Read(path, out)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(nb, again, ignoreLayout); diff != "" {
					t.Errorf("content changed through Write (-read +reread):\n%s", diff)
				}
				return
			}
			if diff := cmp.Diff(string(data), string(out)); diff != "" {
				t.Errorf("Write(Read(file)) differs from the file (-file +written):\n%s", diff)
			}
			if !nb.Layout.Canonical || nb.Layout.Indent != " " || nb.Layout.BOM {
				t.Errorf("Layout = %+v, want canonical with indent \" \"", nb.Layout)
			}
		})
	}
}

// TestLayout writes notebooks laid out in other ways and compares with
// what nbformat 5.5 wrote for them (testdata/layout/*.want, made by
// testdata/layout/mkwant.py).
func TestLayout(t *testing.T) {
	tests := []struct {
		name   string
		layout ipynb.Layout
		reason string
	}{
		{"indent2", ipynb.Layout{Indent: "  "}, "2-space indent, unsorted and duplicate keys, unsplit strings, escapes, every splitlines boundary, numbers Python writes as it reads, every MIME rule, extras everywhere"},
		{"compact", ipynb.Layout{}, "no white space at all, nbformat 4.2 without ids"},
		{"crlf_tabs", ipynb.Layout{Indent: "\t"}, "CRLF line ends and tab indent, nbformat 4.0"},
		{"keys", ipynb.Layout{}, "keys sorted by code point (non-ASCII, astral, U+FFFF, escaped quotes, NUL, empty), nbformat 4.1"},
		{"bom", ipynb.Layout{Indent: "", BOM: true}, "a UTF-8 byte order mark is accepted and not written back"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.name+".ipynb"] = true
		t.Run(tt.name, func(t *testing.T) {
			in := readFile(t, "testdata/layout/"+tt.name+".ipynb")
			want := readFile(t, "testdata/layout/"+tt.name+".want")
			nb, err := ipynb.Read(tt.name+".ipynb", in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.layout, nb.Layout); diff != "" {
				t.Errorf("Layout (-want +got):\n%s", diff)
			}
			out, err := ipynb.Write(nb)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(out)); diff != "" {
				t.Errorf("Write differs from nbformat's (-nbformat +Write):\n%s", diff)
			}
			// nbformat's own output is canonical and a fixed point.
			nb2, err := ipynb.Read(tt.name+".want", want)
			if err != nil {
				t.Fatal(err)
			}
			if !nb2.Layout.Canonical {
				t.Errorf("nbformat's output read as not canonical: %+v", nb2.Layout)
			}
			if diff := cmp.Diff(nb, nb2, ignoreLayout); diff != "" {
				t.Errorf("content differs between the file and nbformat's rewrite (-file +rewrite):\n%s", diff)
			}
		})
	}
	files, _ := filepath.Glob("testdata/layout/*.ipynb")
	for _, f := range files {
		if !seen[filepath.Base(f)] {
			t.Errorf("%s has no test case", f)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReadContent checks what Read makes of each part of a notebook.
func TestReadContent(t *testing.T) {
	nb, err := ipynb.ReadFile("testdata/layout/indent2.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	three := 3
	want := &ipynb.Notebook{
		Nbformat:      4,
		NbformatMinor: 5,
		Metadata: ipynb.RawObject{
			"a_first":    raw(`{}`),
			"dup":        raw(`{"a":[],"b":2}`),
			"kernelspec": raw(`{"display_name":"Python 3","language":"python","name":"python3"}`),
			"z_last":     raw(`[1.0,100000.0,-0.0,12345678901234567890123,1e+300,NaN,Infinity,-Infinity,true,false,null]`),
		},
		Extra:  ipynb.RawObject{"extra_top": raw(`"kept"`)},
		Layout: ipynb.Layout{Indent: "  "},
		Cells: []*ipynb.Cell{
			{
				Type:        ipynb.Markdown,
				ID:          "intro",
				Source:      "# Title\n\nText with é, \"quotes\", back\\slash, tab\there, /slash, <tag> & amp.\nU+2028:\u2028 U+2029:\u2029 NEL:\u0085 VT:\v FF:\f FS:\x1c end",
				Metadata:    ipynb.RawObject{},
				Attachments: ipynb.RawObject{"image.png": raw(`{"image/png":"iVBORw0KGgo=\n","text/plain":"one\ntwo\n"}`)},
			},
			{
				Type:           ipynb.Code,
				ID:             "code-1",
				ExecutionCount: &three,
				Metadata:       ipynb.RawObject{"collapsed": raw(`false`), "tags": raw(`["raises-exception"]`)},
				Source:         "import asyncio\r\nprint('crlf')\rprint('cr')\n\n",
				Extra:          ipynb.RawObject{"custom_key": raw(`{"kept":"yes"}`)},
				Outputs: []*ipynb.Output{
					{Type: ipynb.Stream, Name: "stdout", Text: "crlf\ncr\n\x01\x1f\x7f😀 raw: 日本語\n"},
					{Type: ipynb.Stream, Name: "stderr", Text: "a\nbc\n"},
					{Type: ipynb.ExecuteResult, ExecutionCount: &three, Metadata: ipynb.RawObject{}, Data: ipynb.MimeBundle{
						"text/plain":                  raw(`"'x'\n'y'"`),
						"text/html":                   raw(`"<b>x</b>\n"`),
						"image/png":                   raw(`"AAAA\nBBBB\n"`),
						"image/svg+xml":               raw(`"<svg>\n</svg>\n"`),
						"application/javascript":      raw(`"alert(1);\nalert(2);"`),
						"application/json":            raw(`{"a":"s\nt","b":[1,2]}`),
						"application/vnd.custom+json": raw(`["keep","as list"]`),
						"application/pdf":             raw(`"JVBERi0=\nMore"`),
					}},
					{Type: ipynb.DisplayData, Metadata: ipynb.RawObject{"isolated": raw(`true`)},
						Data:  ipynb.MimeBundle{"text/markdown": raw(`""`)},
						Extra: ipynb.RawObject{"transient": raw(`{"display_id":"d1"}`)}},
					{Type: ipynb.Error, Ename: "ValueError", Evalue: "bad \x1b[0m", Traceback: []string{"\x1b[0;31mValueError\x1b[0m", ""}},
				},
			},
			{Type: ipynb.Raw, ID: "empty", Metadata: ipynb.RawObject{"format": raw(`"text/x-python"`)}},
			{Type: ipynb.Code, ID: "empty-code", Metadata: ipynb.RawObject{}},
		},
	}
	if diff := cmp.Diff(want, nb); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func raw(s string) []byte { return []byte(s) }

// TestNumbersKept checks that numbers keep their text even where Python
// would rewrite them (1e5 is 100000.0 to Python).
func TestNumbersKept(t *testing.T) {
	in := `{"cells": [], "metadata": {"n": [1e5, 1E-2, 0.50, -0, 123456789012345678901234567890]}, "nbformat": 4, "nbformat_minor": 5}`
	nb, err := ipynb.Read("n.ipynb", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out, err := ipynb.Write(nb)
	if err != nil {
		t.Fatal(err)
	}
	want := "[\n   1e5,\n   1E-2,\n   0.50,\n   -0,\n   123456789012345678901234567890\n  ]"
	if !strings.Contains(string(out), want) {
		t.Errorf("numbers not kept:\n%s", out)
	}
}
