# Error messages.
import random

r = random.Random(5)
tests = [
    lambda: r.choice([]),
    lambda: r.choice(""),
    lambda: r.sample({1, 2}, 1),
    lambda: r.sample([1, 2], 3),
    lambda: r.sample([1, 2], -1),
    lambda: r.sample([1, 2], 1, counts=[1]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]),
    lambda: r.sample([1, 2], 1, counts=[1.5, 1]),
    lambda: r.choices([1, 2], [1]),
    lambda: r.choices([1, 2], [0, 0]),
    lambda: r.choices([1, 2], 2),
    lambda: r.choices([1, 2], [1, float("inf")]),
    lambda: r.choices([1, 2], weights=[1, 1], cum_weights=[1, 2]),
    lambda: r.getrandbits(-1),
    lambda: r.randbytes(-1),
    lambda: r.seed([1]),
    lambda: r.seed((1,)),
    lambda: r.setstate((9, 1, 2)),
    lambda: r.setstate((3, (1,) * 5, None)),
    lambda: r.setstate((3, (0,) * 624 + (625,), None)),
    lambda: r.gammavariate(0, 1),
    lambda: r.betavariate(0, 1),
    lambda: r.randint(5, 1),
    lambda: r.randrange(0),
    lambda: r.randrange(-3),
    lambda: r.randrange(5, 2),
    lambda: r.randrange(1, 10, 0),
    lambda: r.randrange(1, 2, -1),
    lambda: r.randrange(10, None, 2),
    lambda: r.randint(1.5, 3),
    lambda: r.shuffle((1, 2)),
    lambda: r.expovariate(0),
    lambda: r.uniform("a", 1),
    lambda: random.SystemRandom().getstate(),
    lambda: r.choice({}),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
