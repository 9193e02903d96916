import copy

print(copy.copy(range(3)), copy.deepcopy(range(3)), copy.deepcopy(b'ab'), copy.deepcopy(2.5))
print(copy.deepcopy(bytearray(b'x')), copy.copy(bytearray(b'y')))
print(copy.deepcopy([1.5, 'a', None, True, (1, 2)]))


def f():
    return 1


print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
nested = {'a': {'b': {'c': [1, 2, {'d': 3}]}}}
n2 = copy.deepcopy(nested)
n2['a']['b']['c'][2]['d'] = 99
print(nested, n2)
fs = frozenset([1, 2])
print(copy.deepcopy({fs: [fs]}))
