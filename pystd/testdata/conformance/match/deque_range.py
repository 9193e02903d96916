import collections
import collections.abc

d = collections.deque([1, 2, 3])
match d:
    case [first, *rest]:
        print("deque", first, rest)

match range(10, 13):
    case [a, b, c]:
        print("range", a, b, c)

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

match Seq("a", "b"):
    case [x, y]:
        print("abc Sequence", x, y)

class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match NotSeq():
    case [x, y]:
        print("wrong")
    case _:
        print("a class with __getitem__ is not a sequence")

class Map(collections.abc.Mapping):
    def __init__(self, **kw):
        self.kw = kw
    def __getitem__(self, k):
        return self.kw[k]
    def __len__(self):
        return len(self.kw)
    def __iter__(self):
        return iter(self.kw)

match Map(a=1, b=2):
    case {"a": a, **rest}:
        print("abc Mapping", a, rest)

for v in ["ab", b"ab", bytearray(b"ab")]:
    match v:
        case [x, y]:
            print("wrong", v)
        case _:
            print(type(v).__name__, "is not a sequence pattern subject")
