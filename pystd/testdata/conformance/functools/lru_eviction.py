from functools import lru_cache

log = []


@lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    f(x)
print(log, f.cache_info())


@lru_cache(maxsize=2, typed=True)
def g(x):
    log.append(('g', x))
    return x


g(1)
g(1.0)
g(1)
print(log[-2:], g.cache_info())


@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info())


@lru_cache()
def kw(a, b=2):
    return a * b


print(kw(3), kw(3, b=2), kw(a=3), kw.cache_info())
