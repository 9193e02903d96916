match 42:
    case x:
        print("captured", x)
print("still bound", x)

match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed, a and b bound:", a, b)

match "text":
    case _:
        print("wildcard")

def f(v):
    match v:
        case [x] | (x, 0):
            return x
        case other:
            return ("other", other)

print(f([5]), f((6, 0)), f((7, 1)), f("s"))
