# choices: unweighted, weights, cum_weights, k.
import random

random.seed(5)
print(random.choices(["H", "T"], k=20))
print(random.choices(range(10), k=10))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=15))
print(random.choices(["a", "b", "c"], [0.2, 0.5, 0.3], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=10))
print(random.choices("xyz"))
print(random.choices([1, 2, 3], weights=[0, 0, 1], k=4))
print(random.choices([], k=0))
random.seed(6)
print("".join(random.choices("ACGT", k=60)))
