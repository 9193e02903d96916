from collections import namedtuple
P = namedtuple("P", "a b")
p = P(1, 2)
print(p + (3,), (0,) + p, p + p, type(p + p).__name__)
try:
    p + [1]
except TypeError as e:
    print(e)
