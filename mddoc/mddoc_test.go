package mddoc_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dump renders the parsed cells of a document for golden files.
func dump(d *mddoc.Doc) string {
	var sb strings.Builder
	nb := d.Notebook()
	blocks := d.Blocks()
	k := 0
	for i, c := range nb.Cells {
		fmt.Fprintf(&sb, "=== cells[%d] %s line %d", i, c.Type, c.Line)
		if c.Type == ipynb.Code {
			b := blocks[k]
			k++
			count := "null"
			if c.ExecutionCount != nil {
				count = fmt.Sprint(*c.ExecutionCount)
			}
			fmt.Fprintf(&sb, " count=%s form=%s output-line=%d", count, b.Form, b.OutputLine)
			if tags, ok := c.Metadata["tags"]; ok {
				fmt.Fprintf(&sb, " tags=%s", tags)
			}
		}
		sb.WriteString("\n" + c.Source + "\n")
		for _, o := range c.Outputs {
			fmt.Fprintf(&sb, "--- %s %s\n%s", o.Type, o.Name, o.Text)
		}
	}
	return sb.String()
}

func parse(t *testing.T, name, src string, opts mddoc.Options) *mddoc.Doc {
	t.Helper()
	d, err := mddoc.Parse(name, []byte(src), opts)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

func expectRoundTrip(t *testing.T, path string, src []byte) {
	t.Helper()
	d, err := mddoc.Parse(path, src, mddoc.Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	out, err := d.Render(d.Notebook())
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if !bytes.Equal(out, src) {
		t.Errorf("Render(Notebook()) changed the document (-want +got):\n%s", cmp.Diff(string(src), string(out)))
	}
}

// TestFixtures checks the Markdown fixtures: each round-trips byte for
// byte, and the seeds' parsed cells match their golden files.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("../fixtures/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no Markdown fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			expectRoundTrip(t, f, src)
			d := parse(t, f, string(src), mddoc.Options{})
			golden := filepath.Join("testdata", name+".golden")
			got := dump(d)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./mddoc -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestGoldensHaveFixtures fails for a golden file whose fixture is gone.
func TestGoldensHaveFixtures(t *testing.T) {
	goldens, _ := filepath.Glob("testdata/*.golden")
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), ".golden")
		if _, err := os.Stat(filepath.Join("../fixtures", name+".md")); err != nil {
			t.Errorf("%s has no fixture: %v", g, err)
		}
	}
}

// block is the part of a parsed block that the table tests check.
type block struct {
	Line       int
	Form       mddoc.OutputForm
	OutputLine int
	Tags       []string
	Source     string
	Output     string
}

