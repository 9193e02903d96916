import itertools as it

c = it.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
g = it.starmap(pow, [(2, 3), 4])
print(next(g))
try:
    next(g)
except TypeError as e:
    print('TypeError', e)
m = it.accumulate(['a', 1])
print(next(m))
try:
    next(m)
except TypeError as e:
    print('TypeError', e)
d = it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(d), list(d))
t = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4]))
print(list(t))
for f in [lambda: it.permutations('ab', 'x'), lambda: it.repeat(1, 'x'), lambda: it.combinations()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', type(e).__name__)
