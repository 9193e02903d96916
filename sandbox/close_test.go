package sandbox

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// TestCloseClosesFiles: Close closes every file the notebook opened and
// left open, as a process's exit would, since a worker runs more
// notebooks after it (one that kept 20000 files open made every open
// of the next fail with EMFILE); files it closed or dropped are left
// alone.
func TestCloseClosesFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.txt"), []byte("x"), 0o666); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	builtins, err := ctx.GetModule("builtins")
	if err != nil {
		t.Fatal(err)
	}
	orig := builtins.Globals["open"]
	var files []*py.File
	for i := 0; i < 200; i++ { // past the compaction of dropped entries
		name, mode := "data.txt", "r"
		switch i % 3 {
		case 1:
			name, mode = "out.txt", "w"
		case 2:
			mode = "rb"
		}
		res, err := s.open(orig, py.Tuple{py.String(name), py.String(mode)}, nil)
		if err != nil {
			t.Fatalf("open(%q, %q): %v", name, mode, err)
		}
		f, ok := res.(*py.File)
		if !ok {
			t.Fatalf("open(%q, %q) = %T, want *py.File", name, mode, res)
		}
		files = append(files, f)
	}
	files[0].File.Close() // closed by the notebook: Close leaves it
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		if _, err := f.File.Stat(); !errors.Is(err, os.ErrClosed) {
			t.Fatalf("file %d (of %d) is still open after Close (Stat: %v)", i, len(files), err)
		}
	}
	if _, err := os.Stat(s.Scratch()); !os.IsNotExist(err) {
		t.Errorf("scratch folder left after Close: %v", err)
	}
}