func blocksOf(d *mddoc.Doc) []block {
	var out []block
	for _, b := range d.Blocks() {
		out = append(out, block{b.Line, b.Form, b.OutputLine, b.Tags, b.Source, b.Output})
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		src    string
		opts   mddoc.Options
		want   []block
	}{{
		name:   "fence-output-backticks",
		reason: "an unlabelled ``` block right after the code is its output",
		src:    "```python\nprint(1)\n```\n\n```\n1\n```\n",
		want:   []block{{Line: 2, Form: mddoc.Fence, OutputLine: 6, Source: "print(1)", Output: "1\n"}},
	}, {
		name:   "fence-output-tildes-label",
		reason: "a heading label and ~~~ fence, as in seed 004",
		src:    "```py\nprint(1)\n```\n\n#### Output\n\n~~~\n1\n~~~\n",
		want:   []block{{Line: 2, Form: mddoc.Fence, OutputLine: 8, Source: "print(1)", Output: "1\n"}},
	}, {
		name:   "label-variants",
		reason: "bold labels with a colon inside or outside count",
		src:    "```python3\nprint(1)\n```\n**Output:**\n```text\n1\n```\n```python\nprint(2)\n```\n__Result__:\n```output\n2\n```\n",
		want: []block{
			{Line: 2, Form: mddoc.Fence, OutputLine: 6, Source: "print(1)", Output: "1\n"},
			{Line: 9, Form: mddoc.Fence, OutputLine: 13, Source: "print(2)", Output: "2\n"},
		},
	}, {
		name:   "prose-is-not-a-label",
		reason: "a sentence between the blocks means the next block is an example, not output",
		src:    "```python\nprint(1)\n```\nThen run this in a shell:\n```\n$ ls\n```\n",
		want:   []block{{Line: 2, Source: "print(1)"}},
	}, {
		name:   "two-labels",
		reason: "at most one label line may stand between code and output",
		src:    "```python\nprint(1)\n```\nOutput\nResult\n```\n1\n```\n",
		want:   []block{{Line: 2, Source: "print(1)"}},
	}, {
		name:   "other-language-is-not-output",
		reason: "a ```bash block is not an output block",
		src:    "```python\nprint(1)\n```\n```bash\necho 1\n```\n",
		want:   []block{{Line: 2, Source: "print(1)"}},
	}, {
		name:   "indented-fence",
		reason: "fences indented up to 3 spaces lose that much indentation from their lines",
		src:    "  ```python\n  if x:\n      print(1)\n  ```\n   ~~~~\n   1\n   ~~~~\n",
		want:   []block{{Line: 2, Form: mddoc.Fence, OutputLine: 6, Source: "if x:\n    print(1)", Output: "1\n"}},
	}, {
		name:   "four-spaces-is-not-a-fence",
		reason: "CommonMark reads a fence indented 4 spaces as indented code",
		src:    "    ```python\n    print(1)\n    ```\n",
	}, {
		name:   "longer-closing-fence",
		reason: "a closing fence may be longer; a shorter run inside does not close",
		src:    "````python\ns = '''\n```\n'''\n`````\n",
		want:   []block{{Line: 2, Source: "s = '''\n```\n'''"}},
	}, {
		name:   "comment-output",
		reason: "trailing comments after a blank line are the output (seed 002)",
		src:    "```python\nprint(1)\nprint()\n\n# 1\n#\n```\n",
		want:   []block{{Line: 2, Form: mddoc.Comments, OutputLine: 5, Source: "print(1)\nprint()", Output: "1\n\n"}},
	}, {
		name:   "trailing-comment-without-blank",
		reason: "comments glued to the code are ordinary comments",
		src:    "```python\nprint(1)\n# prints 1\n```\n",
		want:   []block{{Line: 2, Source: "print(1)\n# prints 1"}},
	}, {
		name:   "comment-without-space",
		reason: "#comment (no space) is code style, not output",
		src:    "```python\nprint(1)\n\n#1\n```\n",
		want:   []block{{Line: 2, Source: "print(1)\n\n#1"}},
	}, {
		name:   "only-comments",
		reason: "a block of nothing but comments has no code to print them",
		src:    "```python\n# just notes\n\n# more\n```\n",
		want:   []block{{Line: 2, Source: "# just notes\n\n# more"}},
	}, {
		name:   "comment-block-output",
		reason: "a comments-only python block after an output-less block is its output (seed 002's last example)",
		src:    "```python\nprint(1)\n\n```\n\n```python\n# 1\n```\n",
		want:   []block{{Line: 2, Form: mddoc.CommentBlock, OutputLine: 7, Source: "print(1)", Output: "1\n"}},
	}, {
		name:   "comment-block-after-prose",
		reason: "prose between the blocks keeps the comment block a cell of its own",
		src:    "```python\nprint(1)\n```\nNow:\n```python\n# 1\n```\n",
		want:   []block{{Line: 2, Source: "print(1)"}, {Line: 6, Source: "# 1"}},
	}, {
		name:   "fence-form-turns-comments-off",
		reason: "a document that writes outputs in fences does not read trailing comments as outputs",
		src:    "```python\nprint(1)\n```\n```\n1\n```\n```python\nx = 1\n\n# see above\n```\n",
		want: []block{
			{Line: 2, Form: mddoc.Fence, OutputLine: 5, Source: "print(1)", Output: "1\n"},
			{Line: 8, Source: "x = 1\n\n# see above"},
		},
	}, {
		name:   "doc-marker-no-comment-output",
		reason: "the document marker turns form b off wherever it stands",
		src:    "```python\nprint(1)\n\n# 1\n```\n\n<!-- nbcheck: no-comment-output -->\n",
		want:   []block{{Line: 2, Source: "print(1)\n\n# 1"}},
	}, {
		name:   "option-no-comment-output",
		reason: "Options.NoCommentOutput turns form b off",
		src:    "```python\nprint(1)\n\n# 1\n```\n",
		opts:   mddoc.Options{NoCommentOutput: true},
		want:   []block{{Line: 2, Source: "print(1)\n\n# 1"}},
	}, {
		name:   "block-markers",
		reason: "markers before a fence become tags; no-output stops output detection",
		src:    "<!-- nbcheck: skip, ignore-output -->\n\n<!-- nbcheck: no-output -->\n```python\nprint(1)\n```\n```\n1\n```\n",
		want:   []block{{Line: 5, Tags: []string{"skip-execution", "nbval-ignore-output"}, Source: "print(1)"}},
	}, {
		name:   "empty-output-block",
		reason: "an empty output block records an empty output",
		src:    "```python\nx = 1\n```\n~~~\n~~~\n",
		want:   []block{{Line: 2, Form: mddoc.Fence, Source: "x = 1"}},
	}, {
		name:   "crlf",
		reason: "CRLF line endings are not part of the text",
		src:    "```python\r\nprint(1)\r\n```\r\n```\r\n1\r\n```\r\n",
		want:   []block{{Line: 2, Form: mddoc.Fence, OutputLine: 5, Source: "print(1)", Output: "1\n"}},
	}, {
		name:   "no-final-newline",
		reason: "a document may end without a line ending",
		src:    "```python\nprint(1)\n```\n```\n1\n```",
		want:   []block{{Line: 2, Form: mddoc.Fence, OutputLine: 5, Source: "print(1)", Output: "1\n"}},
	}}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] || tt.reason == "" {
			t.Fatalf("test %q: duplicate name or no reason", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.name+".md", tt.src, tt.opts)
			if diff := cmp.Diff(tt.want, blocksOf(d)); diff != "" {
				t.Errorf("%s: blocks mismatch (-want +got):\n%s", tt.reason, diff)
			}
			expectRoundTrip(t, tt.name+".md", []byte(tt.src))
		})
	}
}

