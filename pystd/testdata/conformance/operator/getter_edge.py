from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(0)
print(g([9]), g((8,)), g('seven'))
print(itemgetter(slice(0, 2))('abcdef'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}))
try:
    itemgetter('k')({})
except KeyError as e:
    print('KeyError', e)
try:
    attrgetter('nope')(1)
except AttributeError as e:
    print('AttributeError', e)
try:
    methodcaller('nope')(1)
except AttributeError as e:
    print('AttributeError', e)
m = methodcaller('count', 'a')
print(m('banana'), repr(m))
print(attrgetter('__class__.__name__')(3))
print(repr(itemgetter('x')), repr(attrgetter('a.b.c')))
