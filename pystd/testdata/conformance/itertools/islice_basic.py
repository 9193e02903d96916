from itertools import islice

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 20, 3)), list(islice([], 5)), list(islice('ab', None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 4, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
for args in [(-1,), (1, -2), (0, 2, 0), ('x',), (None, 'y'), ()]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
