from functools import cmp_to_key, cached_property, singledispatch, partialmethod


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        print('computing')
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, 'total' in vars(d))
del d.total
print(d.total)


@singledispatch
def show(x):
    return f'object {x!r}'


@show.register(int)
def _(x):
    return f'int {x}'


@show.register(list)
def _(x):
    return f'list of {len(x)}'


print(show(1), show([1, 2]), show('s'), show(True), show(2.5))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '', int in show.registry)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)


c = Cell()
c.set_alive()
print(c.alive)
