package pystd_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// deepcopyPathScript copies the objects of the conformance case
// copy/deepcopy_go_path.py (whose results are checked against CPython's)
// with copy.py's Go core wrapped, and prints for each: whether copy.py
// handed the object itself to the Go core (TOP) and the other objects it
// handed there, and which items the Go core handed back to copy.py's
// deepcopy.
const deepcopyPathScript = `
import copy, _nbcopy
from collections import OrderedDict, defaultdict, namedtuple
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
class D:
    def __deepcopy__(self, memo):
        return "D copied"
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
P = namedtuple("P", "a b")
class Plain:
    def __init__(self): self.v = [1, 2]
shared = [7]
cases = [
    ("plain", [1, 2.5, "s", None, True, b"b", (1, (2, 3)), {"k": [4, {5: 6}]}, range(3), len, D, shared, shared]),
    ("tuple", (1, 2)),
    ("tuple with list", (1, [2])),
    ("dict", {"a": (1, [2]), "b": shared, "c": shared}),
    ("list subclass", MyList([1, [2]])),
    ("dict subclass", MyDict(a=[1])),
    ("tuple subclass", MyTuple((1, [2]))),
    ("namedtuple", P(1, [2])),
    ("OrderedDict", OrderedDict(a=[1])),
    ("defaultdict", defaultdict(list, a=[1])),
    ("__deepcopy__", D()),
    ("__deepcopy__ inside", [D(), (D(),), {"k": D()}]),
    ("instance", Plain()),
    ("instance inside", [Plain()]),
    ("subclass inside", [MyList([1]), P(1, 2)]),
]
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
	dir := t.TempDir()
	path := filepath.Join(dir, "deepcopy_path.py")
	if err := os.WriteFile(path, []byte(deepcopyPathScript), 0o644); err != nil {
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
