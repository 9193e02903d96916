package check_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nbcheck/nbcheck/check"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name    string
		file    string // base name
		text    string
		edit    func(*check.Config) // from DefaultConfig to the expected one
		found   bool
		wantErr string
		reason  string
	}{
		{name: "nbcheck-empty", file: "nbcheck.toml", found: true, reason: "an empty file gives the defaults"},
		{name: "all-keys", file: "nbcheck.toml", found: true,
			text: "rel_tol = 0.1\nabs_tol = 0\nnormalize = [\"ansi\", \"addresses\"]\nstderr = false\nlax = true\n" +
				"clock = \"real\"\ncell_timeout = \"1m\"\ntimeout = 90\nexclude = [\"drafts/*\"]\n",
			edit: func(c *check.Config) {
				c.Tolerance = check.Tolerance{Rel: 0.1, Abs: 0}
				c.Normalize = check.ANSI | check.Addresses
				c.Stderr, c.Lax, c.Clock = false, true, "real"
				c.CellTimeout, c.Timeout = time.Minute, 90*time.Second
				c.Exclude = []string{"drafts/*"}
			},
			reason: "every key, integers accepted for floats and seconds for durations"},
		{name: "pyproject", file: "pyproject.toml", found: true,
			text:   "[project]\nname = \"x\"\n\n[tool.black]\nline-length = 100\n\n[tool.nbcheck]\nlax = true\n",
			edit:   func(c *check.Config) { c.Lax = true },
			reason: "other tables of pyproject.toml are not ours"},
		{name: "pyproject-without-table", file: "pyproject.toml", text: "[tool.ruff]\nx = 1\n",
			reason: "a pyproject.toml without [tool.nbcheck] is passed over"},
		{name: "unknown-key", file: "nbcheck.toml", text: "rel_tol = 0.1\nabs_tolerance = 0.1\n",
			wantErr: "nbcheck.toml:2:1: unknown key abs_tolerance; did you mean abs_tol?", reason: "did-you-mean for a longer spelling"},
		{name: "unknown-key-pyproject", file: "pyproject.toml", text: "[tool.nbcheck]\nstdErr = false\n",
			wantErr: "pyproject.toml:2: unknown key tool.nbcheck.stdErr; did you mean stderr?", reason: "keys are case-sensitive, suggestions are not"},
		{name: "unknown-key-far", file: "nbcheck.toml", text: "colour = true\n",
			wantErr: "nbcheck.toml:1:1: unknown key colour (known: abs_tol, cell_timeout, clock, exclude, lax, normalize, rel_tol, sanitize_with, stderr, timeout)",
			reason:  "no close key: list them"},
		{name: "wrong-type", file: "nbcheck.toml", text: "\nlax = \"yes\"\n",
			wantErr: "nbcheck.toml:2: lax: got a string, want true or false", reason: "type errors name the key and line"},
		{name: "negative", file: "pyproject.toml", text: "[tool.nbcheck]\nrel_tol = -1\n",
			wantErr: "pyproject.toml:2: tool.nbcheck.rel_tol: got -1, want a number >= 0", reason: "tolerances are not negative"},
		{name: "bad-normalisation", file: "nbcheck.toml", text: "normalize = [\"floats\", \"ansii\"]\n",
			wantErr: `nbcheck.toml:1: normalize: unknown normalisation "ansii"; did you mean "ansi"?`, reason: "normalisation names are checked"},
		{name: "bad-duration", file: "nbcheck.toml", text: "cell_timeout = \"ten\"\n",
			wantErr: `nbcheck.toml:1: cell_timeout: got "ten", want a duration such as "30s" or "2m", or a number of seconds`, reason: "durations are Go durations or seconds"},
		{name: "bad-clock", file: "nbcheck.toml", text: "clock = \"wall\"\n",
			wantErr: `nbcheck.toml:1: clock: got "wall", want "virtual" or "real"`, reason: "the clock is one of two"},
		{name: "syntax", file: "nbcheck.toml", text: "lax = \n",
			wantErr: "nbcheck.toml:1:7: unexpected character U+000A at start of value", reason: "TOML syntax errors have a position"},
		{name: "missing-sanitize-file", file: "nbcheck.toml", text: "sanitize_with = \"nope.cfg\"\n",
			wantErr: "", reason: "checked in TestLoadConfig, which has a folder"},
	}
	for _, tt := range tests {
		if tt.name == "missing-sanitize-file" {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			cfg, found, err := check.ParseConfig(tt.file, []byte(tt.text))
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Fatalf("error %q, want %q (%s)", gotErr, tt.wantErr, tt.reason)
			}
			if err != nil {
				return
			}
			if found != tt.found {
				t.Errorf("found %v, want %v", found, tt.found)
			}
			want := check.DefaultConfig()
			if tt.found {
				want.Path = tt.file
			}
			if tt.edit != nil {
				tt.edit(&want)
			}
			if d := cmp.Diff(want, cfg, cmpopts.IgnoreUnexported(check.Sanitizer{})); d != "" {
				t.Errorf("config (-want +got):\n%s(%s)", d, tt.reason)
			}
		})
	}
}

