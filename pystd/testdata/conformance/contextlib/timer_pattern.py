from contextlib import contextmanager, ExitStack
import time


@contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f'{label}: {"fast" if elapsed < 5 else "slow"}')


with timer('loop'):
    total = sum(range(1000))
print(total)


@contextmanager
def changed(d, key, value):
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        d[key] = old


settings = {'mode': 'a'}
with changed(settings, 'mode', 'b') as s:
    print(s)
print(settings)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'unwind', i)
    print('body')


@contextmanager
def gen_yield_value():
    result = yield 'value'
    print('sent', result)


with gen_yield_value() as v:
    print(v)
