# An exception raised by the iterator of an inner for clause of a
# comprehension propagates (gpython's VM ended the loop silently).
def bad():
    yield 1
    raise KeyError("inner")


try:
    print([(x, y) for x in [1, 2] for y in bad()])
except KeyError as e:
    print("list:", e)
try:
    print({y for x in [1] for y in bad()})
except KeyError as e:
    print("set:", e)
try:
    print(list(y for x in [1] for y in bad()))
except KeyError as e:
    print("genexp:", e)