func TestNotebook(t *testing.T) {
	src := "# Title\n\nIntro.\n\n```python\nprint(1)\n```\n\nOutput:\n\n```\n1\n```\n\nMiddle\ntext.\n\n<!-- nbcheck: raises-exception -->\n```python\nx = 1\n```\n"
	nb := parse(t, "t.md", src, mddoc.Options{}).Notebook()
	one := 1
	want := []*ipynb.Cell{
		{Type: ipynb.Markdown, ID: "cell-1", Source: "# Title\n\nIntro.", Line: 1, Metadata: ipynb.RawObject{}},
		{Type: ipynb.Code, ID: "cell-2", Source: "print(1)", Line: 6, Metadata: ipynb.RawObject{}, ExecutionCount: &one,
			Outputs: []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: "1\n"}}},
		{Type: ipynb.Markdown, ID: "cell-3", Source: "Middle\ntext.\n\n<!-- nbcheck: raises-exception -->", Line: 15, Metadata: ipynb.RawObject{}},
		{Type: ipynb.Code, ID: "cell-4", Source: "x = 1", Line: 20, Metadata: ipynb.RawObject{"tags": []byte(`["raises-exception"]`)}, Outputs: []*ipynb.Output{}},
	}
	if diff := cmp.Diff(want, nb.Cells); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
	if nb.Nbformat != 4 || nb.NbformatMinor != 5 {
		t.Errorf("got nbformat %d.%d, want 4.5", nb.Nbformat, nb.NbformatMinor)
	}
}

func stream(text string) []*ipynb.Output {
	return []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: text}}
}

