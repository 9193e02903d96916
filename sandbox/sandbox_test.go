package sandbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestResolve checks the path rules an attacker would probe: traversal,
// absolute paths, symlinks to files and folders outside, the scratch
// folder shadowing the notebook's files, and --allow-writes.
func TestResolve(t *testing.T) {
	root := t.TempDir()
	nb := filepath.Join(root, "nb")
	outside := filepath.Join(root, "outside")
	for _, d := range []string{nb, outside, filepath.Join(nb, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	put := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put(filepath.Join(nb, "data.txt"), "data")
	put(filepath.Join(outside, "secret.txt"), "secret")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(nb, "link.txt")))
	must(os.Symlink(outside, filepath.Join(nb, "linkdir")))
	must(os.Symlink("data.txt", filepath.Join(nb, "inner.txt")))

	sb, err := New(Config{Dir: nb})
	must(err)
	defer sb.Close()
	wsb, err := New(Config{Dir: nb, AllowWrites: true})
	must(err)
	defer wsb.Close()
	usb, err := New(Config{Dir: nb, Unconfined: true}) // nbcheck exec's
	must(err)
	defer usb.Close()

	tests := []struct {
		sb    *Sandbox
		name  string
		kind  int
		want  string // the resolved path's suffix, or "" for refused
		ename string
	}{
		{sb, "data.txt", read, "/nb/data.txt", ""},
		{sb, "sub/../data.txt", read, "/nb/data.txt", ""},
		{sb, "inner.txt", read, "/nb/data.txt", ""},
		{sb, "../outside/secret.txt", read, "", "PermissionError"},
		{sb, filepath.Join(outside, "secret.txt"), read, "", "PermissionError"},
		{sb, "link.txt", read, "", "PermissionError"},
		{sb, "linkdir/secret.txt", read, "", "PermissionError"},
		{sb, "linkdir/new.txt", write, "/linkdir/new.txt", ""}, // in the scratch folder
		{wsb, "linkdir/new.txt", write, "", "PermissionError"},
		{sb, "/etc/passwd", read, "", "PermissionError"},
		{sb, "out.txt", write, "/out.txt", ""},
		{sb, "data.txt", write, "/data.txt", ""}, // a scratch copy, not the notebook's file
		{sb, filepath.Join(nb, "data.txt"), write, "", "PermissionError"},
		{sb, "../escape.txt", write, "", "PermissionError"},
		{wsb, "data.txt", write, "/nb/data.txt", ""},
		{wsb, "../escape.txt", write, "", "PermissionError"},
		{wsb, "link.txt", write, "", "PermissionError"},
		{usb, "../outside/secret.txt", read, "/outside/secret.txt", ""},
		{usb, "link.txt", read, "/outside/secret.txt", ""},
		{usb, "data.txt", write, "/nb/data.txt", ""},
		{usb, "../escape.txt", write, "/escape.txt", ""},
		{usb, "", read, "", "FileNotFoundError"},
		{sb, "", read, "", "FileNotFoundError"},
		{sb, "a\x00b", read, "", "ValueError"},
	}
	for _, tt := range tests {
		got, err := tt.sb.resolve(tt.name, tt.kind)
		switch {
		case tt.ename != "":
			if err == nil || !strings.Contains(errString(err), tt.ename) {
				t.Errorf("resolve(%q, %d) = %q, %v; want %s", tt.name, tt.kind, got, err, tt.ename)
			}
		case err != nil:
			t.Errorf("resolve(%q, %d): %v", tt.name, tt.kind, err)
		case !strings.HasSuffix(got, tt.want):
			t.Errorf("resolve(%q, %d) = %q, want …%s", tt.name, tt.kind, got, tt.want)
		}
		if tt.kind == write && err == nil && tt.sb == sb && !within(got, sb.Scratch()) {
			t.Errorf("resolve(%q) = %q: a write outside the scratch folder", tt.name, got)
		}
	}
	// A file the notebook wrote shadows the folder's for reading.
	put(filepath.Join(sb.Scratch(), "data.txt"), "mine")
	if got, _ := sb.resolve("data.txt", read); !within(got, sb.Scratch()) {
		t.Errorf("reading data.txt after writing it: %q, want the scratch copy", got)
	}
	// An unconfined sandbox makes no scratch folder: its writes go to Dir.
	if usb.Scratch() != usb.Dir() {
		t.Errorf("unconfined: scratch %q, want the folder %q", usb.Scratch(), usb.Dir())
	}
	// Close removes the scratch folder it made.
	scratch := sb.Scratch()
	sb.Close()
	if _, err := os.Stat(scratch); !os.IsNotExist(err) {
		t.Errorf("scratch folder left after Close: %v", err)
	}
}

func errString(err error) string { return err.Error() }
