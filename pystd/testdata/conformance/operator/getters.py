import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 3), ('alice', 5), ('carol', 1)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0)))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}))
print(repr(itemgetter(1)), itemgetter(1, 'a'))
print(list(map(itemgetter(slice(1, None)), ['abc', 'xy'])))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner


p = P('outer', P('in'))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p))
print(attrgetter('name'), attrgetter('a', 'b.c'))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
print(methodcaller('replace', 'a', 'b', count=1) if False else methodcaller('split', maxsplit=1)('a b c'))
print(repr(methodcaller('split', ',', maxsplit=1)), methodcaller('f'))
for f in [lambda: itemgetter(), lambda: attrgetter(1), lambda: itemgetter('k')({}),
          lambda: attrgetter('zz')(p), lambda: methodcaller(3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
