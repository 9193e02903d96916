import operator
from functools import reduce

nums = [3, 5, 2]
print(reduce(operator.add, nums), reduce(operator.mul, nums), reduce(operator.sub, nums))
print(list(map(operator.neg, nums)), list(map(operator.pow, nums, [2, 2, 2])))
print(list(map(operator.getitem, [[1, 2], 'xy'], [0, 1])))
print(list(filter(operator.not_, [0, 1, '', 'a', None])))
print(list(map(operator.contains, ['abc', [1]], ['b', 2])))
print(sorted([3, 1, 2], key=operator.neg))
print(list(map(operator.attrgetter('real'), [1, 2.5])))
print(operator.countOf('banana', 'a'), operator.indexOf([5, 6, 7], 7))
print([operator.eq(a, b) for a, b in zip('abc', 'abd')])
print(list(map(operator.itemgetter(-1), ['xyz', [1, 2]])))
