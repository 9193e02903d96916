def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (x, y, z):
            return f"three {x!r} {y!r} {z!r}"
        case _:
            return "not a short sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), range(3), range(0),
          "ab", "a", "", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, [1, 2, 3, 4], 5, None]:
    print(repr(v), "->", seq(v))

match [[1, 2], [3, [4, 5]]]:
    case [[a, b], [c, [d, e]]]:
        print("nested", a, b, c, d, e)

match (1, "x", [2.0]):
    case (int(), str() as s, [float(f)]):
        print("typed", s, f)
