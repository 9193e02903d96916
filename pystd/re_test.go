package pystd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReUnsupported checks that what Go's regexp cannot do is refused
// with an "unsupported:" error (the cell becomes unsupported), never run
// with a wrong answer.
func TestReUnsupported(t *testing.T) {
	cases := []struct{ code, want string }{
		{`re.search(r'(?<=a)b', 'ab')`, "unsupported: re: lookbehind is not supported by Go's regexp"},
		{`re.search(r'(?<!a)b', 'ab')`, "unsupported: re: lookbehind"},
		{`re.search(r'a(?=b)', 'ab')`, "unsupported: re: lookahead"},
		{`re.search(r'a(?!b)', 'ab')`, "unsupported: re: lookahead"},
		{`re.search(r'(a)\1', 'aa')`, "unsupported: re: a backreference"},
		{`re.search(r'(?P<x>a)(?P=x)', 'aa')`, "unsupported: re: a backreference"},
		{`re.search(r'a*+', 'aa')`, "unsupported: re: a possessive repeat"},
		{`re.search(r'(?>a)', 'aa')`, "unsupported: re: an atomic group"},
		{`re.search(r'a{2000}', 'aa')`, "unsupported: re: a repeat count above 1000"},
		{`re.search(r'\bé', 'x é')`, `unsupported: re: \b next to non-ASCII letters`},
		{`re.search(r'\b[a-z_]+', 'x é')`, `unsupported: re: \b next to non-ASCII letters`},
		{`re.search(r'\b\w', 'x ٣')`, `unsupported: re: \b next to non-ASCII letters`},
		{`re.search(r'a\s*$', 'a\nb\na \n')`, "unsupported: re: '$' without re.MULTILINE"},
		{`re.findall(r'|a', 'a')`, "unsupported: re: a pattern that matches both empty and non-empty"},
		{`re.sub(r'a*?', '-', 'baa')`, "unsupported: re: a pattern that matches both empty and non-empty"},
	}
	dir := t.TempDir()
	for i, c := range cases {
		path := filepath.Join(dir, "case.py")
		src := "import re\n" + c.code + "\n"
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		got := runScript(t, path)
		if !strings.Contains(got, "NotImplementedError: "+c.want) {
			t.Errorf("%d: %s: got %q, want NotImplementedError: %s", i, c.code, got, c.want)
		}
	}
}

// TestReSupported checks the edges of what is refused: the same features
// where they are safe run normally.
func TestReSupported(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.py")
	src := `import re
print(re.findall(r'\b\w', 'x y'))
print(re.search(r'a$', 'b\na\n'), re.search(r'b$', 'b\na\n'))
print(re.search(r'a$', 'a\n'))
print(re.findall(r'\bé', 'x é', re.A))
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "['x', 'y']\n<re.Match object; span=(2, 3), match='a'> None\n<re.Match object; span=(0, 1), match='a'>\n[]\n"
	if got := runScript(t, path); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
