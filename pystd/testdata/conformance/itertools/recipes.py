from itertools import islice, chain, groupby, accumulate, count, zip_longest, starmap, repeat, cycle, product
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def running_max(xs):
    return list(accumulate(xs, max))


print(take(3, count(10)), list(grouper('ABCDEFG', 3, 'x')))
print(list(flatten([[1, 2], [3], []])), running_max([3, 1, 4, 1, 5, 9, 2, 6]))
print([k for k, _ in groupby(sorted('mississippi'))])
print({k: len(list(g)) for k, g in groupby(sorted('mississippi'))})
print(list(starmap(operator.mul, zip(range(4), repeat(3)))))
print(take(7, cycle('abc')), sum(1 for _ in product('ab', repeat=3)))
balance = list(accumulate([100, -20, 35, -50], initial=0))
print(balance)
print(list(islice(zip(count(1), 'abc'), 2)))
