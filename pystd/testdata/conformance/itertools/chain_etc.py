import itertools as it
import operator

print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.pairwise('ABCD')), list(it.pairwise('A')))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest([1], [2, 3])))
print(type(it.chain()).__name__, type(it.zip_longest()).__name__)
for f in [lambda: next(it.chain(1)), lambda: it.zip_longest([], 1), lambda: it.cycle(1),
          lambda: it.accumulate(5), lambda: it.pairwise(None)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
