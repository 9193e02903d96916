def walk(node):
    match node:
        case ("add", left, right):
            return walk(left) + walk(right)
        case ("mul", left, right):
            return walk(left) * walk(right)
        case ("neg", inner):
            match walk(inner):
                case 0:
                    return 0
                case v:
                    return -v
        case int() | float():
            return node
    raise ValueError(f"bad node {node!r}")

print(walk(("add", 1, ("mul", 2, ("neg", 3)))))
print(walk(("neg", ("add", 1, -1))))
try:
    walk(("pow", 2, 3))
except ValueError as e:
    print(e)

class Config:
    kind = "fast"
    match kind:
        case "fast":
            speed = 10
        case _:
            speed = 1
    match speed, kind:
        case (10, k):
            label = k.upper()

print(Config.speed, Config.label)
print(sorted(n for n in vars(Config) if not n.startswith("__")))
print(sorted(n for n in globals() if "nbc" in n))
