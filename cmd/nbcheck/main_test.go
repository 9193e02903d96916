package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the txtar scripts' expected files from what nbcheck printed")

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"nbcheck": func() int {
			return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		},
	}))
}

// TestScripts runs the end-to-end CLI scripts in testdata/script. Each
// opens with a comment that states its intent.
func TestScripts(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(e *testscript.Env) error {
			// Scripts reach the repository's fixtures through $REPO.
			e.Setenv("REPO", root)
			e.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

func TestRunNoArgs(t *testing.T) {
	var out, errb bytes.Buffer
	if got := run(nil, nil, &out, &errb); got != exitTrouble {
		t.Errorf("run() = %d, want %d", got, exitTrouble)
	}
	if !bytes.Contains(errb.Bytes(), []byte("Usage:")) {
		t.Errorf("run() printed %q on stderr, want the usage", errb.String())
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"typo", "chek", "check", "one letter missing"},
		{"swap", "trnaspile", "transpile", "two letters swapped"},
		{"far", "zzzzzz", "", "nothing is close: no suggestion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.in, commands); got != tt.want {
				t.Errorf("suggest(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}
