package pystd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTracebacksUnsupported checks that what would print a traceback
// (which nbcheck cannot build) makes the cell unsupported instead of
// printing something CPython would not.
func TestTracebacksUnsupported(t *testing.T) {
	cases := []struct{ code, want string }{
		{"import traceback\ntry:\n    1/0\nexcept ZeroDivisionError:\n    traceback.print_exc()\n", "unsupported: traceback.print_exc"},
		{"import traceback\ntry:\n    1/0\nexcept ZeroDivisionError:\n    s = traceback.format_exc()\n", "unsupported: traceback.format_exc"},
		{"import logging\ntry:\n    1/0\nexcept ZeroDivisionError:\n    logging.exception('failed')\n", "unsupported: logging: tracebacks"},
		{"import logging\nlogging.getLogger('x').error('e', exc_info=True)\n", "unsupported: logging: tracebacks"},
		{"import logging\nlogging.basicConfig(format='%(filename)s:%(lineno)d %(message)s')\nlogging.warning('w')\n", "unsupported: logging: %(filename)s, %(lineno)d"},
		{"import logging\nlogging.basicConfig(format='{funcName} {message}', style='{')\nlogging.warning('w')\n", "unsupported: logging: %(filename)s, %(lineno)d"},
	}
	dir := t.TempDir()
	for i, c := range cases {
		path := filepath.Join(dir, "case.py")
		if err := os.WriteFile(path, []byte(c.code), 0o644); err != nil {
			t.Fatal(err)
		}
		got := runScript(t, path)
		if !strings.Contains(got, "NotImplementedError: "+c.want) {
			t.Errorf("%d: got %q, want NotImplementedError: %s", i, got, c.want)
		}
	}
}

// TestNetworkModulesUnsupported checks that urllib.request, which would
// reach the network, refuses to import with an "unsupported:" reason,
// while urllib.parse and urllib.error import.
func TestNetworkModulesUnsupported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.py")
	code := "import urllib.parse, urllib.error\nprint(urllib.parse.quote('a b'))\nimport urllib.request\n"
	if err := os.WriteFile(path, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runScript(t, path)
	if !strings.HasPrefix(got, "a%20b\n") || !strings.Contains(got, "ImportError: unsupported: module urllib.request: nbcheck gives notebooks no network") {
		t.Errorf("got %q", got)
	}
}

// TestSourceUnsupported checks that inspect functions needing source
// files or frames make the cell unsupported.
func TestSourceUnsupported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.py")
	for _, fn := range []string{"getsource", "getsourcelines", "getfile", "stack", "currentframe"} {
		code := "import inspect\ndef f():\n    pass\ninspect." + fn + "(f)\n"
		if fn == "stack" || fn == "currentframe" {
			code = "import inspect\ninspect." + fn + "()\n"
		}
		if err := os.WriteFile(path, []byte(code), 0o644); err != nil {
			t.Fatal(err)
		}
		got := runScript(t, path)
		if !strings.Contains(got, "NotImplementedError: unsupported: inspect."+fn) {
			t.Errorf("%s: got %q", fn, got)
		}
	}
}
