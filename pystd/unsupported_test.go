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

// TestFunctionsUnsupported checks that what the standard modules leave
// out raises NotImplementedError("unsupported: <module>.<function>"),
// which makes the cell unsupported, rather than an AttributeError or an
// error CPython would not raise.
func TestFunctionsUnsupported(t *testing.T) {
	cases := []struct{ code, want string }{
		{"import zoneinfo\nzoneinfo.available_timezones()\n", "zoneinfo.available_timezones"},
		{"import zoneinfo\nzoneinfo.reset_tzpath()\n", "zoneinfo.reset_tzpath"},
		{"import zoneinfo\nzoneinfo.ZoneInfo.from_file(None)\n", "zoneinfo.ZoneInfo.from_file"},
		{"import hashlib\nhashlib.blake2b(b'x')\n", "hashlib.blake2b"},
		{"import hashlib\nhashlib.new('SHAKE_256', b'x')\n", "hashlib.shake_256"},
		{"import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 1)\n", "hashlib.pbkdf2_hmac"},
		{"import weakref\nclass C: pass\nc = C()\nweakref.getweakrefcount(c)\n", "weakref.getweakrefcount"},
		{"import weakref\nclass C: pass\nc = C()\nweakref.getweakrefs(c)\n", "weakref.getweakrefs"},
		{"from pathlib import Path\nPath('.').stat()\n", "pathlib.Path.stat"},
		{"from pathlib import Path\nPath('x').symlink_to('y')\n", "pathlib.Path.symlink_to"},
		{"from pathlib import PureWindowsPath\nPureWindowsPath('c:/x')\n", "pathlib.PureWindowsPath"},
		{"import struct\nstruct.pack_into('i', bytearray(4), 0, 1)\n", "struct.pack_into"},
		{"import struct\nstruct.Struct('i').pack_into(bytearray(4), 0, 1)\n", "struct.pack_into"},
		{"import shlex\nshlex.split('a b', posix=False)\n", "shlex.split(posix=False)"},
		{"from decimal import Decimal\nDecimal(2) ** Decimal('0.25')\n", "Decimal ** non-integer"},
		{"import logging.config\nlogging.config.fileConfig('x.ini')\n", "logging.config.fileConfig"},
	}
	path := filepath.Join(t.TempDir(), "case.py")
	for _, c := range cases {
		if err := os.WriteFile(path, []byte(c.code), 0o644); err != nil {
			t.Fatal(err)
		}
		got := runScript(t, path)
		if !strings.Contains(got, "NotImplementedError: unsupported: "+c.want) {
			t.Errorf("%q: got %q, want NotImplementedError: unsupported: %s", c.code, got, c.want)
		}
	}
}

// TestUnsupportedStandInNames checks that the stand-ins of
// _nbunsupported.function carry the names of the functions they stand
// for, as the real ones would in a repr or a traceback.
func TestUnsupportedStandInNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.py")
	code := "import hashlib, inspect, pathlib\n" +
		"for f in (hashlib.blake2b, inspect.getsource, pathlib.Path.stat):\n" +
		"    print(f.__name__, f.__qualname__)\n"
	if err := os.WriteFile(path, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "blake2b blake2b\ngetsource getsource\nstat Path.stat\n"
	if got := runScript(t, path); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
