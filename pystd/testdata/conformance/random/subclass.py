# Subclasses of Random: overriding random() makes randrange use random()
# instead of getrandbits(), as CPython does.
import random


class Constant(random.Random):
    def random(self):
        return 0.5


c = Constant()
print(c.random(), c.randrange(10), c.choice("abcde"), c.uniform(0, 4))
x = list(range(6))
c.shuffle(x)
print(x)


class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


r = Counting(7)
print([r.randrange(100) for _ in range(5)], r.calls > 0)
print(r.random(), isinstance(r, random.Random))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(1234)


s = Seeded(99)
print(s.random() == random.Random(1234).random())
