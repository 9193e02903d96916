import itertools as it

c = it.count(5)
print(next(c), next(c), c)
print(list(zip(it.count(), 'abc')), list(it.islice(it.count(0, 2), 4)))
print(list(it.islice(it.count(1.5, 0.5), 3)), it.count(0, 2), it.count(1.5), it.count())
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
print(list(it.repeat('x', 3)), it.repeat(1), it.repeat(1, 2), list(map(pow, range(4), it.repeat(2))))
r = it.repeat('a', 2)
next(r)
print(r, list(r), r)
print(type(c).__name__, type(it.cycle('a')).__name__)
try:
    it.count('a')
except TypeError as e:
    print('TypeError', e)
