calls = []

def check(tag, result):
    calls.append(tag)
    return result

for v in [1, 5, 10]:
    match v:
        case n if check(("small?", n), n < 3):
            print(v, "small")
        case n if check(("medium?", n), n < 8):
            print(v, "medium")
        case n:
            print(v, "large")
print(calls)

data = [3, 0, -2]
for v in data:
    match v:
        case int() if (sq := v * v) > 1:
            print(v, "square", sq)
        case _:
            print(v, "skip")
