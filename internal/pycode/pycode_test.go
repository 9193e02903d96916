package pycode_test

import (
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "github.com/go-python/gpython/compile" // sets py.Compile
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/pycode"
	"github.com/nbcheck/nbcheck/transpile"
)

// TestRoundTrip encodes and decodes the code of every standard module
// nbcheck embeds, as its workers receive it, and of a source with every
// kind of constant: each comes back equal field by field.
func TestRoundTrip(t *testing.T) {
	sources := map[string]string{"constants": `
a = (None, ..., True, False, 1, -7, 2**100, -(2**80), 1.5, -0.0, 2j, 1+3j, "s", "", b"b", b"", (1, (2, "x")), ())
def f(x, *args, y=1, **kw):
    def g():
        return x
    return g
class C:
    "doc"
    z = lambda: __class__
`}
	err := filepath.WalkDir("../../pystd/lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := os.ReadFile(path)
		sources[path] = string(src)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) < 20 {
		t.Fatalf("found %d sources, want the standard modules", len(sources))
	}
	for name, src := range sources {
		res, err := transpile.Script(src, transpile.Options{Filename: name})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		code, err := py.Compile(res.Code, name, py.ExecMode, 0, true)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, err := pycode.Encode(code)
		if err != nil {
			t.Fatalf("%s: encode: %v", name, err)
		}
		back, err := pycode.Decode(b)
		if err != nil {
			t.Fatalf("%s: decode: %v", name, err)
		}
		if !reflect.DeepEqual(code, back) {
			t.Errorf("%s: the decoded code differs from the compiled code: %s", name, diffCode(code, back, ""))
		}
		// Every shorter input is refused, never read as something else.
		for _, n := range []int{0, 1, len(b) / 2, len(b) - 1} {
			if _, err := pycode.Decode(b[:n]); err == nil {
				t.Errorf("%s: Decode of the first %d of %d bytes succeeded", name, n, len(b))
			}
		}
	}
}

func TestEncodeRefuses(t *testing.T) {
	code := &py.Code{Consts: py.Tuple{py.NewList()}}
	if _, err := pycode.Encode(code); err == nil {
		t.Error("Encode of a code object holding a list succeeded")
	}
	code = &py.Code{Consts: py.Tuple{(*py.BigInt)(big.NewInt(5))}}
	b, err := pycode.Encode(code)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-1] ^= 0xff // damage the big integer
	if back, err := pycode.Decode(append(b, 0)); err == nil {
		t.Errorf("Decode of damaged input gave %v", back.Consts)
	}
}

func diffCode(a, b *py.Code, path string) string {
	va, vb := reflect.ValueOf(*a), reflect.ValueOf(*b)
	for i := 0; i < va.NumField(); i++ {
		f := va.Type().Field(i).Name
		if f == "Consts" {
			if len(a.Consts) != len(b.Consts) || (a.Consts == nil) != (b.Consts == nil) {
				return path + ".Consts length"
			}
			for j := range a.Consts {
				ca, ok1 := a.Consts[j].(*py.Code)
				cb, ok2 := b.Consts[j].(*py.Code)
				if ok1 && ok2 {
					if d := diffCode(ca, cb, path+"/"+ca.Name); d != "" {
						return d
					}
				} else if !reflect.DeepEqual(a.Consts[j], b.Consts[j]) {
					return fmt.Sprintf("%s.Consts[%d]: %#v vs %#v", path, j, a.Consts[j], b.Consts[j])
				}
			}
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			return fmt.Sprintf("%s.%s: %#v vs %#v", path, f, va.Field(i).Interface(), vb.Field(i).Interface())
		}
	}
	return ""
}
