package pystd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// deepcopyHooks wraps copy.py's Go core: entered lists what copy.py
// hands to it (TOP for the object being copied), back what the core
// hands back to copy.py's deepcopy.
const deepcopyHooks = `
import copy, _nbcopy
entered, back = [], []
def _back(x, memo):
    back.append(type(x).__name__)
    return copy.deepcopy(x, memo)
_go = _nbcopy.builtin_copier(tuple(copy._atomic_types), _back)
top = None
def _counted(x, memo):
    entered.append("TOP" if x is top else type(x).__name__)
    return _go(x, memo)
copy._copy_builtin = _counted
`

// deepcopyPathLoop copies each case's object and prints what went
// through the Go core.
const deepcopyPathLoop = `
for label, x in cases:
    top = x
    del entered[:], back[:]
    copy.deepcopy(x)
    print(label, "TOP" in entered, entered.count("TOP"), sorted(back))
`

// TestDeepcopyGoPath checks that copy.deepcopy takes its Go core for an
// exact list, tuple or dict, and that the core copies every nested exact
// list, tuple and dict and atomic item itself (nothing handed back to
// Python), and that it does not take it for subclasses (namedtuple,
// OrderedDict, defaultdict, user subclasses), objects with __deepcopy__
// or instances, whose items the core hands back. A deepcopy that stopped
// using the core, or a core that sent plain items back to Python, fails
// here; that the results are CPython's is the conformance case
// copy/deepcopy_go_path.py.
func TestDeepcopyGoPath(t *testing.T) {
	// The objects of the conformance case, whose results are checked
	// against CPython's: its lines up to its own loop.
	src, err := os.ReadFile("testdata/conformance/copy/deepcopy_go_path.py")
	if err != nil {
		t.Fatal(err)
	}
	objects, _, ok := strings.Cut(string(src), "# The copies")
	if !ok {
		t.Fatal("deepcopy_go_path.py lacks its '# The copies' line")
	}
	path := filepath.Join(t.TempDir(), "deepcopy_path.py")
	if err := os.WriteFile(path, []byte(deepcopyHooks+objects+deepcopyPathLoop), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `plain True 1 []
tuple True 1 []
tuple with list True 1 []
dict True 1 []
list subclass False 0 []
dict subclass False 0 []
tuple subclass False 0 []
namedtuple False 0 []
OrderedDict False 0 []
defaultdict False 0 []
__deepcopy__ False 0 []
__deepcopy__ inside True 1 ['D', 'D', 'D']
instance False 0 []
instance inside True 1 ['Plain']
subclass inside True 1 ['MyList', 'P']
`
	if diff := cmp.Diff(want, runScript(t, path)); diff != "" {
		t.Errorf("deepcopy's paths (-want +got):\n%s", diff)
	}
}
