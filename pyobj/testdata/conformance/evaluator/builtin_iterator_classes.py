# enumerate, zip, filter, map and reversed are classes, as in CPython: type(),
# isinstance, subclasses (with __next__ overridden, and super().__next__),
# their reprs and names, and their argument errors.
e = enumerate([1])
print(type(e), isinstance(e, enumerate), type(e) is enumerate, enumerate, zip, filter, map, reversed)
print(isinstance(zip(), zip), isinstance(filter(None, []), filter), isinstance(map(len, []), map), type(map(len, [])).__name__)
class E(enumerate): pass
print(list(E("ab")), list(E("ab", 5)), isinstance(E("a"), enumerate))
class M(map):
    def __next__(self):
        return "M" + str(super().__next__())
print(list(M(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, range(3))))
for f in [lambda: map(), lambda: map(len), lambda: map(len, 5), lambda: map(len, [], x=1), lambda: zip(5), lambda: enumerate(), lambda: filter(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(enumerate.__name__, zip.__qualname__, repr(filter), map.__module__, callable(zip))
it = map(int, ["1", "x"])
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(sorted(zip("ba", [2, 1])), dict(zip("ab", [1, 2])), list(filter(None, [0, 1, b"", b"x"])))
