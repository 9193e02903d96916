from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(od, list(od))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1)]) == OrderedDict([('x', 1)]))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2))
print(OrderedDict.fromkeys('abc', 0))
print(isinstance(o1, dict), list(reversed(o1)))
for f in [lambda: OrderedDict().popitem(), lambda: o1.move_to_end('zz')]:
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
