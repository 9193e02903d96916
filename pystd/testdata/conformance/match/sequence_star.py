def star(v):
    match v:
        case [*rest]:
            return ("all", rest)

def head_tail(v):
    match v:
        case [first, *middle, last]:
            return (first, middle, last)
        case [*_]:
            return "short"

def prefix(v):
    match v:
        case [1, 2, *_]:
            return "starts 1, 2"
        case [*_, 9]:
            return "ends 9"
        case [_, *_, _]:
            return "at least two"
        case _:
            return "other"

for v in [[], [1], (1, 2), [1, 2, 3, 4], range(5), "abc"]:
    print(repr(v), star(v), head_tail(v), prefix(v))
for v in [[1, 2], [1, 2, 3], [0, 9], (0, 5, 9), [0, 1], [7]]:
    print(repr(v), prefix(v))
r = star((1, 2))
print(type(r[1]).__name__)
