# random.seed with every kind of seed CPython accepts.
import random

for s in [0, 1, 2, 42, 12345, -1, -42, 2**32 - 1, 2**32, 2**63, 2**100 + 17,
          10**30, True, False, 0.5, 3.25, -7.75, 1e100, "", "a", "hello world",
          "héllo ✓", b"", b"bytes seed", bytearray(b"bytes seed")]:
    random.seed(s)
    print(repr(s), random.random(), random.random())

for s in ["abc", b"abc", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

r = random.Random(2024)
print(r.random(), r.random())
r.seed(2024)
print(r.random())
print(random.Random("x").random() == random.Random(b"x").random())
