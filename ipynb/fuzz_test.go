package ipynb_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nbcheck/nbcheck/ipynb"
)

// addSeeds seeds f with the test notebooks, the fixtures, and the small
// notebooks of the shared corpus when it is there.
func addSeeds(f *testing.F) {
	var files []string
	for _, pat := range []string{"testdata/layout/*", "../fixtures/*.ipynb", sharedDir + "/corpus/*.ipynb"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte(nbWith(`{"cell_type": "code", "source": ["a\r", "\nb"], "outputs": [{"output_type": "stream", "name": "stdout", "text": "x\u2028y", "metadata": {}}]}`)))
	f.Add([]byte(codeWith(`{"output_type": "execute_result", "data": {"image/png": ["a\n", "b"], "application/json": ["c"], "text/plain": []}}`)))
}

// FuzzRead checks that Read never panics, that its errors are positioned,
// that Write takes whatever Read accepts, and that reading Write's output
// gives back the same notebook, in nbformat's layout.
func FuzzRead(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := ipynb.Read("nb.ipynb", data)
		if err != nil {
			var re *ipynb.ReadError
			if !errors.As(err, &re) || !strings.HasPrefix(err.Error(), "nb.ipynb:") || re.Line == 0 {
				t.Fatalf("error is not a positioned *ReadError: %#v", err)
			}
			return
		}
		out, err := ipynb.Write(nb)
		if err != nil {
			t.Fatalf("Write of a notebook Read accepted: %v", err)
		}
		if nb.Layout.Canonical != bytes.Equal(out, data) {
			t.Fatalf("Layout.Canonical = %v, but Write gives back the input: %v", nb.Layout.Canonical, !nb.Layout.Canonical)
		}
		nb2, err := ipynb.Read("out.ipynb", out)
		if err != nil {
			t.Fatalf("Read of Write's output: %v\n%s", err, out)
		}
		if !nb2.Layout.Canonical {
			t.Fatalf("Write's output is not canonical:\n%s", out)
		}
		if diff := cmp.Diff(nb, nb2, ignoreLayout); diff != "" {
			t.Fatalf("Read(Write(nb)) differs from nb (-nb +reread):\n%s", diff)
		}
		if c := nb.Clone(); !cmp.Equal(nb, c) {
			t.Fatalf("Clone differs: %s", cmp.Diff(nb, c))
		}
	})
}

// FuzzRoundTrip checks that Write(Read(x)) is a fixed point.
func FuzzRoundTrip(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := ipynb.Read("nb.ipynb", data)
		if err != nil {
			return
		}
		once, err := ipynb.Write(nb)
		if err != nil {
			t.Fatal(err)
		}
		nb2, err := ipynb.Read("once.ipynb", once)
		if err != nil {
			t.Fatal(err)
		}
		twice, err := ipynb.Write(nb2)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(once), string(twice)); diff != "" {
			t.Fatalf("Write(Read(Write(Read(x)))) differs from Write(Read(x)) (-once +twice):\n%s", diff)
		}
	})
}
