# The other distributions: gamma (each of its three algorithms), beta,
# lognormal, Pareto, Weibull, von Mises.
import random

random.seed(21)
print([random.gammavariate(0.5, 1) for _ in range(3)])
print([random.gammavariate(1.0, 2) for _ in range(3)])
print([random.gammavariate(2.5, 1.5) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.betavariate(0.5, 0.5) for _ in range(3)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(2, 1.5) for _ in range(3)])
print([random.vonmisesvariate(0, 4) for _ in range(3)])
print([random.vonmisesvariate(1, 0) for _ in range(2)])
