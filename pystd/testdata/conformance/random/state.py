# getstate/setstate and independent Random instances.
import random

random.seed(12)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3])
g = random.gauss()
s2 = random.getstate()
print(s2[2])
print(random.gauss() == random.getstate()[2] or True)
a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
c = random.Random()
c.setstate(a.getstate())
print(c.random() == a.random())
print(isinstance(a, random.Random), type(a).__name__)
