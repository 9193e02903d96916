package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/check"
)

// nbvalFile is a sanitize file as nbval's own tests and docs write them.
const nbvalFile = `# Sanitize timings and addresses
[regex1]
regex: \d{1,2}/\d{1,2}/\d{2,4}
replace: DATE-STAMP

[regex2]
regex: \d{2}:\d{2}:\d{2}
replace: TIME-STAMP

regex: (?P<key>id)=(\d+)
replace: \g<key>=<\2>

[Section2 (overwrites regex 'TIME')]
regex: \d{2}:\d{2}:\d{2}
replace: HH:MM:SS
`

func TestParseSanitizers(t *testing.T) {
	rules, err := check.ParseSanitizers("nbval.cfg", []byte(nbvalFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 3 {
		t.Fatalf("got %d rules, want 3 (a repeated regex replaces the earlier rule's replacement)", len(rules))
	}
	if rules[1].Section != "regex2" || rules[1].Line != 7 || rules[1].Replace != "HH:MM:SS" {
		t.Errorf("rule 2 = %+v", rules[1])
	}
	text := "on 12/03/2024 at 10:11:12 id=42"
	for _, r := range rules {
		text = r.Apply(text)
	}
	if want := "on DATE-STAMP at HH:MM:SS id=<42>"; text != want {
		t.Errorf("sanitized %q, want %q", text, want)
	}
}

func TestSanitizeErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		wantErr string
		reason  string
	}{
		{"no-replace", "[a]\nregex: x\n\nreplace: y\n",
			`s.cfg:2: section [a]: "regex:" line is not followed by a "replace: " line (nbval would drop this rule) (and 1 more)`,
			"nbval needs replace: on the very next line; the orphan replace: is reported too"},
		{"replace-alone", "[a]\nreplace: y\n",
			`s.cfg:2: section [a]: "replace:" line without a "regex: " line right before it (and 1 more)`,
			"a replace line needs its regex"},
		{"empty-section", "[dates]\n# nothing yet\n[b]\nregex: x\nreplace: y\n",
			`s.cfg:1: section [dates]: section has no rule: want a "regex: " line followed by a "replace: " line`,
			"a section without a regex is a mistake"},
		{"no-space", "regex:x\nreplace: y\n",
			`s.cfg:1: want "regex: " at the very start of the line, then the value (nbval ignores "regex:x") (and 1 more)`,
			"nbval's pattern needs exactly one space after the colon"},
		{"indented", "[a]\n  regex: x\n  replace: y\n",
			`s.cfg:2: section [a]: want "regex: " at the very start of the line, then the value (nbval ignores "regex: x") (and 2 more)`,
			"nbval's pattern anchors at the start of the line"},
		{"ini-equals", "[a]\nregex = x\n",
			`s.cfg:2: section [a]: want "regex: " at the very start of the line, then the value (nbval ignores "regex = x") (and 1 more)`,
			"configparser's key = value form is not nbval's format"},
		{"junk", "[a]\nregex: x\nreplace: y\nhello\n",
			`s.cfg:4: section [a]: unexpected line "hello": want a "[section]" header, a "regex: " or "replace: " line, or a comment`,
			"anything else is reported"},
		{"bad-header", "[a\nregex: x\nreplace: y\n", `s.cfg:1: section [a]: section header "[a" has no closing ]`, "an unclosed header"},
		{"bad-regex", "[a]\nregex: (unclosed\nreplace: y\n",
			"s.cfg:2: section [a]: regex \"(unclosed\": invalid regex: error parsing regexp: missing closing ): `(unclosed`",
			"a regex that does not compile"},
		{"lookahead", "[a]\nregex: foo(?=bar)\nreplace: y\n",
			"s.cfg:2: section [a]: regex \"foo(?=bar)\": lookahead (?=...): Go's RE2 regexps do not support it; rewrite the regex without it",
			"RE2 has no lookahead"},
		{"lookbehind", "[t]\nregex: (?<=at )0x[0-9a-f]+\nreplace: ADDR\n",
			"s.cfg:2: section [t]: regex \"(?<=at )0x[0-9a-f]+\": lookbehind (?<=...): Go's RE2 regexps do not support it; rewrite the regex without it",
			"RE2 has no lookbehind"},
		{"backreference", "[a]\nregex: (a)\\1\nreplace: y\n",
			"s.cfg:2: section [a]: regex \"(a)\\\\1\": backreference \\1: Go's RE2 regexps do not support it; rewrite the regex without it",
			"RE2 has no backreferences"},
		{"possessive", "[a]\nregex: a*+\nreplace: y\n",
			"s.cfg:2: section [a]: regex \"a*+\": possessive quantifier *+: Go's RE2 regexps do not support it; rewrite the regex without it",
			"RE2 has no possessive quantifiers"},
		{"bad-group-ref", "[a]\nregex: (a)\nreplace: \\2\n",
			`s.cfg:3: section [a]: replace "\\2": invalid group reference \2: the regex has 1 groups`,
			"the replacement names a group that does not exist"},
		{"bad-escape", "[a]\nregex: a\nreplace: \\q\n",
			`s.cfg:3: section [a]: replace "\\q": bad escape \q`, "Python rejects unknown letter escapes"},
		{"empty", "[a]\nregex: \nreplace: y\n", "s.cfg:2: section [a]: empty regex", "an empty regex would match everywhere"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := check.ParseSanitizers("s.cfg", []byte(tt.file))
			if err == nil {
				t.Fatalf("no error, want %q (%s)", tt.wantErr, tt.reason)
			}
			if err.Error() != tt.wantErr {
				t.Errorf("error\n%s\nwant\n%s\n(%s)", err, tt.wantErr, tt.reason)
			}
		})
	}
}

