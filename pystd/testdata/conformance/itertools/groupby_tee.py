from itertools import groupby, tee

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
print({k: list(g) for k, g in groupby(words, len)})
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(groupby([])), type(groupby('a')).__name__)
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee('ab', 3)
print(next(x), list(y), list(x), list(z))
print(tee('a', 0))
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError', e)
