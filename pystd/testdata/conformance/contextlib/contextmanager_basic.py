from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name.upper()
    print(f'</{name}>')


with tag('h1') as t:
    print('inside', t)


@contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print('handled', e)
    finally:
        print('cleanup')


with guarded():
    raise ValueError('boom')
print('after suppressed')
try:
    with guarded():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('converted')


try:
    with reraise():
        1 / 0
except ValueError as e:
    print('ValueError', e)
print(tag.__name__)