func TestRender(t *testing.T) {
	tests := []struct {
		name    string
		reason  string
		src     string
		outputs [][]*ipynb.Output // per code cell; nil leaves the cell as parsed
		want    string
		kept    bool // the outputs are not written: no read-back check
	}{{
		name:    "fence-changed",
		reason:  "only the lines inside the output fence change",
		src:     "Intro\n```python\nprint(2)\n```\n#### Output\n~~~\n1\n~~~\nEnd\n",
		outputs: [][]*ipynb.Output{stream("2\n3\n")},
		want:    "Intro\n```python\nprint(2)\n```\n#### Output\n~~~\n2\n3\n~~~\nEnd\n",
	}, {
		name:    "fence-emptied",
		reason:  "an output that is now empty leaves an empty block",
		src:     "```python\nx = 1\n```\n```\n1\n```\n",
		outputs: [][]*ipynb.Output{{}},
		want:    "```python\nx = 1\n```\n```\n```\n",
	}, {
		name:    "fence-lengthened",
		reason:  "output text that would close the fence gets a longer fence",
		src:     "```python\nprint('```')\n```\n```\nx\n```\n",
		outputs: [][]*ipynb.Output{stream("```\n")},
		want:    "```python\nprint('```')\n```\n````\n```\n````\n",
	}, {
		name:    "comments-changed",
		reason:  "form b rewrites the comment run and keeps the blank line and trailing blank lines",
		src:     "```python\nprint(1)\n\n# 2\n\n```\n",
		outputs: [][]*ipynb.Output{stream("1\n\nz\n")},
		want:    "```python\nprint(1)\n\n# 1\n#\n# z\n\n```\n",
	}, {
		name:    "comment-block-changed",
		reason:  "form b' rewrites the comments-only block",
		src:     "```python\nprint(1)\n```\n\n```python\n# 2\n```\n",
		outputs: [][]*ipynb.Output{stream("1\n")},
		want:    "```python\nprint(1)\n```\n\n```python\n# 1\n```\n",
	}, {
		name:    "insert-fence-style",
		reason:  "a new output copies the label and fences of the document's first output",
		src:     "```python\nprint(1)\n```\n\n**Output**\n\n~~~text\n1\n~~~\n\n```python\nprint(2)\n```\nEnd\n",
		outputs: [][]*ipynb.Output{nil, stream("2\n")},
		want:    "```python\nprint(1)\n```\n\n**Output**\n\n~~~text\n1\n~~~\n\n```python\nprint(2)\n```\n\n**Output**\n\n~~~text\n2\n~~~\nEnd\n",
	}, {
		name:    "insert-comment-style",
		reason:  "a document using comment outputs gets comments",
		src:     "```python\nprint(1)\n\n# 1\n```\n\n```python\nprint(2)\n```\n",
		outputs: [][]*ipynb.Output{nil, stream("2\n")},
		want:    "```python\nprint(1)\n\n# 1\n```\n\n```python\nprint(2)\n\n# 2\n```\n",
	}, {
		name:    "insert-default",
		reason:  "a document with no outputs gets a ```text block",
		src:     "```python\nprint(1)\n```",
		outputs: [][]*ipynb.Output{stream("1\n")},
		want:    "```python\nprint(1)\n```\n\n```text\n1\n```\n",
	}, {
		name:    "no-output-marker",
		reason:  "a block marked no-output gets no output written after it (it would not read back as its output)",
		src:     "<!-- nbcheck: no-output -->\n```python\nprint(1)\n```\n",
		outputs: [][]*ipynb.Output{stream("1\n")},
		want:    "<!-- nbcheck: no-output -->\n```python\nprint(1)\n```\n",
		kept:    true,
	}, {
		name:   "result-and-error",
		reason: "execute_result text/plain and errors are written as text lines",
		src:    "```python\nx\n```\n```\n```\n",
		outputs: [][]*ipynb.Output{{
			{Type: ipynb.Stream, Name: "stdout", Text: "a"},
			{Type: ipynb.ExecuteResult, Data: ipynb.MimeBundle{"text/plain": []byte(`"42"`)}},
			{Type: ipynb.Error, Ename: "ValueError", Evalue: "bad", Traceback: []string{"Traceback..."}},
		}},
		want: "```python\nx\n```\n```\na\n42\nValueError: bad\n```\n",
	}, {
		name:    "crlf-kept",
		reason:  "rewritten lines use the document's CRLF endings",
		src:     "```python\r\nprint(2)\r\n```\r\n```\r\n1\r\n```\r\n",
		outputs: [][]*ipynb.Output{stream("2\n")},
		want:    "```python\r\nprint(2)\r\n```\r\n```\r\n2\r\n```\r\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.name+".md", tt.src, mddoc.Options{})
			nb := d.Notebook()
			k := 0
			for _, c := range nb.Cells {
				if c.Type != ipynb.Code {
					continue
				}
				if o := tt.outputs[k]; o != nil {
					c.Outputs = o
				}
				k++
			}
			got, err := d.Render(nb)
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
			if tt.kept {
				return
			}
			// The result reads back with the new outputs.
			d2 := parse(t, tt.name+".md", string(got), mddoc.Options{})
			for i, b := range d2.Blocks() {
				c := &ipynb.Cell{Outputs: tt.outputs[i]}
				if tt.outputs[i] == nil {
					continue
				}
				want, _ := mddoc.OutputText(c)
				if b.Output != want {
					t.Errorf("block %d reads back as %q, want %q", i, b.Output, want)
				}
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	d := parse(t, "t.md", "```python\nprint(1)\n```\n", mddoc.Options{})
	nb := d.Notebook()
	nb.Cells[0].Source = "print(2)"
	if _, err := d.Render(nb); err == nil || !strings.Contains(err.Error(), "t.md:2: render: the source of code cell 1 changed") {
		t.Errorf("changed source: got error %v", err)
	}
	nb.Cells = nil
	if _, err := d.Render(nb); err == nil || !strings.Contains(err.Error(), "got 0 code cells, want 1") {
		t.Errorf("missing cells: got error %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		src    string
		want   string
	}{
		{"unterminated", "a fence that never closes", "text\n```python\nprint(1)\n", "bad.md:2: unterminated code fence ```"},
		{"unterminated-tilde", "a ~~~ fence is not closed by ```", "~~~\nx\n```\n", "bad.md:1: unterminated code fence ~~~"},
		{"binary", "NUL bytes mean the file is not text", "ok\n\x00\x01\x02", "bad.md:2: not a Markdown document: binary data (NUL byte)"},
		{"utf8", "invalid UTF-8", "a\nb\xff\n", "bad.md:2: not a Markdown document: invalid UTF-8"},
		{"unknown-marker", "a typo in a marker is an error, not ignored", "<!-- nbcheck: skp -->\n```python\nx\n```\n", `bad.md:1: unknown nbcheck marker "skp"`},
		{"dangling-marker", "a block marker must precede a python block", "<!-- nbcheck: skip -->\nprose\n```python\nx\n```\n", `bad.md:1: nbcheck marker "skip" is not followed by a python code block`},
		{"marker-before-text-block", "a block marker on a non-python block", "<!-- nbcheck: skip -->\n```\nx\n```\n", `bad.md:1: nbcheck marker "skip" is not followed`},
		{"marker-at-end", "a block marker at the end of the file", "<!-- nbcheck: skip -->\n", `bad.md:1: nbcheck marker "skip" is not followed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mddoc.Parse("bad.md", []byte(tt.src), mddoc.Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("%s: got error %v, want %q", tt.reason, err, tt.want)
			}
			var me *mddoc.Error
			if !errors.As(err, &me) || me.Path != "bad.md" || me.Line == 0 {
				t.Errorf("got %#v, want an *mddoc.Error with path and line", err)
			}
		})
	}
}

func TestHasPythonFences(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		src    string
		want   bool
	}{
		{"python", "a plain python fence", "# T\n```python\nx\n```\n", true},
		{"py-tilde", "py with tildes", "~~~py\nx\n~~~\n", true},
		{"info-words", "the language is the first word of the info string", "``` Python3 {.cell}\nx\n```\n", true},
		{"none", "no fences at all", "# Title\n\nText.\n", false},
		{"bash", "other languages do not count", "```bash\nls\n```\n", false},
		{"nested", "a python fence inside a longer fence is text", "````markdown\n```python\nx\n```\n````\n", false},
		{"indented", "four spaces is indented code", "    ```python\n    x\n    ```\n", false},
		{"unterminated", "an unterminated python fence still counts", "```python\nx\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mddoc.HasPythonFences([]byte(tt.src)); got != tt.want {
				t.Errorf("%s: got %v, want %v", tt.reason, got, tt.want)
			}
		})
	}
}
