class Color:
    RED = "red"
    GREEN = "green"

class Shade:
    class Dark:
        BLUE = "navy"

def name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case Shade.Dark.BLUE:
            return "dark blue"
    return "unknown"

for c in ["red", "green", "navy", "blue"]:
    print(c, name(c))

import math
match math.pi:
    case math.pi:
        print("math.pi")
class F:
    nan = float("nan")
match F.nan:
    case F.nan:
        print("nan matched")
    case _:
        print("nan never equals nan")

class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True

match Eq():
    case 5:
        print("custom __eq__ decides")
