# IndexError and missing module attribute messages for an exception
# caught in the frame that raised it (nbcheck's evaluator fixes the
# message where it is raised), and exceptions compared with ==.
import math

lst = [1, 2]
try:
    lst[5]
except IndexError as e:
    print("list ->", e)
t = (1,)
try:
    t[-3]
except IndexError as e:
    print("tuple ->", e)
try:
    "ab"[2]
except IndexError as e:
    print("str ->", e)
try:
    lst[7] = 1
except IndexError as e:
    print("assign ->", e)
try:
    math.nosuch
except AttributeError as e:
    print("module ->", e)


def f():
    items = []
    try:
        return items[0]
    except IndexError as e:
        return str(e)


print("function ->", f())
a, b = ValueError("x"), ValueError("x")
print(a == a, a == b, a != b, a == 1)
print(a in [a], a in (b,), a in [b, a])
