from contextlib import contextmanager


@contextmanager
def announce(msg):
    print('enter', msg)
    yield
    print('exit', msg)


@announce('deco')
def work(x):
    print('working', x)
    return x * 2


print(work(3))
print(work(4))


@contextmanager
def opened(log):
    log.append('open')
    try:
        yield log
    finally:
        log.append('close')


log = []
with opened(log) as l:
    l.append('use')
print(log)
try:
    with opened(log):
        raise IndexError('x')
except IndexError:
    print(log)
