package pyobj_test

// TestConformancePipeline runs the same conformance cases as
// TestConformance, but as `nbcheck exec` runs a script: transpiled, on a
// full kernel (pyrt, pyobj, pystd, sandbox). It is what users see; the
// other test isolates the object layer under bare gpython compilation.
// Cases that fail here are listed in known-gaps-pipeline.md.

import (
	"bytes"
	"os"
	"strings"
	"testing"

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
	runCases(t, "known-gaps-pipeline.md", true, func(file string) string { return runPipeline(t, file) })
}
