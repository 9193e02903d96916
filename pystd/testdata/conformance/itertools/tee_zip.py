from itertools import tee, zip_longest, islice, count

a, b = tee(iter(range(5)))
next(b)
print(list(zip(a, b)))
x, y = tee(count())
print(list(islice(x, 3)), list(islice(y, 5)), list(islice(x, 2)))
print(list(zip_longest('ab', range(4), [True], fillvalue=0)))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('a')))
c = tee([1, 2], 1)
print(len(c), list(c[0]))
