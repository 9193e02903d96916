class E:
    def __eq__(self, o): raise ValueError("eq")
    __hash__ = object.__hash__
try:
    [E()].index(1)
except ValueError as e:
    print("ValueError", e)
def key(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    sorted([3, 2, 1], key=key)
except KeyError as e:
    print("KeyError", e)
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
