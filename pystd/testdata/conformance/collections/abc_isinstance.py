from collections import abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container, Generator, MutableSequence, Set

print(isinstance([], Iterable), isinstance([], Sequence), isinstance([], MutableSequence))
print(isinstance((), Sequence), isinstance((), MutableSequence), isinstance('s', Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(3, Iterable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(range(3), Sequence))
print(isinstance('x', Hashable), isinstance([], Hashable), isinstance({}, Hashable))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))
print(isinstance({1}, Set), isinstance(frozenset(), Set), isinstance({}, Sized))


class Bag:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Container))
print(isinstance(Bag(), Iterator), issubclass(Bag, Iterable), issubclass(list, Sized))


def gen():
    yield 1


print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(gen, Callable))


class MyMap(Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 9), 'a' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, isinstance(m, Mapping), isinstance(m, MutableMapping))


class Bad(Sequence):
    pass


try:
    Bad()
except TypeError as e:
    print('TypeError', e)
print(abc.Iterable)
