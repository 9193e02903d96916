# Keyword calls to functions without **kwargs: unchanged behaviour and
# CPython's error messages.


def f(a, b=2, *, c=3):
    return (a, b, c)


print(f(1), f(1, c=5, b=4), f(c=0, a=9), f(b=7, a=8))
for args, kwargs in [((), {'z': 1}), ((1,), {'a': 2}), ((1,), {'c': 1, 'q': 2}),
                     ((), {'b': 1})]:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
try:
    f(1, z=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print('TypeError:', e)


def g(x, y):
    return x - y


print(g(y=1, x=10), g(10, y=1), sorted([3, 1, 2], reverse=True, key=None))
print('{b}-{a}'.format(a=1, b=2), '{x}{y}'.format(**{'y': 2, 'x': 1}))


class K:
    def m(self, p, q):
        return p * 10 + q


print(K().m(q=1, p=2), K().m(2, q=3))
print(max([1, 5, 3], key=lambda v: -v, default=0))
print(int('11', base=2), str(b'x', encoding='ascii', errors='strict'))
total = 0
for i in range(1000):
    total += g(y=i, x=2 * i)
print(total)


# Several offending keywords: the first in call order is named.
def two(a, b=2):
    return a


for call in [lambda: two(1, z=1, y=2, x=3), lambda: two(1, 2, b=1, a=2),
             lambda: two(1, q=0, a=5), lambda: two(a=1, b=2, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
