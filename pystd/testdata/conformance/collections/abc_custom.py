from collections.abc import MutableMapping, Sequence, Iterable, Sized, MutableSet, Hashable


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'LowerDict({self._d})'


d = LowerDict({'A': 1})
d['B'] = 2
d.update([('C', 3)])
print(d, d['a'], 'b' in d, d.get('z', 0), len(d))
print(d.pop('a'), d.setdefault('D', 4), sorted(d.items()), sorted(d.keys()), sorted(d.values()))
d.popitem()
print(len(d), d == {'c': 3, 'd': 4}, d == {'b': 2, 'c': 3, 'd': 4})
d.clear()
print(d, isinstance(d, MutableMapping), isinstance(d, Hashable))


class Range3(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


r = Range3()
print(list(r), 20 in r, r.index(10), r.count(0), list(reversed(r)), isinstance(r, Iterable))


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


b = Bits([3, 1])
b |= {5}
b -= {1}
print(list(b), list(b & Bits([5, 6])), list(b | Bits([0])), b <= Bits([3, 5, 7]), isinstance(b, Sized))
print(issubclass(LowerDict, Sized), issubclass(int, Iterable), issubclass(str, Sequence))
