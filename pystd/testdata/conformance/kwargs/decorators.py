# Keyword order through decorators and wrappers forwarding **kwargs.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('->', result)
        return result
    return wrapper


@trace
def area(width, height, unit='m'):
    return f'{width * height} {unit}2'


area(3, height=4)
area(height=2, width=5, unit='cm')
area(unit='km', height=1, width=1)


def log_kwargs(**kwargs):
    for key, value in kwargs.items():
        print(f'{key} = {value!r}')
    print(list(kwargs), list(kwargs.keys()), list(kwargs.values()))


log_kwargs(zeta=1, alpha='a', mid=[1, 2], beta=None)


def forward(*args, **kwargs):
    return inner(*args, extra=True, **kwargs)


def inner(*args, **kwargs):
    return args, kwargs


print(forward(1, 2, z=26, a=1, m=13))


def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


@repeat(2)
def greet(name, **opts):
    return f'{name} {opts}'


print(greet('ann', punct='!', case='upper', lang='en'))


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        print(f'#{wrapper.calls}', kwargs)
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def noop(**kw):
    return sorted(kw)


for i in range(3):
    noop(y=i, x=i)
print(noop(c=1, b=2, a=3))

kw = {'q': 1, 'p': 2}
print(inner(**kw), inner(r=0, **kw), inner(**kw, s=9))
print(inner(**{'b': 1}, **{'a': 2}))
