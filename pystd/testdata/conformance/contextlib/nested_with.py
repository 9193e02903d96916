from contextlib import contextmanager, suppress


@contextmanager
def level(n, log):
    log.append(f'in {n}')
    try:
        yield n
    except ZeroDivisionError:
        log.append(f'caught at {n}')
        if n == 2:
            raise
    finally:
        log.append(f'out {n}')


log = []
with level(1, log):
    with level(2, log):
        with level(3, log) as x:
            log.append(f'body {x}')
print(log)
log = []
with level(1, log):
    with level(2, log):
        1 / 0
print(log)
log = []
with suppress(ZeroDivisionError), level(5, log):
    log.append('two managers')
print(log)


@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print('swallowed', type(e).__name__, e)


with swallow():
    raise KeyError('x')
with swallow():
    [].pop()
print('end')
