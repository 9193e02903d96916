def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "something else"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], [], (1,), {"k": 1}, {"j": 2},
          frozenset({2, 1}), {3, 1}, None]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(7):
    case MyInt(n):
        print("subclass of int matches itself:", n, type(n).__name__)

match 5:
    case int(5):
        print("int(5) literal")
match 5.0:
    case int():
        print("wrong")
    case float(5):
        print("float(5) matches 5.0")
