class K:
    a = "x"
    b = "x"

try:
    match {"x": 1, "y": 2}:
        case {K.a: 1, K.b: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

match {"x": 1}:
    case {K.a: 1, K.b: 2}:
        print("no")
    case _:
        print("shorter mapping fails before the duplicate check")
