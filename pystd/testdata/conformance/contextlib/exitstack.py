from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append('enter ' + name)
    try:
        yield name
    finally:
        log.append('exit ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('x', log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('suppressing', exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.push(Suppressor())
    raise ValueError('hidden')
print('after')
try:
    with ExitStack() as stack:
        stack.callback(print, 'cb runs')
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError', e)
