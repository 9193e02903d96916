# The module's names, and generators that do not print their numbers.
import random
from random import randint, shuffle, Random

print(sorted(n for n in random.__all__))
print(callable(random.random), callable(randint), callable(shuffle))
sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 1 <= sr.randint(1, 6) <= 6, sr.seed(5))
print(type(random.random()).__name__, type(random.randint(1, 2)).__name__)
u = random.Random()
print(0 <= u.random() < 1)
l = list(range(10))
random.shuffle(l)
print(sorted(l) == list(range(10)))
