import collections

class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

match Logged(a=1, b=2):
    case {"a": 1, "b": x}:
        print("matched", x)

dd = collections.defaultdict(list, {"k": [1]})
match dd:
    case {"missing": _}:
        print("wrong")
    case {"k": [v]}:
        print("defaultdict", v)
print(sorted(dd))

od = collections.OrderedDict([("x", 1), ("y", 2)])
match od:
    case {"x": 1, **rest}:
        print("ordered rest", rest)

c = collections.Counter("abca")
match c:
    case {"a": n}:
        print("counter", n)
