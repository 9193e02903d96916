from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: [b] + a, 'abc', []))
print(reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda d, k: {**d, k: len(d)}, 'xyz', {}))
