def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5},
          {"type": "circle", "r": 5, "color": "red", "fill": True}, {"type": "square"},
          {"x": 1}, {}, [("type", "point")], "type", None]:
    print(v, "->", m(v))

match {1: "one", 2.5: "float", None: "none", b"k": "bytes"}:
    case {1: a, 2.5: b, None: c, b"k": d}:
        print("non-str keys", a, b, c, d)

match {"a": 1, "b": 2}:
    case {**rest}:
        print("rest only", rest, type(rest).__name__)

match {"a": {"b": [1, {"c": 3}]}}:
    case {"a": {"b": [_, {"c": deep}]}}:
        print("deep", deep)
