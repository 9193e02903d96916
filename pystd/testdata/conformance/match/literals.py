def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case 1:
            return "one"
        case _:
            return "other"

for v in [0, -1, 2.5, 1 + 2j, "hello!", b"raw", True, False, None, 1, 1.0, 0.0, "x", [], 2]:
    print(repr(v), "->", lit(v))
