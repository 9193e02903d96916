# sample: the pool algorithm (small populations) and the set algorithm
# (large ones), counts, strings and tuples.
import random

random.seed(10)
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))
print(random.sample(range(100), 30))
print(random.sample(range(26), 6))
print(random.sample(range(27), 6))
print(random.sample(range(10**9), 12))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 8))
print(random.sample(("a", "b", "c"), 2))
print(random.sample([1, 2, 3], 0))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
print(random.sample(range(1000), k=100)[:10])
for seed in [1, 2, 3]:
    random.seed(seed)
    print(random.sample(list(range(50)), 7), random.sample(range(500), 7))
