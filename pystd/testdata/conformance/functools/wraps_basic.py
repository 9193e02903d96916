import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2))
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))


def counted(func):
    def inner(*a):
        inner.calls += 1
        return func(*a)
    inner.calls = 0
    functools.update_wrapper(inner, func)
    return inner


@counted
def hello(name):
    return 'hi ' + name


print(hello('x'), hello('y'), hello.calls, hello.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def timer(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            return (label, func(*args))
        return wrapper
    return deco


@timer('T')
def mul(a, b):
    return a * b


print(mul(3, 4), mul.__name__)
