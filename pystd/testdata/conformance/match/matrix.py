# Every pattern kind against many subjects: one line per subject with the
# case number that matched and the bindings.
import collections

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

class Q(P):
    pass

def classify(v):
    match v:
        case None:
            return 0, ()
        case True | False as b:
            return 1, (b,)
        case 0 | 0.0:
            return 2, ()
        case int(n) if n < 0:
            return 3, (n,)
        case str() as s if not s:
            return 4, (s,)
        case [] | ():
            return 5, ()
        case [x]:
            return 6, (x,)
        case [int(a), int(b)]:
            return 7, (a, b)
        case [x, [y, *ys]]:
            return 8, (x, y, ys)
        case (first, *_, last) if first == last:
            return 9, (first, last)
        case {"k": [*items]}:
            return 10, (items,)
        case {"k": k, **others} if others:
            return 11, (k, others)
        case {"k": k}:
            return 12, (k,)
        case {}:
            return 13, ()
        case Q(0, y):
            return 14, (y,)
        case P(x=0) | P(y=0):
            return 15, ()
        case P(x, y) if x == y:
            return 16, (x,)
        case P(x, P() as inner):
            return 17, (x, inner)
        case P():
            return 18, ()
        case (float() | complex()) as f:
            return 19, (f,)
        case bytes(bs) | bytearray(bs):
            return 20, (bs,)
        case str(s):
            return 21, (s,)
        case frozenset() | set():
            return 22, ()
        case [*_]:
            return 23, ()
        case other:
            return 24, (type(other).__name__,)

subjects = [
    None, True, False, 0, 0.0, -0.0, -5, 7, "", "abc", [], (), range(0),
    [1], (2,), "x", [1, 2], (1, 2), [1, "2"], [1, [2, 3, 4]], (1, [2]),
    [1, 5, 1], (3, 4, 5, 3), "aba", {"k": [1, 2]}, {"k": (1,)}, {"k": "s"},
    {"k": 1, "j": 2}, {"k": 1}, {"j": 1}, {}, collections.OrderedDict(k=3),
    Q(0, 1), Q(1, 1), P(0, 5), P(5, 0), P(2, 2), P(1, P(2, 3)), P(1, 2),
    1.5, 2j, b"b", bytearray(b"ba"), frozenset({1}), {1, 2},
    collections.deque([1, 2, 3]), range(1, 4), (1, 2, 3), object,
]
for v in subjects:
    print(repr(v), "->", classify(v))
