from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1), plain(1, y=1), plain.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(10), fact.cache_info().hits, fact.cache_info().misses)
print(fib.__name__, sq.__wrapped__(4), sq.cache_parameters())
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
ci = fib.cache_info()
print(ci.hits, ci._fields, type(ci).__name__)


class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 10


c = C()
print(c.m(1), c.m(1), C.m.cache_info())
