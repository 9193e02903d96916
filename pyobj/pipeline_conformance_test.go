package pyobj_test

// TestConformancePipeline runs the same conformance cases as
// TestConformance, but as `nbcheck exec` runs a script: transpiled, on a
// full kernel (pyrt, pyobj, pystd, sandbox). It is what users see; the
// other test isolates the object layer under bare gpython compilation.
// Cases that fail here are listed in known-gaps-pipeline.md.

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/runner"
	"github.com/nbcheck/nbcheck/transpile"
)

// runPipeline returns the case's stdout, followed by the last line of its
// traceback (its message) when it ended with an uncaught exception, as
// gen.py prints it.
func runPipeline(t *testing.T, path string) string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := transpile.Script(string(src), transpile.Options{Filename: "case.py"})
	if err != nil {
		return "TRANSPILE ERROR: " + err.Error() + "\n"
	}
	k, err := runner.NewKernel(runner.Options{Script: true}, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	var stdout, stderr bytes.Buffer
	if status := k.RunScript(res.Code, "case.py", &stdout, &stderr); status != 0 {
		// The message is what follows the traceback's last indented line.
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		i := len(lines) - 1
		for i > 0 && !strings.HasPrefix(lines[i-1], " ") && !strings.HasPrefix(lines[i-1], "Traceback") {
			i--
		}
		stdout.WriteString(strings.Join(lines[i:], "\n") + "\n")
	}
	return stdout.String()
}

func TestConformancePipeline(t *testing.T) {
	files, err := filepath.Glob("testdata/conformance/*/*.py")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	gaps := readGapsFile(t, "testdata/conformance/known-gaps-pipeline.md")
	pass, listedPassing := 0, []string{}
	for _, file := range files {
		name := strings.TrimPrefix(filepath.ToSlash(file), "testdata/conformance/")
		want, err := os.ReadFile(file + ".out")
		if err != nil {
			t.Errorf("%s: no golden output (run python3 testdata/gen.py): %v", name, err)
			continue
		}
		got1, got2 := runPipeline(t, file), runPipeline(t, file)
		_, listed := gaps[name]
		if got1 == string(want) && got2 == string(want) {
			pass++
			if listed {
				listedPassing = append(listedPassing, name)
			}
			continue
		}
		if listed {
			continue
		}
		if got1 != got2 {
			t.Errorf("%s: output differs between runs (-run1 +run2):\n%s", name, cmp.Diff(got1, got2))
		}
		t.Errorf("%s: output differs from CPython (-want +got):\n%s", name, cmp.Diff(string(want), got1))
	}
	for name := range gaps {
		if _, err := os.Stat(filepath.Join("testdata/conformance", name)); err != nil {
			t.Errorf("known-gaps-pipeline.md lists %s, which does not exist", name)
		}
	}
	t.Logf("conformance through the pipeline: %d/%d cases match CPython 3.11", pass, len(files))
	if len(listedPassing) > 0 {
		t.Logf("listed in known-gaps-pipeline.md but passing now: %s", strings.Join(listedPassing, ", "))
	}
}
