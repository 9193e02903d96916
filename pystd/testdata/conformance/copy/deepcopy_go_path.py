# The objects pystd/deepcopy_test.go copies to check which go through the
# Go core of deepcopy (exact lists, tuples and dicts) and which do not
# (subclasses, __deepcopy__, instances); here their results, against
# CPython's.
import copy
from collections import OrderedDict, defaultdict, namedtuple

class D:
    def __deepcopy__(self, memo):
        return "D copied"
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
P = namedtuple("P", "a b")
class Plain:
    def __init__(self): self.v = [1, 2]
    def __repr__(self): return "Plain(%r)" % (self.v,)

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
# The copies (deepcopy_test.go runs the lines above with its own loop).
for label, x in cases:
    y = copy.deepcopy(x)
    same = y is x
    print(label, type(y).__name__, repr(y), "same" if same else "new")
    if isinstance(x, (list, tuple)) and not same and len(x) == len(y):
        print("  items kept:", [a is b for a, b in zip(x, y)])
    if isinstance(x, dict) and not same:
        print("  values kept:", [x[k] is y[k] for k in x])

# Sharing and cycles through the Go path: one copy of a shared list, a
# list that contains itself, a tuple holding a list that holds the tuple.
y = copy.deepcopy([shared, shared])
print(y[0] is y[1], y[0] is shared)
c = [1]
c.append(c)
y = copy.deepcopy(c)
print(y[1] is y, y is c)
l = []
t = (l,)
l.append(t)
y = copy.deepcopy(t)
print(y[0][0] is y, y is t)
memo = {}
y = copy.deepcopy([shared], memo)
print(memo[id(shared)] is y[0], len(memo))
