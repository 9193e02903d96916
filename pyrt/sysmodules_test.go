package pyrt_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestSysModules: sys.modules is the mapping import follows, as CPython
// 3.11 (the wanted output is what python3 printed for the same files): a
// module is in it before its code runs (a circular import gets it half
// made), a deleted entry is imported again as a new module, a module
// whose code raised leaves it and runs again at the next import, a value
// put in it is what import gives, None halts the import. Modules of a
// finder (nbcpkg, finder_test.go) and files on sys.path alike.
func TestSysModules(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.py":   "import sys\nprint('a start', 'a' in sys.modules)\nimport b\nX = 1\nprint('a end', b.Y)\n",
		"b.py":   "import a\nY = 2\nprint('b sees a half made:', hasattr(a, 'X'))\n",
		"bad.py": "print('bad runs')\n1/0\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := `import sys
print(type(sys.modules) is dict, 'sys' in sys.modules, sys.modules['builtins'].__name__)
import a
print(sys.modules['a'] is a, 'b' in sys.modules)
del sys.modules['a']
import a as a2
print(a2 is a, sys.modules['a'] is a2)
for i in range(2):
    try:
        import bad
    except ZeroDivisionError as e:
        print('bad raised', 'bad' in sys.modules)
import nbcpkg.sub
print('nbcpkg' in sys.modules, sys.modules['nbcpkg.sub'] is nbcpkg.sub)
old = sys.modules.pop('nbcpkg.sub')
import nbcpkg.sub
print(nbcpkg.sub is old, sys.modules['nbcpkg.sub'] is nbcpkg.sub)
class Fake:
    x = 42
sys.modules['fakemod'] = Fake()
import fakemod
from fakemod import x
print(fakemod.x, x)
sys.modules['nbcpkg'] = None
try:
    import nbcpkg
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
`
	want := `True True builtins
a start True
b sees a half made: False
a end 2
True True
a start True
a end 2
False True
bad runs
bad raised False
bad runs
bad raised False
True True
False True
42 42
True import of nbcpkg halted; None in sys.modules
`
	got := runPyWith(t, "sysmodules.py", src, sysPath(dir))
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Each context has its own: the last run's entries are not here.
	if got := runPy(t, "fresh.py", "import sys\nprint('fakemod' in sys.modules, 'a' in sys.modules, sorted(sys.modules))\n"); got != "False False ['builtins', 'sys']\n" {
		t.Errorf("a new context's sys.modules: got %q", got)
	}
}

// TestImportErrorOfImportedFile: an ImportError raised by the code of a
// file that was found passes on as it is: CPython names the missing module
// the file imports, not the file's module (nbcheck said "No module named
// 'usesmissing'"). The wanted output is what python3 printed.
func TestImportErrorOfImportedFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "usesmissing.py"), []byte("import nowhere_mod\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := "import sys\ntry:\n    import usesmissing\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name, 'usesmissing' in sys.modules)\n"
	want := "ModuleNotFoundError No module named 'nowhere_mod' nowhere_mod False\n"
	if got := runPyWith(t, "importerr.py", src, sysPath(dir)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestImportPackageOfFiles: a package folder beside the notebook imports
// as CPython's: import pkg.mod runs pkg then pkg.mod and binds pkg (it
// bound pkg.mod as pkg); from pkg import mod imports the submodule; a
// second submodule imports once pkg is in sys.modules (it was 'No module
// named'). The wanted output is what python3 printed for the same files.
func TestImportPackageOfFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "pkg", "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"pkg/__init__.py":     "V = 'p'\n",
		"pkg/mod.py":          "M = 3\n",
		"pkg/sub/__init__.py": "W = 1\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := `import pkg.sub
import pkg.mod
import sys
print(pkg.sub.W, pkg.mod.M, sys.modules["pkg.mod"] is pkg.mod, pkg.__name__, pkg.mod.__name__)
from pkg import mod, V
print(mod is pkg.mod, V)
try:
    from pkg import nothing
except ImportError as e:
    print(type(e).__name__)
`
	want := "1 3 True pkg pkg.mod\nTrue p\nImportError\n"
	if got := runPyWith(t, "pkgfiles.py", src, sysPath(dir)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestImportlibReload: importlib.reload runs a module file's source again,
// read again, in the same module object (as python3 prints for the same
// steps); it reads only the file the import read: a module whose __file__
// was changed to another file is refused.
func TestImportlibReload(t *testing.T) {
	dir := t.TempDir()
	mod := filepath.Join(dir, "mymod.py")
	if err := os.WriteFile(mod, []byte("VALUE = 1\ndef get():\n    return VALUE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.py")
	if err := os.WriteFile(other, []byte("print('other ran')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `import importlib, sys
import mymod
print(mymod.VALUE, mymod.get())
old_get = mymod.get
with open(mymod.__file__, 'w') as f:
    f.write('VALUE = 2\nEXTRA = "new"\ndef get():\n    return VALUE * 10\n')
m = importlib.reload(mymod)
print(m is mymod, mymod.VALUE, mymod.get(), mymod.EXTRA, old_get())
mymod.__file__ = ` + "'" + other + "'" + `
try:
    importlib.reload(mymod)
except ImportError as e:
    print('refused')
`
	want := "1 1\nTrue 2 20 new 2\nrefused\n"
	got := runPyWith(t, "reload.py", src, sysPath(dir))
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// sysPath sets a context's sys.path to dir alone, for runPyWith.
func sysPath(dir string) func(py.Context) error {
	return func(ctx py.Context) error {
		sys, err := ctx.GetModule("sys")
		if err != nil {
			return err
		}
		sys.Globals["path"] = py.NewListFromStrings([]string{dir})
		return nil
	}
}
