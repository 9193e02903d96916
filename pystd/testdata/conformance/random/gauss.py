# gauss and normalvariate: sequences for several seeds; gauss keeps its
# second value for the next call, and seeding forgets it.
import random

for seed in [0, 1, 42]:
    random.seed(seed)
    print([random.gauss(0, 1) for _ in range(6)])
    print([random.normalvariate(100, 15) for _ in range(4)])
    print(random.gauss(), random.normalvariate())
random.seed(1)
a = random.gauss()
random.seed(1)
print(a == random.gauss())
print([round(random.gauss(170, 10), 1) for _ in range(10)])
