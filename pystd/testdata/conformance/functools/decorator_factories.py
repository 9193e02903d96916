import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(3)
def greet(name, punct='!'):
    """Say hi."""
    return f'hi {name}{punct}'


print(greet('ann'), greet('bob', punct='?'), greet.__name__, greet.__doc__)


def retry(attempts, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def run(*a):
            last = None
            for i in range(attempts):
                try:
                    return fn(i, *a)
                except exceptions as e:
                    last = e
                    print('attempt', i, 'failed:', e)
            raise RuntimeError(f'gave up after {attempts}') from last
        return run
    return deco


@retry(3)
def flaky(i, x):
    if i < 2:
        raise ValueError(f'bad {i}')
    return x * 10


print(flaky(4))


@retry(2)
def always(i):
    raise ValueError('no')


try:
    always()
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)


class Memo:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, func):
        cache = {}

        @functools.wraps(func)
        def inner(n):
            if n not in cache:
                cache[n] = func(n)
            return self.prefix + str(cache[n])
        return inner


@Memo('=')
def square(n):
    return n * n


print(square(4), square(4), square.__wrapped__(5))
