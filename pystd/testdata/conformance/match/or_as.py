def f(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, x] | [x, 1]:
            return f"pair with 1: {x}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case {"a": x} | {"b": x}:
            return f"a or b {x}"
        case [(int() | float()) as n, *_] as whole:
            return f"number {n} first of {whole}"
        case _:
            return "no"

for v in [1, 3, 4, [1, 9], [8, 1], "s", b"b", {"b": 2}, {"a": 1, "b": 2}, [2.5, "x"], ["x"]]:
    print(repr(v), "->", f(v))