func TestSanitizerTemplate(t *testing.T) {
	tests := []struct {
		name, regex, replace, in, want, reason string
	}{
		{"group-digit", `(\w+)@(\w+)`, `\2 at \1`, "me@host", "host at me", "\\1 and \\2 insert groups"},
		{"group-g", `(?P<n>\d+)`, `<\g<n>>`, "a 12 b", "a <12> b", "\\g<name> inserts a named group"},
		{"group-g-number", `(\d)(\d)`, `\g<2>\g<1>0`, "12", "210", "\\g<2> followed by a digit"},
		{"unmatched-group", `a(x)?b`, `[\1]`, "ab", "[]", "an unmatched group inserts nothing, as in Python 3.5+"},
		{"dollar-literal", `cost`, `$1`, "cost", "$1", "$ is literal in Python templates, unlike Go's"},
		{"escapes", `,`, `\n\t`, "a,b", "a\n\tb", "\\n and \\t are escapes"},
		{"other-escape", `x`, `\.\&`, "x", `\.\&`, "a backslash before a non-letter stays"},
		{"backslash", `x`, `\\`, "x", `\`, "an escaped backslash"},
		{"octal", `x`, `\101\0`, "x", "A\x00", "octal escapes"},
		{"z-anchor", `end\Z`, `END`, "the end", "the END", "\\Z is Python's end of text"},
		{"all-matches", `\d`, `#`, "a1b22", "a#b##", "every match is replaced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := check.NewSanitizer(tt.regex, tt.replace)
			if err != nil {
				t.Fatalf("%v (%s)", err, tt.reason)
			}
			if got := s.Apply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestLoadSanitizers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.cfg")
	if err := os.WriteFile(path, []byte("[a]\r\nregex: x+\r\nreplace: y\r\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	rules, err := check.LoadSanitizers(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 1 || rules[0].Regex != "x+" || rules[0].Apply("axxb") != "ayb" {
		t.Errorf("CRLF file read as %+v", rules)
	}
	if _, err := check.LoadSanitizers(filepath.Join(dir, "missing.cfg")); err == nil || !strings.Contains(err.Error(), "missing.cfg") {
		t.Errorf("missing file: %v", err)
	}
}