func TestLoadConfig(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "pyproject.toml"), "[tool.nbcheck]\nsanitize_with = \"ci/nbval.cfg\"\nrel_tol = 0.05\n")
	writeFile(t, filepath.Join(root, "ci", "nbval.cfg"), "[ids]\nregex: id=\\d+\nreplace: id=N\n")
	writeFile(t, filepath.Join(root, "docs", "pyproject.toml"), "[tool.other]\nx = 1\n")
	writeFile(t, filepath.Join(root, "docs", "deep", "x.ipynb"), "{}")
	writeFile(t, filepath.Join(root, "strict", "nbcheck.toml"), "lax = true\n")
	writeFile(t, filepath.Join(root, "strict", "pyproject.toml"), "[tool.nbcheck]\nlax = false\n")

	cfg, path, err := check.LoadConfig(filepath.Join(root, "docs", "deep"))
	if err != nil {
		t.Fatal(err)
	}
	if path != filepath.Join(root, "pyproject.toml") {
		t.Errorf("found %s, want the root pyproject.toml (docs/pyproject.toml has no [tool.nbcheck])", path)
	}
	if cfg.Tolerance.Rel != 0.05 || len(cfg.Sanitizers) != 1 || cfg.SanitizeWith != filepath.Join(root, "ci", "nbval.cfg") {
		t.Errorf("config %+v", cfg)
	}
	opts := cfg.Options()
	r := check.Compare(outs(stdout("id=1\n")), outs(stdout("id=2\n")), opts)
	if r.Verdict != check.Match {
		t.Errorf("the config's sanitizer is not applied: %q", r.Verdict)
	}

	cfg, path, err = check.LoadConfig(filepath.Join(root, "strict"))
	if err != nil || path != filepath.Join(root, "strict", "nbcheck.toml") || !cfg.Lax {
		t.Errorf("nbcheck.toml must win over pyproject.toml in the same folder: %s %v %v", path, cfg.Lax, err)
	}

	writeFile(t, filepath.Join(root, "bad", "nbcheck.toml"), "sanitize_with = \"missing.cfg\"\n")
	_, _, err = check.LoadConfig(filepath.Join(root, "bad"))
	if err == nil {
		t.Fatal("a missing sanitize file must be an error")
	}
	writeFile(t, filepath.Join(root, "bad2", "nbcheck.toml"), "sanitize_with = \"s.cfg\"\n")
	writeFile(t, filepath.Join(root, "bad2", "s.cfg"), "[x]\nregex: (?!no)\nreplace: y\n")
	_, _, err = check.LoadConfig(filepath.Join(root, "bad2"))
	want := filepath.Join(root, "bad2", "s.cfg") + `:2: section [x]: regex "(?!no)": negative lookahead (?!...): Go's RE2 regexps do not support it; rewrite the regex without it`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestDefaultConfigOptions(t *testing.T) {
	opts := check.DefaultConfig().Options()
	if opts.Disable != 0 || opts.IgnoreStderr || opts.Lax || *opts.Tolerance != check.DefaultTolerance {
		t.Errorf("default config gives options %+v, want the zero Options' behaviour", opts)
	}
}
