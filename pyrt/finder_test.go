package pyrt_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func init() {
	code, err := py.Compile("x = 1\nimport nbc_no_such_module\n", "<nbcbroken>", py.ExecMode, 0, true)
	if err != nil {
		panic(err)
	}
	pkg, err := py.Compile("name = 'pkg'\n", "<nbcpkg>", py.ExecMode, 0, true)
	if err != nil {
		panic(err)
	}
	pyrt.RegisterFinder(func(name string) (*py.ModuleImpl, error) {
		switch name {
		case "nbcbroken":
			return &py.ModuleImpl{Info: py.ModuleInfo{Name: name}, Code: code}, nil
		case "nbcpkg", "nbcpkg.sub":
			return &py.ModuleImpl{Info: py.ModuleInfo{Name: name}, Code: pkg}, nil
		}
		return nil, nil
	})
}

// TestFinderImports: a module whose initialisation raised is run again at
// the next import (CPython drops it from sys.modules), dotted imports bind
// the top package and make submodules its attributes, and a missing
// submodule names itself.
func TestFinderImports(t *testing.T) {
	src := `for i in range(2):
    try:
        import nbcbroken
        print('imported')
    except ImportError as e:
        print("error", e)
import nbcpkg.sub
print(nbcpkg.name, nbcpkg.sub.name)
from nbcpkg import sub
print(sub is nbcpkg.sub)
try:
    import nbcpkg.nope
except ImportError as e:
    print("error", e)
`
	want := `error No module named 'nbc_no_such_module'
error No module named 'nbc_no_such_module'
pkg pkg
True
error No module named 'nbcpkg.nope'
`
	if got := runPy(t, "finder.py", src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
