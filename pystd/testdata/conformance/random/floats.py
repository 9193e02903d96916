# random, uniform, triangular, expovariate.
import random

random.seed(11)
print([random.random() for _ in range(5)])
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(10, 1) for _ in range(3)])
print([round(random.uniform(0, 100), 2) for _ in range(10)])
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 8) for _ in range(3)])
print(random.triangular(5, 5))
print([random.expovariate(2.0) for _ in range(5)])
print([random.expovariate(0.1) for _ in range(3)])
print(sum(random.random() for _ in range(1000)))
