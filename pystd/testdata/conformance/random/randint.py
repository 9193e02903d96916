# randint and randrange: long sequences, several seeds.
import random

for seed in [1, 7, 99, 2023]:
    random.seed(seed)
    print([random.randint(1, 6) for _ in range(30)])
    print([random.randint(-1000, 1000) for _ in range(10)])
    print([random.randrange(10) for _ in range(20)])
    print([random.randrange(5, 50, 5) for _ in range(10)])
    print([random.randrange(100, 0, -3) for _ in range(10)])
    print(random.randint(0, 2**70), random.randrange(10**25, 10**26))
    print([random.randint(0, 1) for _ in range(40)])
