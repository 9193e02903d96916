# __name__, __qualname__, __module__ and repr of builtin types, and the
# type names in the messages of setting, deleting and reading a missing
# attribute of one (gpython names some of its types otherwise: method,
# bigint, complex64, EllipsisType, map as filter).
import sys
def gen():
    yield 1
class C:
    def m(self):
        pass
objs = [("int", 1), ("big int", 2**100), ("bool", True), ("float", 1.5),
        ("complex", 1j), ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray(b"x")),
        ("list", []), ("tuple", ()), ("dict", {}), ("set", set()),
        ("frozenset", frozenset()), ("None", None), ("Ellipsis", ...),
        ("range", range(3)), ("slice", slice(1)), ("len", len), ("print", print),
        ("type", type), ("object", object()), ("function", gen),
        ("lambda", lambda: 0), ("generator", gen()), ("method", C().m),
        ("module", sys), ("dict_keys", {}.keys()), ("dict_values", {}.values()),
        ("dict_items", {}.items()), ("enumerate", enumerate([])), ("zip", zip()),
        ("exception", ValueError())]
for label, o in objs:
    t = type(o)
    print(label, "|", t.__name__, "|", t.__qualname__, "|", repr(t), "|", t.__module__)
for t in [int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, bool, type, object, range, slice, property, staticmethod,
          classmethod, super, map, BaseException, ValueError, KeyError, OSError]:
    print(t.__name__, t.__qualname__, repr(t), t.__module__)
for label, t in [("builtin", type(len)), ("complex", complex), ("float", float),
                 ("NoneType", type(None)), ("function", type(gen)),
                 ("module", type(sys)), ("int", int), ("big int", type(2**100)),
                 ("ellipsis", type(...)), ("map", map), ("method", type(C().m))]:
    try:
        t.zz = 1
        print(label, "set")
    except TypeError as e:
        print(label, "TypeError", e)
    try:
        del t.zz
        print(label, "deleted")
    except TypeError as e:
        print(label, "TypeError", e)
    try:
        t.zz
        print(label, "read")
    except AttributeError as e:
        print(label, "AttributeError", e)
# the names in messages gpython writes itself, and bases CPython refuses
for label, f in [("big + str", lambda: 2**100 + "a"), ("len[0]", lambda: len[0]), ("bound m()[0]", lambda: C().m[0]),
                 ("complex % str", lambda: 1j % "a"), ("map()", lambda: map())]:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError", e)
for label, base in [("ellipsis", type(...)), ("builtin", type(len)), ("method", type(C().m))]:
    try:
        class X(base):
            pass
        print(label, "subclassed")
    except TypeError as e:
        print(label, "TypeError", e)
